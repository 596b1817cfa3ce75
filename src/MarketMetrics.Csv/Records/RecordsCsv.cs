namespace MarketMetrics.Csv;

/// <summary>The columns of a records CSV file (see docs/csv.md).</summary>
public static class RecordsCsv
{
    /// <summary>Gets every column, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "claim_id", "claimant", "subject", "basis", "scope", "low", "low_inclusive", "high", "high_inclusive", "qualifier", "unit",
        "period_start", "period_end", "period", "aggregation", "market", "status", "publisher", "source", "value_as_printed",
        "formula", "inputs", "assumptions", "conversions", "warnings",
    ];
}
