namespace MarketMetrics.Parsing;

/// <summary>A period text as understood: the <see cref="ReportingPeriod"/> it names (if any) and the aggregation it states.</summary>
/// <remarks>"2025年上半年" gives H1 2025 with <see cref="Aggregation.Unspecified"/>; "日均" gives no period and
/// <see cref="Aggregation.DailyAverage"/>; "as of June 2025" gives June 2025 with <see cref="Aggregation.PointInTime"/>.
/// Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed class ParsedPeriod : IEquatable<ParsedPeriod>
{
    /// <summary>Creates a parsed period.</summary>
    /// <param name="period">The period named, or <see langword="null"/> when the text names only an aggregation.</param>
    /// <param name="aggregation">The aggregation the text states.</param>
    /// <exception cref="ArgumentException">Neither a period nor an aggregation is given.</exception>
    public ParsedPeriod(ReportingPeriod? period, Aggregation aggregation)
        : this(period, aggregation, null)
    {
    }

    /// <summary>Creates a parsed period with a note on how a relative period was resolved.</summary>
    /// <param name="period">The period named, or <see langword="null"/> when the text names only an aggregation.</param>
    /// <param name="aggregation">The aggregation the text states.</param>
    /// <param name="resolution">How the printed text was resolved ("去年 → 2024 from published 2025-03-12"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Neither a period nor an aggregation is given.</exception>
    public ParsedPeriod(ReportingPeriod? period, Aggregation aggregation, string? resolution)
    {
        if (period is null && aggregation == Aggregation.Unspecified)
        {
            throw new ArgumentException("A parsed period names a period, an aggregation or both.", nameof(period));
        }

        Period = period;
        Aggregation = aggregation;
        Resolution = resolution;
    }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the aggregation stated (日均 → daily average, "as of" → point in time), or <see cref="Aggregation.Unspecified"/>.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Gets how a relative period was resolved against the published date, with the printed text
    /// ("去年 → 2024 from published 2025-03-12"), or <see langword="null"/> when the text names its own dates.</summary>
    public string? Resolution { get; }

    /// <inheritdoc />
    public bool Equals(ParsedPeriod? other) =>
        other is not null && Equals(Period, other.Period) && Aggregation == other.Aggregation && string.Equals(Resolution, other.Resolution, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParsedPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Aggregation);

    /// <summary>Formats as the period label and the aggregation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Period?.Label ?? "(no period)") + (Aggregation == Aggregation.Unspecified ? string.Empty : " " + Aggregation);
}
