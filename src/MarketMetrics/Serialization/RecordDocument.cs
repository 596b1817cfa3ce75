namespace MarketMetrics.Serialization;

/// <summary>
/// A <see cref="ComparableRecord"/> in the JSON contract (docs/json.md): the canonical figure, period, basis, market,
/// status and notes (<c>"code: message"</c>), with the claim it came from. <see cref="RecordDocuments"/> converts
/// both ways, exactly.
/// </summary>
public sealed class RecordDocument
{
    /// <summary>Gets the record id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the claimant id.</summary>
    public string Claimant { get; init; } = string.Empty;

    /// <summary>Gets the subject id.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>Gets the basis id.</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>Gets the basis scope as <c>key=value;…</c>.</summary>
    public string Scope { get; init; } = string.Empty;

    /// <summary>Gets the low end in the canonical unit; <see langword="null"/> when unbounded.</summary>
    public decimal? Low { get; init; }

    /// <summary>Gets whether the low end is included.</summary>
    public bool LowInclusive { get; init; }

    /// <summary>Gets the high end in the canonical unit; <see langword="null"/> when unbounded.</summary>
    public decimal? High { get; init; }

    /// <summary>Gets whether the high end is included.</summary>
    public bool HighInclusive { get; init; }

    /// <summary>Gets the qualifier's contract name.</summary>
    public string Qualifier { get; init; } = "exact";

    /// <summary>Gets the canonical unit symbol.</summary>
    public string Unit { get; init; } = "1";

    /// <summary>Gets the period's first day <c>yyyy-MM-dd</c>, or <see langword="null"/>.</summary>
    public string? PeriodStart { get; init; }

    /// <summary>Gets the day after the period <c>yyyy-MM-dd</c> (exclusive), or <see langword="null"/>.</summary>
    public string? PeriodEnd { get; init; }

    /// <summary>Gets the period label (<c>2025-H1</c>, <c>FY2024@alibaba</c>), or <see langword="null"/>.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the aggregation's contract name.</summary>
    public string Aggregation { get; init; } = "unspecified";

    /// <summary>Gets the market id, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the status's contract name.</summary>
    public string Status { get; init; } = "reported";

    /// <summary>Gets the publisher's name, or <see langword="null"/>.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the source address or quote, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the scale word of the figure in the canonical unit, or <see langword="null"/>.</summary>
    public string? Scale { get; init; }

    /// <summary>Gets the scale word's multiplier, or <see langword="null"/>.</summary>
    public decimal? ScaleMultiplier { get; init; }

    /// <summary>Gets the figure as printed, or <see langword="null"/>.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the assumptions, each <c>"code: message"</c>.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>Gets the conversions, each <c>"code: message"</c>.</summary>
    public IReadOnlyList<string> Conversions { get; init; } = [];

    /// <summary>Gets the warnings, each <c>"code: message"</c>.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Gets the formula of a derived record, or <see langword="null"/>.</summary>
    public string? Formula { get; init; }

    /// <summary>Gets the input record ids of a derived record.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Gets the claim the record came from.</summary>
    public ClaimDocument Claim { get; init; } = new();
}
