namespace MarketMetrics.Extraction;

/// <summary>What <see cref="ClaimExtractor"/> found in a text: the proposed claims, in the order of their figures, and the
/// numbers it did not turn into claims.</summary>
public sealed class ExtractionResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="claims">The proposed claims.</param>
    /// <param name="skipped">The numbers not taken, with reasons.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public ExtractionResult(IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<SkippedFigure> skipped)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(skipped);
        Claims = claims;
        Skipped = skipped;
    }

    /// <summary>Gets the proposed claims, in the order of their figures in the text.</summary>
    public IReadOnlyList<ExtractedClaim> Claims { get; }

    /// <summary>Gets the numbers that did not become claims, in the order of the text.</summary>
    public IReadOnlyList<SkippedFigure> Skipped { get; }
}
