using MarketMetrics.Formatting;

namespace MarketMetrics.Cli.Commands;

/// <summary>How the table reports write a figure: readable (rounded to <see cref="SignificantDigits"/>, marked ≈) or exact.</summary>
/// <remarks>Prices per token are shown per million tokens, the unit price lists use. Only the text changes; records,
/// JSON and CSV keep the exact interval.</remarks>
internal sealed class FigureDisplay
{
    /// <summary>The significant digits of a readable figure.</summary>
    public const int SignificantDigits = 4;

    private readonly FigureFormatter _formatter;

    public FigureDisplay(FigureLanguage language, bool exact)
    {
        Exact = exact;
        _formatter = new FigureFormatter(new FigureFormatOptions
        {
            Language = language,
            SignificantDigits = exact ? null : SignificantDigits,
        });
    }

    public bool Exact { get; }

    /// <summary>Reads a <c>--lang</c> value: zh, zh-Hant or en.</summary>
    public static FigureLanguage Language(string? name) => name switch
    {
        "en" => FigureLanguage.English,
        "zh-Hant" => FigureLanguage.ChineseTraditional,
        _ => FigureLanguage.ChineseSimplified,
    };

    public string Format(Figure figure)
    {
        if (Exact)
        {
            return figure.Value + " " + figure.Unit.Symbol;
        }

        Figure shown = figure;
        if (figure.Unit.Dimension == Dimension.UnitPrice && figure.Unit.Currency is { } currency)
        {
            try
            {
                shown = figure.ConvertTo(Units.PricePerMillionTokens(currency));
            }
            catch (OverflowException)
            {
                // A price per token beyond decimal's range per million tokens: shown per token, as stored.
            }
        }

        return _formatter.Format(shown);
    }
}
