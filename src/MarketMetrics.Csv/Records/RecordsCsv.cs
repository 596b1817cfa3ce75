namespace MarketMetrics.Csv;

/// <summary>The columns of a records CSV file (see docs/csv.md): the record's own columns, then its claim's (<c>claim_</c>).</summary>
public static class RecordsCsv
{
    /// <summary>Gets every column, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "claimant", "subject", "basis", "scope", "low", "low_inclusive", "high", "high_inclusive", "qualifier", "unit",
        "period_start", "period_end", "period", "aggregation", "market", "status", "publisher", "source", "scale", "scale_multiplier",
        "value_as_printed", "formula", "inputs", "assumptions", "conversions", "warnings",
        "claim_id", "claim_claimant", "claim_subject", "claim_basis", "claim_scope", "claim_low", "claim_low_inclusive", "claim_high",
        "claim_high_inclusive", "claim_qualifier", "claim_unit", "claim_scale", "claim_scale_multiplier", "claim_value_as_printed",
        "claim_period", "claim_aggregation", "claim_market", "claim_status", "claim_publisher", "claim_publisher_kind", "claim_published",
        "claim_source", "claim_quote", "claim_scope_notes",
    ];

    /// <summary>Gets the columns of <see cref="RecordsCsvLayout.Lean"/>, in the order they are written: the record's own
    /// columns (the first 27 of <see cref="Columns"/>, <c>value_as_printed</c> and <c>source</c> among them), then
    /// <c>claim_id</c> and <c>claim_quote</c>. Each means what it means in the full layout.</summary>
    public static IReadOnlyList<string> LeanColumns { get; } =
    [
        "id", "claimant", "subject", "basis", "scope", "low", "low_inclusive", "high", "high_inclusive", "qualifier", "unit",
        "period_start", "period_end", "period", "aggregation", "market", "status", "publisher", "source", "scale", "scale_multiplier",
        "value_as_printed", "formula", "inputs", "assumptions", "conversions", "warnings",
        "claim_id", "claim_quote",
    ];

    /// <summary>Gets the columns of a layout.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns><see cref="Columns"/> or <see cref="LeanColumns"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="layout"/> is not a defined layout.</exception>
    public static IReadOnlyList<string> ColumnsOf(RecordsCsvLayout layout) => layout switch
    {
        RecordsCsvLayout.Full => Columns,
        RecordsCsvLayout.Lean => LeanColumns,
        _ => throw new ArgumentException($"'{layout}' is not a records layout; use Full or Lean.", nameof(layout)),
    };
}
