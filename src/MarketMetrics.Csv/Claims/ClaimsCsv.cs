namespace MarketMetrics.Csv;

/// <summary>The columns of a claims CSV file (see docs/csv.md). Names match ignoring case and surrounding white space.</summary>
public static class ClaimsCsv
{
    /// <summary>Required: a stable id, unique in the file.</summary>
    public const string Id = "id";

    /// <summary>Required: who makes the claim (a vendor, an analyst, a medium), as printed or as an id.</summary>
    public const string Claimant = "claimant";

    /// <summary>Required: who or what the figure is about (a vendor, a model family, or <c>market</c>).</summary>
    public const string Subject = "subject";

    /// <summary>The basis id, e.g. <c>maas-token-volume</c> (see <c>marketmetrics bases</c>); empty to have it inferred.</summary>
    public const string Basis = "basis";

    /// <summary>Optional: scope overrides as <c>key=value;key=value</c>, applied on the basis's default scope.</summary>
    public const string Scope = "scope";

    /// <summary>Required: the figure as printed, e.g. <c>超5000億Tokens</c>.</summary>
    public const string Value = "value";

    /// <summary>Optional: the period as printed, e.g. <c>2025上半年</c>, <c>FY2024@alibaba</c>.</summary>
    public const string Period = "period";

    /// <summary>Optional: <c>total</c>, <c>daily-average</c>, <c>point-in-time</c>, <c>annualized-run-rate</c>; empty = unspecified.</summary>
    public const string Aggregation = "aggregation";

    /// <summary>Optional: the market id, e.g. <c>cn-public-cloud-llm</c>.</summary>
    public const string Market = "market";

    /// <summary>Optional: free-text notes on scope.</summary>
    public const string ScopeNotes = "scope_notes";

    /// <summary>Optional: the publisher's name.</summary>
    public const string Publisher = "publisher";

    /// <summary>Optional: <c>vendor</c>, <c>analyst</c>, <c>media</c>, <c>filing</c>; empty = unknown.</summary>
    public const string PublisherKind = "publisher_kind";

    /// <summary>Optional: the publication date, <c>yyyy-MM-dd</c>.</summary>
    public const string Published = "published";

    /// <summary>Optional: the source address; stored, never opened.</summary>
    public const string Source = "source";

    /// <summary>Optional: the sentence the figure comes from.</summary>
    public const string Quote = "quote";

    /// <summary>Optional: <c>reported</c> (default), <c>estimate</c>, <c>forecast</c>.</summary>
    public const string Status = "status";

    /// <summary>Optional: the language the claim is printed in, a BCP 47 tag (<c>zh-Hans</c>, <c>zh-TW</c>, <c>zh-HK</c>, <c>en</c>, <c>ja</c>);
    /// in Traditional Chinese and Japanese 兆 is read as 10¹².</summary>
    public const string Language = "language";

    /// <summary>Gets every column, in the order files are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [Id, Claimant, Subject, Basis, Scope, Value, Period, Aggregation, Market, ScopeNotes, Publisher, PublisherKind, Published, Source, Quote, Status, Language];

    /// <summary>Gets the columns a file must have. The basis column may be missing or a field empty: the basis is then inferred
    /// from the scope notes, subject, value and publisher (<see cref="BasisInferrer"/>), or the row is rejected with
    /// <c>basis.undecided</c>.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [Id, Claimant, Subject, Value];

    /// <summary>The prefix of columns the reader ignores: the rejects file adds <c>_line</c>, <c>_column</c>, <c>_code</c>, <c>_reason</c>, so it can be fixed and read again.</summary>
    public const string IgnoredColumnPrefix = "_";
}
