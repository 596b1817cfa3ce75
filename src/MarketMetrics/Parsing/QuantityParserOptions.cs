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
}
