namespace MarketMetrics.Csv;

/// <summary>One data row of a claims file: a claim, or the rejection that says why it is not one. Never both, never neither.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimRow
{
    private ClaimRow(long lineNumber, Claim? claim, CsvRejection? rejection)
    {
        LineNumber = lineNumber;
        Claim = claim;
        Rejection = rejection;
    }

    /// <summary>Gets the 1-based line where the row starts.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the claim, or <see langword="null"/> when the row was rejected.</summary>
    public Claim? Claim { get; }

    /// <summary>Gets the rejection, or <see langword="null"/> when the row became a claim.</summary>
    public CsvRejection? Rejection { get; }

    /// <summary>Gets a value indicating whether the row became a claim.</summary>
    public bool Accepted => Claim is not null;

    internal static ClaimRow Of(long line, Claim claim) => new(line, claim, null);

    internal static ClaimRow Of(CsvRejection rejection) => new(rejection.LineNumber, null, rejection);

    /// <summary>Formats as the claim or the rejection.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Claim?.ToString() ?? Rejection!.ToString();
}
