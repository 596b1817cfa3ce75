namespace MarketMetrics.Analysis;

/// <summary>
/// A ranking of subjects within one comparable set: same basis and scope, market, period, aggregation and unit.
/// Overlapping intervals are ties, not ranks.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Leaderboard
{
    private readonly LeaderboardEntry[] _entries;

    internal Leaderboard(MetricBasis basis, Market? market, ReportingPeriod? period, Aggregation aggregation, LeaderboardEntry[] entries, string explanation)
    {
        Basis = basis;
        Market = market;
        Period = period;
        Aggregation = aggregation;
        _entries = entries;
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

    /// <summary>Gets the entries, best first.</summary>
    public IReadOnlyList<LeaderboardEntry> Entries => _entries;

    /// <summary>Gets the entries in first place (several when tied).</summary>
    public IReadOnlyList<LeaderboardEntry> Leaders => [.. _entries.Where(e => e.Position == 1)];

    /// <summary>Gets a sentence that says who leads, on what, and how sure that is.</summary>
    public string Explanation { get; }

    /// <summary>Formats as basis and leaders.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Basis}: {string.Join(", ", Leaders.Select(l => l.Subject))}";
}
