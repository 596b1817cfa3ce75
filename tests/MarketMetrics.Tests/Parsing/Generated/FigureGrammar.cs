using CsCheck;
using MarketMetrics.Formatting;

namespace MarketMetrics.Tests.Parsing.Generated;

/// <summary>
/// The figures the parser reads, as a generator: the grammar of the parser written in reverse. Every shape drawn here
/// is formatted by <see cref="FigureFormatter"/> in a drawn style and must parse back to the same figure; a new reading
/// of the parser grows this grammar.
/// </summary>
/// <remarks>
/// <para>A figure is <c>value × unit × qualifier × modifiers</c>:</para>
/// <list type="bullet">
/// <item>value — a mantissa of 1 to 6 digits with 0 to 4 decimals, times a power of ten up to 10¹⁴ (smaller for shares,
/// multiples and durations, where magnitudes are rare);</item>
/// <item>unit — tokens, money (CNY, USD, EUR, JPY, HKD), shares, percentage points, multiples, prices per token / 1K / 1M
/// tokens, token rates per second … month, money per hour / month, durations, counts (Chinese only) and plain numbers;</item>
/// <item>qualifier — exact, over, at least, nearly, under, at most, about, or a closed range of two values;</item>
/// <item>modifiers — a change (增长 / increased by), a decline (下降 / decreased by), year on year, a forecast word, an
/// approximate bound (超过约 / over about), the token direction of a price (输入 / input).</item>
/// </list>
/// <para>A style is a language (zh-Hans, zh-Hant, en), Arabic or Chinese numerals (Chinese: integer mantissas, Chinese
/// only), magnitude words on or off, qualifier words or signs, and a space before the unit in Chinese.</para>
/// </remarks>
internal static class FigureGrammar
{
    public enum Kind
    {
        Number,
        Tokens,
        Money,
        Share,
        Points,
        Multiple,
        Price,
        TokenRate,
        MoneyRate,
        Duration,
        Count,
    }

    public static readonly Gen<FigureFormatOptions> Styles =
        Gen.Select(Gen.Int[0, 2], Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, (language, chineseNumerals, magnitude, symbols, space) =>
        {
            var lang = (FigureLanguage)language;
            return new FigureFormatOptions
            {
                Language = lang,
                Numerals = chineseNumerals && lang != FigureLanguage.English ? FigureNumerals.Chinese : FigureNumerals.Arabic,
                UseMagnitudeWords = magnitude || (chineseNumerals && lang != FigureLanguage.English),
                QualifierSymbols = symbols,
                SpaceBeforeUnit = space,
            };
        });

    private static readonly string[] Currencies = ["CNY", "USD", "EUR", "JPY", "HKD"];

    private static readonly Unit[] TokenRates =
        [Units.TokensPerSecond, Units.TokensPerMinute, Units.TokensPerHour, Units.TokensPerDay, Units.TokensPerMonth, Units.TokensPerYear];

    private static readonly Unit[] Durations = [Units.Millisecond, Units.Second, Units.Minute, Units.Hour, Units.Day];

    /// <summary>A unit of a kind, and the largest power of ten its values take.</summary>
    public static (Unit Unit, int MaxPower) UnitOf(Kind kind, int pick) => kind switch
    {
        Kind.Number => (Units.One, 14),
        Kind.Tokens => (Units.Token, 14),
        Kind.Money => (Units.Currency(Currencies[pick % Currencies.Length]), 12),
        Kind.Share => (Units.Percent, 0),
        Kind.Points => (Units.PercentagePoint, 0),
        Kind.Multiple => (Units.Multiple, 1),
        Kind.Price => (Units.PricePerTokens(pick % 2 == 0 ? "CNY" : "USD", (pick / 2 % 3) switch { 0 => 1m, 1 => 1_000m, _ => 1_000_000m }), 0),
        Kind.TokenRate => (TokenRates[pick % TokenRates.Length], 12),
        Kind.MoneyRate => (pick % 2 == 0 ? Units.MoneyPerMonth(Currencies[pick % 3]) : Units.MoneyPerTime(Currencies[pick % 3], Units.Hour), 6),
        Kind.Duration => (Durations[pick % Durations.Length], 2),
        _ => (Units.Count, 8),
    };

    /// <summary>An exact value: a mantissa of 1–6 digits with 0–4 decimals, times 10^0 … 10^maxPower.</summary>
    public static Gen<decimal> Values(int maxPower, bool integer) =>
        Gen.Select(Gen.Int[1, 999_999], Gen.Int[0, integer ? 0 : 4], Gen.Int[0, maxPower], (mantissa, decimals, power) =>
        {
            decimal value = mantissa;
            for (int k = 0; k < decimals; k++)
            {
                value /= 10m;
            }

            for (int k = 0; k < power; k++)
            {
                value *= 10m;
            }

            return value / 1.0000000000000000000000000000m;
        });

    public sealed record Case(Figure Figure, FigureFormatOptions Style, Kind Kind)
    {
        public override string ToString() => $"{Figure} {Figure.Qualifier} [{Figure.Modifiers}] in {Style.Language}/{Style.Numerals}, magnitude={Style.UseMagnitudeWords}, symbols={Style.QualifierSymbols}";
    }

    public static readonly Gen<Case> Cases =
        from style in Styles
        from kindIndex in Gen.Int[0, 10]
        let kind = (Kind)kindIndex
        where !(kind == Kind.Count && style.Language == FigureLanguage.English)
        from pick in Gen.Int[0, 59]
        let unit = UnitOf(kind, pick)
        let chinese = style.Numerals == FigureNumerals.Chinese
        let maxPower = chinese ? Math.Min(unit.MaxPower, 9) : unit.MaxPower
        from a in Values(maxPower, chinese)
        from b in Values(maxPower, chinese)
        from qualifierIndex in Gen.Int[0, 7]
        let qualifier = (FigureQualifier)qualifierIndex
        where !(qualifier == FigureQualifier.Range && a == b)
        from modifierPick in Gen.Int[0, 9]
        select new Case(Build(unit.Unit, kind, a, b, qualifier, modifierPick), style, kind);

    private static Figure Build(Unit unit, Kind kind, decimal a, decimal b, FigureQualifier qualifier, int modifierPick)
    {
        decimal low = Math.Min(a, b), high = Math.Max(a, b);
        Interval value = qualifier switch
        {
            FigureQualifier.Over => Interval.GreaterThan(a),
            FigureQualifier.AtLeast => Interval.AtLeast(a),
            FigureQualifier.Nearly or FigureQualifier.Under => Interval.LessThan(a),
            FigureQualifier.AtMost => Interval.AtMost(a),
            FigureQualifier.Range => Interval.Closed(low, high),
            _ => Interval.Exactly(a),
        };

        FigureModifiers modifiers = Modifiers(kind, qualifier, modifierPick);
        if ((modifiers & FigureModifiers.Decrease) != 0)
        {
            // A decline is stored as the negated change.
            value = new Interval(
                value.High.IsUnbounded ? Bound.Unbounded : Bound.Create(-value.High.Value, value.High.IsInclusive),
                value.Low.IsUnbounded ? Bound.Unbounded : Bound.Create(-value.Low.Value, value.Low.IsInclusive));
            qualifier = qualifier switch
            {
                FigureQualifier.Over => FigureQualifier.Under,
                FigureQualifier.AtLeast => FigureQualifier.AtMost,
                FigureQualifier.Under or FigureQualifier.Nearly => FigureQualifier.Over,
                FigureQualifier.AtMost => FigureQualifier.AtLeast,
                _ => qualifier,
            };
        }

        return new Figure(value, unit, qualifier) { Modifiers = modifiers };
    }

    // Modifiers a figure of this kind and qualifier may carry.
    private static FigureModifiers Modifiers(Kind kind, FigureQualifier qualifier, int pick)
    {
        bool changeable = kind is Kind.Share or Kind.Points or Kind.Money or Kind.Tokens;
        bool nearly = qualifier == FigureQualifier.Nearly; // a flipped "nearly" has no word of its own
        return pick switch
        {
            1 when changeable => FigureModifiers.Change,
            2 when changeable && !nearly => FigureModifiers.Change | FigureModifiers.Decrease,
            3 when kind is Kind.Share or Kind.Points => FigureModifiers.Change | FigureModifiers.YearOnYear,
            4 when kind is Kind.Share && !nearly => FigureModifiers.Change | FigureModifiers.Decrease | FigureModifiers.YearOnYear,
            5 => FigureModifiers.Forecast,
            6 when qualifier is FigureQualifier.Over or FigureQualifier.AtLeast or FigureQualifier.Under or FigureQualifier.AtMost => FigureModifiers.ApproximateBound,
            7 when kind == Kind.Price => FigureModifiers.InputTokens,
            8 when kind == Kind.Price => FigureModifiers.OutputTokens,
            _ => FigureModifiers.None,
        };
    }
}
