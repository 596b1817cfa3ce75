using System.Globalization;

namespace MarketMetrics.Parsing;

/// <summary>
/// Writes a figure as text that <see cref="QuantityParser"/> reads back to the same interval and unit: "over
/// 500000000000 tokens", "0.02-0.04 s" as "between 0.02 and 0.04 s", "0.0000008 CNY/token", "46.4%".
/// </summary>
/// <remarks>English qualifier words and invariant numbers, whatever the current culture. Thread-safe.</remarks>
public static class FigureText
{
    /// <summary>Formats a figure so that parsing the text gives back its interval and unit.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The figure's unit has no written form the parser reads (a plug-in unit).</exception>
    public static string Format(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Interval v = figure.Value;
        Unit unit = figure.Unit;
        string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        string U(string number) => WithUnit(number, unit);

        if (v.IsPoint)
        {
            return (figure.Qualifier == FigureQualifier.About ? "about " : string.Empty) + U(N(v.Low.Value));
        }

        if (v.IsBounded)
        {
            if (v.Low.IsInclusive && v.High.IsInclusive)
            {
                return "between " + N(v.Low.Value) + " and " + U(N(v.High.Value));
            }

            string low = (v.Low.IsInclusive ? "at least " : "above ") + N(v.Low.Value);
            string high = (v.High.IsInclusive ? "at most " : "below ") + U(N(v.High.Value));
            return low + " and " + high;
        }

        if (!v.Low.IsUnbounded)
        {
            return (v.Low.IsInclusive ? "at least " : "over ") + U(N(v.Low.Value));
        }

        if (!v.High.IsUnbounded)
        {
            return (v.High.IsInclusive ? "at most " : (figure.Qualifier == FigureQualifier.Nearly ? "nearly " : "under ")) + U(N(v.High.Value));
        }

        throw new ArgumentException("A figure with no bound at all has no written form.", nameof(figure));
    }

    private static string WithUnit(string number, Unit unit)
    {
        if (unit.Dimension.Equals(Dimension.Money))
        {
            return number + " " + unit.Currency;
        }

        if (unit.Dimension.Equals(Dimension.UnitPrice))
        {
            return number + " " + unit.Currency + "/" + unit.Symbol[4..];
        }

        return unit.Symbol switch
        {
            "1" => number,
            "token" => number + " tokens",
            "%" => number + "%",
            "pp" => number + " percentage points",
            "count" => number + "个",
            "rank" => "No. " + number,
            "s" => number + " s",
            "ms" => number + " ms",
            "min" => number + " min",
            "h" => number + " h",
            "d" => number + " days",
            "token/min" => number + " TPM",
            "request/min" => number + " RPM",
            "request/s" => number + " RPS",
            "token/s" => number + " tokens/s",
            "token/day" => number + " tokens/day",
            "x" => number + "倍",
            _ => throw new ArgumentException($"The unit '{unit.Symbol}' has no written form the parser reads.", nameof(unit)),
        };
    }
}
