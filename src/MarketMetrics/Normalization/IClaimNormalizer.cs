namespace MarketMetrics.Normalization;

/// <summary>
/// Turns claims on some bases into comparable records. Implementations must be thread-safe and must not throw on
/// bad data: they return <see cref="NormalizationResult.Failed"/> instead (the pipeline also turns an exception
/// into a <c>normalizer.failed</c> result, so one bad claim never stops a run).
/// </summary>
public interface IClaimNormalizer
{
    /// <summary>Gets the ids of the bases this normalizer handles (scope variants of a basis share its id).</summary>
    IReadOnlyCollection<string> BasisIds { get; }

    /// <summary>Gets the priority: when two normalizers handle one basis, the higher one is asked first. Built-ins use 0.</summary>
    int Priority { get; }

    /// <summary>Whether this normalizer can handle the claim (by default: its basis id is one of <see cref="BasisIds"/>).</summary>
    /// <param name="claim">The claim.</param>
    /// <returns><see langword="true"/> when it can.</returns>
    bool CanNormalize(Claim claim);

    /// <summary>Normalises one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="context">Alias table, FX rates, reporting currency and fiscal calendars.</param>
    /// <returns>Records, or a failure with code and message.</returns>
    NormalizationResult Normalize(Claim claim, NormalizationContext context);
}
