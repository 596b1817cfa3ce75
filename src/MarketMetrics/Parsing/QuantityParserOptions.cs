namespace MarketMetrics.Parsing;

/// <summary>Settings of a <see cref="QuantityParser"/>. Immutable; validated when the parser is created.</summary>
public sealed class QuantityParserOptions
{
    /// <summary>Gets the default options: 4,096 characters at most, unknown words after a number are errors.</summary>
    public static QuantityParserOptions Default { get; } = new();

    /// <summary>Gets the longest input accepted, in UTF-16 code units; longer inputs fail with <see cref="ParseErrorCode.TooLong"/>
    /// before any work is done. Default 4,096; at most 1,048,576.</summary>
    public int MaxInputLength { get; init; } = 4096;

    /// <summary>Gets a value indicating whether a Latin word right after a number that is no known unit ("500 widgets") is
    /// ignored instead of failing with <see cref="ParseErrorCode.UnknownUnit"/>. Default <see langword="false"/>.</summary>
    public bool IgnoreUnknownWords { get; init; }

    /// <summary>Gets a value indicating whether 兆 is read as 10¹² wherever it stands, as Traditional Chinese (Taiwan,
    /// Hong Kong, Macao) and Japanese text use it ("3兆元", "1兆円"). Default <see langword="false"/>: 兆 alone fails with
    /// <see cref="ParseErrorCode.AmbiguousScale"/>, since mainland text also uses it for 10⁶; followed by smaller groups
    /// ("1兆2000億") it is 10¹² either way.</summary>
    public bool ZhaoIsTrillion { get; init; }

    /// <summary>Gets the options for text in a language: <see cref="ZhaoIsTrillion"/> for Traditional Chinese (<c>zh-Hant</c>,
    /// <c>zh-TW</c>, <c>zh-HK</c>, <c>zh-MO</c>) and Japanese (<c>ja</c>); <see cref="Default"/> for every other language,
    /// or when none is given.</summary>
    /// <param name="language">A BCP 47 language tag such as <c>zh-TW</c>, or <see langword="null"/>.</param>
    /// <returns>The options.</returns>
    public static QuantityParserOptions ForLanguage(string? language) => ReadsZhaoAsTrillion(language) ? Trillion : Default;

    /// <summary>Whether text in <paramref name="language"/> uses 兆 for 10¹².</summary>
    /// <param name="language">A BCP 47 language tag, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for Traditional Chinese and Japanese.</returns>
    public static bool ReadsZhaoAsTrillion(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return false;
        }

        string tag = language.Trim().Replace('_', '-');
        return tag.Equals("ja", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("ja-", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase) || tag.Equals("zh-TW", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("zh-HK", StringComparison.OrdinalIgnoreCase) || tag.Equals("zh-MO", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly QuantityParserOptions Trillion = new() { ZhaoIsTrillion = true };
}
