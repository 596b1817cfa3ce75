namespace MarketMetrics.Analysis;

/// <summary>A derived estimate, or the reason it was refused (periods or denominators that do not line up).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EstimateResult
{
    private EstimateResult(ComparableRecord? record, string? refusalCode, string? refusal)
    {
        Record = record;
        RefusalCode = refusalCode;
        Refusal = refusal;
    }

    /// <summary>Gets the derived record (status <see cref="FigureStatus.Derived"/>, with formula and inputs), or <see langword="null"/>.</summary>
    public ComparableRecord? Record { get; }

    /// <summary>Gets the refusal code, or <see langword="null"/> when the estimate was made.</summary>
    public string? RefusalCode { get; }

    /// <summary>Gets why the estimate was refused, or <see langword="null"/>.</summary>
    public string? Refusal { get; }

    /// <summary>Gets a value indicating whether the estimate was made.</summary>
    public bool Success => Record is not null;

    internal static EstimateResult Made(ComparableRecord record) => new(record, null, null);

    internal static EstimateResult Refused(string code, string message) => new(null, code, message);

    /// <summary>Formats as the record or the refusal.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Record?.ToString() ?? $"refused ({RefusalCode}): {Refusal}";
}
