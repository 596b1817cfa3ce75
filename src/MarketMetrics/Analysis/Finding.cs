namespace MarketMetrics.Analysis;

/// <summary>A consistency finding across records: its kind (<c>part-exceeds-whole</c>, <c>contradiction</c>,
/// <c>shares-exceed-100</c>), the records involved and an explanation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Finding
{
    private readonly string[] _records;

    internal Finding(string kind, IEnumerable<string> records, string explanation)
    {
        Kind = kind;
        _records = [.. records];
        Explanation = explanation;
    }

    /// <summary>Gets the kind of finding.</summary>
    public string Kind { get; }

    /// <summary>Gets the ids of the records involved.</summary>
    public IReadOnlyList<string> Records => _records;

    /// <summary>Gets the explanation, naming the scope difference where it explains the clash.</summary>
    public string Explanation { get; }

    /// <summary>Formats as <c>kind: explanation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + ": " + Explanation;
}
