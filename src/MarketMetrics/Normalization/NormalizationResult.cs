namespace MarketMetrics.Normalization;

/// <summary>The outcome of normalising one claim: its records (one or more), or a failure. Never both, never neither.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NormalizationResult
{
    // Most claims give one record: it is kept alone, and a list of it is made only when Records is asked for (read the
    // records with RecordCount and GetRecord to make none). _more holds the list of two or more records, or the failure.
    private readonly ComparableRecord? _first;
    private readonly object? _more;

    private NormalizationResult(Claim claim, ComparableRecord? first, object? more)
    {
        Claim = claim;
        _first = first;
        _more = more;
    }

    /// <summary>Gets the claim that was normalised.</summary>
    public Claim Claim { get; }

    /// <summary>Gets a value indicating whether the claim gave records.</summary>
    public bool Success => _first is not null;

    /// <summary>Gets the records (empty on failure). The first is the claim's own figure; others are derived from it.</summary>
    /// <remarks>A claim's one record is put in a new list on each call; <see cref="RecordCount"/> and <see cref="GetRecord"/>
    /// read the records without one.</remarks>
    public IReadOnlyList<ComparableRecord> Records => _more as ComparableRecord[] ?? (_first is null ? [] : [_first]);

    /// <summary>Gets the number of records: 0 on failure, at least 1 on success. With <see cref="GetRecord"/>, reads the
    /// records without making the list <see cref="Records"/> gives.</summary>
    public int RecordCount => _more is ComparableRecord[] all ? all.Length : _first is null ? 0 : 1;

    /// <summary>Gets the failure, or <see langword="null"/> on success.</summary>
    public NormalizationFailure? Failure => _more as NormalizationFailure;

    /// <summary>Gets one record: 0 is the claim's own figure, the others are derived from it.</summary>
    /// <param name="index">From 0 to <see cref="RecordCount"/> − 1.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="RecordCount"/>.</exception>
    public ComparableRecord GetRecord(int index)
    {
        if (_more is ComparableRecord[] all)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)all.Length, nameof(index));
            return all[index];
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)RecordCount, nameof(index));
        return _first!;
    }

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

        return copy.Length > 0 ? Of(claim, copy)
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
        return new NormalizationResult(claim, record, null);
    }

    /// <summary>A successful result that keeps <paramref name="records"/> as they are: for the built-in normalizers, whose
    /// array is their own, and neither empty nor holding null.</summary>
    internal static NormalizationResult Of(Claim claim, ComparableRecord[] records) => new(claim, records[0], records.Length > 1 ? records : null);

    /// <summary>Creates a failed result.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="code">A stable code.</param>
    /// <param name="message">What, where and why.</param>
    /// <returns>The result.</returns>
    public static NormalizationResult Failed(Claim claim, string code, string message) =>
        new(claim, null, new NormalizationFailure(claim, code, message));

    /// <summary>Formats as the records or the failure.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? string.Join("; ", Records.Select(r => r.ToString())) : Failure!.ToString();
}
