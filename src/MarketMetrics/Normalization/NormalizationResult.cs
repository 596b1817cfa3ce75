namespace MarketMetrics.Normalization;

/// <summary>The outcome of normalising one claim: its records (one or more), or a failure. Never both, never neither.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NormalizationResult
{
    private readonly ComparableRecord[] _records;

    private NormalizationResult(Claim claim, ComparableRecord[] records, NormalizationFailure? failure)
    {
        Claim = claim;
        _records = records;
        Failure = failure;
    }

    /// <summary>Gets the claim that was normalised.</summary>
    public Claim Claim { get; }

    /// <summary>Gets a value indicating whether the claim gave records.</summary>
    public bool Success => Failure is null;

    /// <summary>Gets the records (empty on failure). The first is the claim's own figure; others are derived from it.</summary>
    public IReadOnlyList<ComparableRecord> Records => _records;

    /// <summary>Gets the failure, or <see langword="null"/> on success.</summary>
    public NormalizationFailure? Failure { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="records">At least one record.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="records"/> is empty or holds null.</exception>
    public static NormalizationResult Normalized(Claim claim, params IReadOnlyList<ComparableRecord> records)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0 || records.Any(r => r is null))
        {
            throw new ArgumentException("A successful normalisation gives at least one record, and no null.", nameof(records));
        }

        return new NormalizationResult(claim, [.. records], null);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="code">A stable code.</param>
    /// <param name="message">What, where and why.</param>
    /// <returns>The result.</returns>
    public static NormalizationResult Failed(Claim claim, string code, string message) =>
        new(claim, [], new NormalizationFailure(claim, code, message));

    /// <summary>Formats as the records or the failure.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? string.Join("; ", _records.Select(r => r.ToString())) : Failure!.ToString();
}
