namespace MarketMetrics.Formatting;

/// <summary>How a <see cref="FigureFormatter"/> writes a figure. The default writes exact Simplified Chinese with magnitude
/// words and qualifier words, which <see cref="Parsing.QuantityParser"/> reads back to the same figure.</summary>
/// <remarks>Immutable; use <c>with</c> to derive variants. Thread-safe.</remarks>
public sealed record FigureFormatOptions
{
    /// <summary>Gets the default options: Simplified Chinese, Arabic digits, magnitude words, exact digits.</summary>
    public static FigureFormatOptions Default { get; } = new();

    /// <summary>Gets the language of the words.</summary>
    public FigureLanguage Language { get; init; } = FigureLanguage.ChineseSimplified;

    /// <summary>Gets how digits are written; <see cref="FigureNumerals.Chinese"/> needs a Chinese language.</summary>
    public FigureNumerals Numerals { get; init; } = FigureNumerals.Arabic;

    /// <summary>Gets a value indicating whether large values are written with a magnitude word (536.7万亿, 536.7 trillion)
    /// rather than in full digits.</summary>
    public bool UseMagnitudeWords { get; init; } = true;

    /// <summary>Gets the significant digits to round to for display, or <see langword="null"/> for the exact value. A value
    /// that rounding changed is marked with ≈; the figure itself is never changed.</summary>
    public int? SignificantDigits { get; init; }

    /// <summary>Gets a value indicating whether qualifiers are written as signs (&gt;, ≥, &lt;, ≤, ~) instead of words
    /// (超, 以上, 不到, 不超过, 约 / over, at least, under, up to, about). "Nearly" is always a word.</summary>
    public bool QualifierSymbols { get; init; }

    /// <summary>Gets a value indicating whether a space separates the number and its unit in Chinese (5000亿 tokens).</summary>
    public bool SpaceBeforeUnit { get; init; }
}
