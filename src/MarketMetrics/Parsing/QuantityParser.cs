using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MarketMetrics.Parsing;

/// <summary>
/// Parses a figure as printed — "超5000億Tokens", "0.0008元/千Tokens", "5-6亿元", "约十家", "$0.28 per million input
/// tokens", "over 480 trillion tokens" — into an exact <see cref="Figure"/>: interval, qualifier, unit and scale word.
/// </summary>
/// <remarks>
/// <para>Never throws on data: every input yields a <see cref="ParseResult{T}"/> with the figure or an error code,
/// message and position. A field with two different figures is <see cref="ParseErrorCode.Ambiguous"/>, never a silent pick.</para>
/// <para>Every word attached to the figure is understood or refused: units, denominators, rates (每秒, per day), words of
/// change (下降 negates the figure), change bases, forecast words and token directions are applied and reported in
/// <see cref="Figure.Modifiers"/>; an unknown word where a unit would stand fails with <see cref="ParseErrorCode.UnknownUnit"/>
/// or <see cref="ParseErrorCode.UnknownWord"/>. Context before the figure ("占…份额46.4%") is passed over only because every
/// modifying word is known and read wherever it stands; a qualifier with an unread word between it and its number ("over the
/// year 30%") is refused, since it may bound that word instead.</para>
/// <para>Qualifiers: 超/超过/逾/多/余/over/more than → (v, +∞); 以上/at least/不低于 → [v, +∞) (以上 includes v, as in
/// Chinese legal usage); 近/将近/接近/nearly/almost and 不到/不足/under/below/less than → (−∞, v); 以下/至多/up to/at most
/// → (−∞, v]; 约/大约/左右/上下/about/around/approximately/~ → the point v flagged <see cref="FigureQualifier.About"/>.
/// 多/余 after a round number ("一千多万") gives the open lower bound (v, +∞): the upper end depends on an unstated
/// digit place, so no finite bound would be exact. 几 in a digit place ("三千四百五十几万") gives the open range
/// (3450万, 3460万).</para>
/// <para>Instances are immutable and thread-safe; reuse one.</para>
/// </remarks>
public sealed partial class QuantityParser
{
    /// <summary>The most characters <see cref="QuantityParserOptions.MaxInputLength"/> may allow.</summary>
    public const int MaxInputLengthLimit = 1_048_576;

    private readonly Lexicon _lexicon = Lexicon.Default;

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="QuantityParserOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The maximum input length is not between 1 and <see cref="MaxInputLengthLimit"/>.</exception>
    public QuantityParser(QuantityParserOptions? options = null)
    {
        Options = options ?? QuantityParserOptions.Default;
        _zhaoIsTrillion = Options.ZhaoIsTrillion;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxInputLength, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.MaxInputLength, MaxInputLengthLimit, nameof(options));
    }

    /// <summary>Gets a parser with the default options.</summary>
    public static QuantityParser Default { get; } = new();

    /// <summary>Gets the options.</summary>
    public QuantityParserOptions Options { get; }

    private readonly bool _zhaoIsTrillion;

    /// <summary>Parses one figure from <paramref name="text"/>, which may hold context before it ("占…份额46.4%").</summary>
    /// <param name="text">The text as printed.</param>
    /// <returns>The figure, or an error with code, message and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<Figure> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out ParsedFigure figure, out ParseError? error)
            ? ParseResult<Figure>.ForValue(text, figure.ToFigure(text))
            : ParseResult<Figure>.ForError(text, error!);
    }

    /// <summary>
    /// Parses one figure from a span without allocating on success: the result is a <see cref="ParsedFigure"/> that
    /// points back into <paramref name="text"/> for the printed figure. Use it on hot paths (streams of cells, spans of a
    /// buffer); call <see cref="ParsedFigure.ToFigure(ReadOnlySpan{char})"/> to keep a <see cref="Figure"/>.
    /// </summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="figure">The parsed figure, or <see langword="default"/> when the parse failed.</param>
    /// <returns><see langword="true"/> when a figure was parsed.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out ParsedFigure figure) => TryParseCore(text, out figure, out _);

    /// <summary>Parses one figure from a span as <see cref="TryParse(ReadOnlySpan{char}, out ParsedFigure)"/> does, and
    /// says what went wrong when it fails (only a failure allocates).</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="figure">The parsed figure, or <see langword="default"/> when the parse failed.</param>
    /// <param name="error">The error with code, message and position in <paramref name="text"/>, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a figure was parsed.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out ParsedFigure figure, [NotNullWhen(false)] out ParseError? error) =>
        TryParseCore(text, out figure, out error);

    /// <summary>The full parse, without the short path for the commonest figures: what that path is checked against.</summary>
    internal bool TryParseFull(ReadOnlySpan<char> text, out ParsedFigure figure, out ParseError? error) =>
        TryParseCore(text, out figure, out error, shortPath: false);

    /// <summary>The short path alone: <see langword="true"/> when it answers for <paramref name="text"/>.</summary>
    internal static bool TryParseShortPath(ReadOnlySpan<char> text, out ParsedFigure figure) => TryParseSimple(text, out figure);

    private bool TryParseCore(ReadOnlySpan<char> text, out ParsedFigure figure, out ParseError? error, bool shortPath = true)
    {
        figure = default;
        if (text.Length > Options.MaxInputLength)
        {
            error = Fail(ParseErrorCode.TooLong, $"The input has {text.Length} characters; the limit is {Options.MaxInputLength}.", 0);
            return false;
        }

        if (IsBlank(text))
        {
            error = Fail(ParseErrorCode.Empty, "The input is empty.", 0);
            return false;
        }

        if (shortPath && TryParseSimple(text, out figure))
        {
            error = null;
            return true;
        }

        Scratch scratch = Scratch.For(text.Length);
        try
        {
            int length = TextNormalizer.Normalize(text, scratch.Chars, scratch.Map);
            ReadOnlySpan<char> s = scratch.Chars.AsSpan(0, length);
            error = Tokenize(s, scratch.Map, scratch) ?? Assemble(text, s, scratch.Map, scratch, out figure);
        }
        catch (OverflowException)
        {
            // Magnitude words, currency multipliers and minor units multiply as they are read; any of them may leave decimal's range.
            int at = scratch.Tokens.Count > 0 ? scratch.Map[scratch.Tokens[0].Start] : 0;
            error = Fail(ParseErrorCode.Overflow, "A figure in the input is beyond the range of decimal (about 7.9×10^28).", at);
        }
        return error is null;
    }

    // Whether the text is empty or all white space, told from the first character for most texts (no character from '!' to
    // U+0084 or above U+3000 is white space) without the Unicode table the general test looks CJK characters up in.
    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        char first = text[0];
        return !((first > ' ' && first < '\u0085') || first > '\u3000') && text.IsWhiteSpace();
    }

    private static ParseError Fail(ParseErrorCode code, string message, int position) => new(code, message, position);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
