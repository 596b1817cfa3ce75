namespace MarketMetrics.Csv;

/// <summary>The columns a <see cref="RecordsCsvWriter"/> writes (see docs/csv.md).</summary>
public enum RecordsCsvLayout
{
    /// <summary>Every column of <see cref="RecordsCsv.Columns"/>: the record's own, then its claim's, so that the file reads
    /// back into records with <see cref="RecordsCsvReader"/>.</summary>
    Full = 0,

    /// <summary>The columns of <see cref="RecordsCsv.LeanColumns"/>: the record's own, then only <c>claim_id</c> and
    /// <c>claim_quote</c>; the rest of the claim is kept by joining on <c>claim_id</c> to the claims file.</summary>
    Lean = 1,
}
