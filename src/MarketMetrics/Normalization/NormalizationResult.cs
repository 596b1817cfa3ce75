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
        var copy = new ComparableRecord[records.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = records[i] ?? throw new ArgumentException("A successful normalisation gives at least one record, and no null.", nameof(records));
        }

        return copy.Length > 0 ? new NormalizationResult(claim, copy, null)
            : throw new ArgumentException("A successful normalisation gives at least one record, and no null.", nameof(records));
    }

    /// <summary>Creates a successful result of one record.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="record">The record.</param>
    /// <returns>The result.</returns>
    public static NormalizationResult Normalized(Claim claim, ComparableRecord record)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(record);
        return new NormalizationResult(claim, [record], null);
    }

    /// <summary>A successful result that keeps <paramref name="records"/> as they are: for the built-in normalizers, whose
    /// array is their own, and neither empty nor holding null.</summary>
    internal static NormalizationResult Of(Claim claim, ComparableRecord[] records) => new(claim, records, null);

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
