namespace MarketMetrics.Excel;

/// <summary>The sheets' columns, with their widths in characters.</summary>
internal static class RecordsWorkbook
{
    public static IReadOnlyList<(string Name, double Width)> RecordColumns { get; } =
    [
        ("id", 14), ("claimant", 16), ("subject", 18), ("basis", 28), ("scope", 40), ("low", 18), ("high", 18), ("low_exact", 32),
        ("high_exact", 32), ("low_inclusive", 13), ("high_inclusive", 14), ("qualifier", 12), ("unit", 12), ("period_start", 12),
        ("period_end", 12), ("period", 10), ("aggregation", 14), ("market", 20), ("status", 10), ("publisher", 16), ("source", 40),
        ("value_as_printed", 22), ("formula", 30), ("inputs", 20),
    ];

    public static IReadOnlyList<(string Name, double Width)> RejectionColumns { get; } = [("line", 8), ("column", 14), ("code", 24), ("message", 100)];

    public static IReadOnlyList<(string Name, double Width)> BasisColumns { get; } =
        [("id", 28), ("name", 36), ("scope", 60), ("dimensions", 24), ("records", 9), ("description", 80)];

    // A double keeps about 15–17 significant digits: the bound rounds when the double read back is another decimal.
    public static bool RoundsAsDouble(decimal value)
    {
        double d = (double)value;
        return !double.IsFinite(d) || (decimal)d != value || decimal.Parse(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) != value;
    }
}
