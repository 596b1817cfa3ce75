namespace MarketMetrics.Normalization;

/// <summary>Options shared by normalizers derived from <see cref="ClaimNormalizer"/>.</summary>
public sealed class ClaimNormalizerOptions
{
    /// <summary>Gets the default options (priority 0).</summary>
    public static ClaimNormalizerOptions Default { get; } = new();

    /// <summary>Gets the priority; a normalizer with a higher priority is asked before the built-ins (which use 0).</summary>
    public int Priority { get; init; }
}
