using System.Runtime.CompilerServices;

namespace MarketMetrics.Parsing;

public sealed partial class QuantityParser
{
    /// <summary>
    /// The commonest printed figures — Arabic digits with an optional sign, decimal point and thousands separators, followed
    /// by nothing, '%', or one Chinese magnitude (万, 亿, 萬億 …) and then nothing or one of a few unit words (Tokens, TPM, ms,
    /// 元, 家, 倍) — answered without the token list and the parts: the same
    /// number reader and the same last steps as the full parse, so the same figure. Any other character, and any number the
    /// reader does not take whole (a separator out of place, an exponent, too many digits), leaves the text to the full parse.
    /// </summary>
    /// <remarks>Checked against the full parse field by field, failures included, on generated texts and on the corpora of
    /// the parser's tests (<c>SimpleFigureEquivalenceTests</c>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseSimple(ReadOnlySpan<char> text, out ParsedFigure figure)
    {
        figure = default;
        int length = text.Length;
        if (length == 0 || length > 48)
        {
            return false;
        }

        char first = text[0];
        int digitsAt = first is '-' or '+' ? 1 : 0;
        if (digitsAt >= length || !char.IsAsciiDigit(text[digitsAt]))
        {
            return false;
        }

        // Only characters the text normalizer leaves as they are (printable ASCII but '(', and CJK ideographs), so that the
        // text is its own folded form and positions map to themselves.
        for (int i = digitsAt + 1; i < length; i++)
        {
            char c = text[i];
            if (!((c is >= ' ' and <= '~' && c != '(') || c is >= '\u4E00' and <= '\u9FFF'))
            {
                return false;
            }
        }

        return TryParseSimpleCore(text, digitsAt, first == '-', out figure);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryParseSimpleCore(ReadOnlySpan<char> text, int digitsAt, bool negate, out ParsedFigure figure)
    {
        figure = default;
        ReadNumber number = NumberReader.ReadArabic(text, digitsAt);
        if (number.Error is not null)
        {
            return false;
        }

        int end = number.End;
        Unit unit = Units.One;
        ScaleWord? scale = null;
        decimal value = number.Value;
        if (end < text.Length && text[end] is '万' or '萬' or '亿' or '億')
        {
            if (!NumberReader.TryMagnitudeAfterDigits(text, number, internScale: false, out ReadNumber magnitude))
            {
                return false;
            }

            value = magnitude.Value;
            scale = MagnitudeWord(text[end..magnitude.End]);
            end = magnitude.End;
        }

        if (end < text.Length)
        {
            ReadOnlySpan<char> rest = text[end..];
            if (rest is "%" && scale is null)
            {
                unit = Units.Percent;
            }
            else if (SimpleUnit(rest) is { } named)
            {
                unit = named;
            }
            else
            {
                return false;
            }
        }

        value = (negate ? -value : value) * 1m;
        if (value < 0m && IsNonNegative(unit))
        {
            return false;
        }

        Interval interval = Interval.Exactly(value);
        if (!unit.IsCanonical && !FitsCanonical(unit, interval))
        {
            return false;
        }

        figure = new ParsedFigure(interval, unit, FigureQualifier.Exact, scale, 0, text.Length);
        return true;
    }

    private static readonly Unit Yuan = Units.Currency("CNY");

    // The shared words of the magnitudes TryMagnitudeAfterDigits reads, the instances the full parse gets from ScaleTexts.
    private static readonly ScaleWord[] Magnitudes =
    [
        Magnitude("万", 10_000m), Magnitude("萬", 10_000m), Magnitude("亿", 100_000_000m), Magnitude("億", 100_000_000m),
        Magnitude("万亿", 1_000_000_000_000m), Magnitude("萬億", 1_000_000_000_000m), Magnitude("万億", 1_000_000_000_000m), Magnitude("萬亿", 1_000_000_000_000m),
    ];

    private static ScaleWord Magnitude(string text, decimal multiplier) => ScaleTexts.Word(ScaleTexts.Intern(text), multiplier);

    private static ScaleWord MagnitudeWord(ReadOnlySpan<char> text) => text.Length == 1
        ? Magnitudes[text[0] switch { '万' => 0, '萬' => 1, '亿' => 2, _ => 3 }]
        : Magnitudes[text[0] == '万' ? (text[1] == '亿' ? 4 : 6) : (text[1] == '億' ? 5 : 7)];

    // The few unit words the short path reads, each the lexicon's reading of the whole word; anything else goes to the
    // full parse.
    private static Unit? SimpleUnit(ReadOnlySpan<char> word) =>
        word.Equals("tokens", StringComparison.OrdinalIgnoreCase) || word.Equals("token", StringComparison.OrdinalIgnoreCase) ? Units.Token
        : word.Equals("tpm", StringComparison.OrdinalIgnoreCase) ? Units.TokensPerMinute
        : word.Equals("ms", StringComparison.OrdinalIgnoreCase) ? Units.Millisecond
        : word is "元" ? Yuan
        : word is "家" ? Units.Count
        : word is "倍" ? Units.Multiple
        : null;
}
