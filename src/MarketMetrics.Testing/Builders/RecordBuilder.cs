using MarketMetrics.Normalization;

namespace MarketMetrics.Testing;

/// <summary>Builds comparable records for tests by normalising claims with the built-in pipeline, as production code would.</summary>
public static class RecordBuilder
{
    /// <summary>Normalises a claim and returns its first record (the claim's own figure).</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The record.</returns>
    /// <exception cref="InvalidOperationException">The claim does not normalise; the message carries the failure.</exception>
    public static ComparableRecord From(Claim claim)
    {
        NormalizationResult result = NormalizationPipeline.CreateDefault().Normalize(claim);
        return result.Success ? result.Records[0] : throw new InvalidOperationException("The claim does not normalise: " + result.Failure);
    }

    /// <summary>Normalises the claim a builder makes.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The record.</returns>
    public static ComparableRecord From(ClaimBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return From(builder.Build());
    }
}
