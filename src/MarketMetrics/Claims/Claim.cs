namespace MarketMetrics;

/// <summary>
/// What was said: who claims what about whom, the figure as stated, on which basis, for which market and
/// period, published by whom and where. The input of normalisation.
/// </summary>
/// <remarks>
/// <para>Required members are constructor parameters; the rest are init-only properties with documented defaults.</para>
/// <para>Equality is structural over every member. Instances are immutable and thread-safe (list-free by design).</para>
/// </remarks>
public sealed class Claim : IEquatable<Claim>
{
    private readonly PublishedDate? _published;

    /// <summary>Creates a claim.</summary>
    /// <param name="id">A stable id, unique within its dataset.</param>
    /// <param name="claimant">Who makes the claim (a vendor such as <c>volcano-engine</c>, or an analyst).</param>
    /// <param name="subject">Who or what the figure is about (a vendor, a model family such as <c>doubao</c>, or a market).</param>
    /// <param name="figure">The figure as stated.</param>
    /// <param name="basis">The statistical basis it was measured on.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public Claim(string id, string claimant, string subject, Figure figure, MetricBasis basis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(basis);
        Id = id;
        Claimant = claimant;
        Subject = subject;
        Figure = figure;
        Basis = basis;
    }

    /// <summary>Gets the claim's id.</summary>
    public string Id { get; }

    /// <summary>Gets who makes the claim.</summary>
    public string Claimant { get; }

    /// <summary>Gets who or what the figure is about.</summary>
    public string Subject { get; }

    /// <summary>Gets the figure as stated.</summary>
    public Figure Figure { get; }

    /// <summary>Gets the statistical basis.</summary>
    public MetricBasis Basis { get; }

    /// <summary>Gets the market (the denominator of a share); <see langword="null"/> when not stated.</summary>
    public Market? Market { get; init; }

    /// <summary>Gets the period covered; <see langword="null"/> when the source names none (as Volcano Engine's advert).</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets how the figure relates to its period; <see cref="Aggregation.Unspecified"/> by default.</summary>
    public Aggregation Aggregation { get; init; }

    /// <summary>Gets whether the figure is reported, an estimate or a forecast; <see cref="FigureStatus.Reported"/> by default.</summary>
    public FigureStatus Status { get; init; }

    /// <summary>Gets who published the claim; <see langword="null"/> when unknown.</summary>
    public Publisher? Publisher { get; init; }

    /// <summary>Gets the publication date; <see langword="null"/> when unknown.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Gets the publication date with the precision it was printed at (<c>2025-10</c> is a month);
    /// <see langword="null"/> when unknown. <see cref="PublishedOn"/> holds the day when it is known to the day; a claim
    /// given only <see cref="PublishedOn"/> reads it here as a date known to the day.</summary>
    public PublishedDate? Published
    {
        get => _published ?? (PublishedOn is { } day ? PublishedDate.OnDay(day) : null);
        init => _published = value;
    }

    /// <summary>The publication date as given, <see langword="null"/> when only <see cref="PublishedOn"/> was: what
    /// <see cref="Published"/> reads without making a date per call (writers print <see cref="PublishedOn"/> then).</summary>
    internal PublishedDate? GivenPublished => _published;

    /// <summary>Gets the publication date as printed when it cannot be read as a date: printed without the year (<c>11月25日</c>,
    /// <c>09-28</c>) or relative to when the page was read (<c>10小时前</c>); see <see cref="PublishedDate.IsPartial"/>. Such a claim
    /// has no <see cref="Published"/> (no year is supplied), and its records carry the note <c>published.partial</c>;
    /// <see langword="null"/> otherwise.</summary>
    public string? PublishedAsPrinted { get; init; }

    /// <summary>Gets how a relative period was resolved against the published date, with the printed text
    /// ("去年 → 2024 from published 2025-03-12"); <see langword="null"/> when the period named its own dates.</summary>
    public string? PeriodResolution { get; init; }

    /// <summary>Gets the source address (URL or citation); never opened by the library.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the sentence the figure was taken from, as printed.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets free-text notes on scope that the basis does not capture.</summary>
    public string? ScopeNotes { get; init; }

    /// <summary>Gets the language the claim is printed in, as a BCP 47 tag (<c>zh-Hans</c>, <c>zh-TW</c>, <c>en</c>); <see langword="null"/> when not stated.</summary>
    public string? Language { get; init; }

    /// <summary>Gets why the basis was inferred (<see cref="BasisInferrer"/>) when the source did not state it; <see langword="null"/>
    /// when it was stated. A record of such a claim carries the note <c>basis.inferred</c>.</summary>
    public string? BasisInferredFrom { get; init; }

    /// <summary>Gets a conversion into another currency printed beside the figure (<c>51.8 billion yuan (US$7.3 billion)</c> keeps
    /// <c>US$7.3 billion</c>), as printed: the publisher's conversion, not a second value; <see langword="null"/> when none. A record
    /// of such a claim carries the note <c>value.conversion-not-read</c>.</summary>
    public string? PrintedConversion { get; init; }

    /// <inheritdoc />
    public bool Equals(Claim? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Claimant, other.Claimant, StringComparison.Ordinal)
            && string.Equals(Subject, other.Subject, StringComparison.Ordinal)
            && Figure.Equals(other.Figure)
            && Basis.Equals(other.Basis)
            && Equals(Market, other.Market)
            && Equals(Period, other.Period)
            && Aggregation == other.Aggregation
            && Status == other.Status
            && Equals(Publisher, other.Publisher)
            && PublishedOn == other.PublishedOn
            && Equals(Published, other.Published)
            && string.Equals(PeriodResolution, other.PeriodResolution, StringComparison.Ordinal)
            && string.Equals(PublishedAsPrinted, other.PublishedAsPrinted, StringComparison.Ordinal)
            && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && string.Equals(Quote, other.Quote, StringComparison.Ordinal)
            && string.Equals(ScopeNotes, other.ScopeNotes, StringComparison.Ordinal)
            && string.Equals(Language, other.Language, StringComparison.Ordinal)
            && string.Equals(BasisInferredFrom, other.BasisInferredFrom, StringComparison.Ordinal)
            && string.Equals(PrintedConversion, other.PrintedConversion, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Claim);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Figure, Basis, Period);

    /// <summary>Formats as <c>id: subject figure on basis</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Subject} {Figure} on {Basis}";
}
