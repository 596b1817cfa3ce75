namespace MarketMetrics.Extraction;

/// <summary>What a caller knows about a text before its claims are extracted: when and by whom it was published, and its
/// language. Every property is optional.</summary>
public sealed record ExtractionContext
{
    /// <summary>Gets the context that knows nothing.</summary>
    public static ExtractionContext Empty { get; } = new();

    /// <summary>Gets when the text was published; relative periods (去年, 今年上半年, last quarter) are resolved against it and
    /// left unresolved without it.</summary>
    public PublishedDate? Published { get; init; }

    /// <summary>Gets who published the text (a newspaper, an analyst firm, a vendor); it stands in as the claimant of figures
    /// no one in the text is said to claim, marked as guessed.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the publisher's kind, written to the claims file as given.</summary>
    public PublisherKind? PublisherKind { get; init; }

    /// <summary>Gets the text's language tag (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>zh-TW</c>, <c>en</c>); in zh-TW and zh-HK text
    /// 兆 reads as 10¹².</summary>
    public string? Language { get; init; }

    /// <summary>Gets where the text came from (a URL or a file name), written to each claim's source.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the prefix of the claims' ids (default <c>x</c>: <c>x-001</c>, <c>x-002</c> …).</summary>
    public string IdPrefix { get; init; } = "x";
}
