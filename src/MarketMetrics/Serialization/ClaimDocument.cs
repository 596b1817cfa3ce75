namespace MarketMetrics.Serialization;

/// <summary>A <see cref="Claim"/> in the JSON contract: the provenance of a record.</summary>
public sealed class ClaimDocument
{
    /// <summary>Gets the claim id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the claimant as given.</summary>
    public string Claimant { get; init; } = string.Empty;

    /// <summary>Gets the subject as given.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>Gets the basis id.</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>Gets the basis scope as <c>key=value;…</c>.</summary>
    public string Scope { get; init; } = string.Empty;

    /// <summary>Gets the figure as stated.</summary>
    public FigureDocument Figure { get; init; } = new();

    /// <summary>Gets the period label, or <see langword="null"/>.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the aggregation's contract name.</summary>
    public string Aggregation { get; init; } = "unspecified";

    /// <summary>Gets the market id, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the status's contract name.</summary>
    public string Status { get; init; } = "reported";

    /// <summary>Gets the publisher's name, or <see langword="null"/>.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the publisher kind (<c>vendor, analyst, media, filing, unknown</c>), or <see langword="null"/>.</summary>
    public string? PublisherKind { get; init; }

    /// <summary>Gets the publication date <c>yyyy-MM-dd</c>, or <see langword="null"/>.</summary>
    public string? Published { get; init; }

    /// <summary>Gets the source address, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the quote, or <see langword="null"/>.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets the scope notes, or <see langword="null"/>.</summary>
    public string? ScopeNotes { get; init; }
}
