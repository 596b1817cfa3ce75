namespace MarketMetrics.Analysis;

/// <summary>
/// A ranking of subjects within one comparable set: same basis and scope, market, period, aggregation and unit.
/// Overlapping intervals are ties, not ranks. A set with one subject is no ranking; it appears only as that
/// subject's own claim to rank first (<see cref="IsSingleClaim"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Leaderboard
{
    private readonly LeaderboardEntry[] _entries;

    internal Leaderboard(ComparableRecord sample, RankingDirection direction, LeaderboardEntry[] entries, string heading, string explanation)
    {
        Basis = sample.Basis;
        Market = sample.Market;
        Period = sample.Period;
        Aggregation = sample.Aggregation;
        Unit = sample.Value.Unit;
        Direction = direction;
        _entries = entries;
        Heading = heading;
        Explanation = explanation;
    }

    /// <summary>Gets the basis (with scope) of the set.</summary>
    public MetricBasis Basis { get; }

    /// <summary>Gets the market of the set, if stated.</summary>
    public Market? Market { get; }

    /// <summary>Gets the period of the set, if stated.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the aggregation of the set.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Gets the unit of the set's figures.</summary>
    public Unit Unit { get; }

    /// <summary>Gets which way the figures rank: less is better for latency, price and rank numbers.</summary>
    public RankingDirection Direction { get; }

    /// <summary>Gets a value indicating whether the set holds one subject only, whose record is its own claim to rank first.</summary>
    public bool IsSingleClaim => _entries.Length == 1;

    /// <summary>Gets the entries, best first; one per subject.</summary>
    public IReadOnlyList<LeaderboardEntry> Entries => _entries;

    /// <summary>Gets the entries in first place (several when tied).</summary>
    public IReadOnlyList<LeaderboardEntry> Leaders => [.. _entries.Where(e => e.Position == 1)];

    /// <summary>Gets the heading: basis, scope, market, period and which way it ranks ("lower leads").</summary>
    public string Heading { get; }

    /// <summary>Gets a sentence that says who leads, on what, and how sure that is, composed from the records' fields.</summary>
    public string Explanation { get; }

    /// <summary>Formats as basis and leaders.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Basis}: {string.Join(", ", Leaders.Select(l => l.Subject))}";
}
