namespace MarketMetrics.Analysis;

/// <summary>What <see cref="MarketAnalysis.Run"/> finds in one pass over a set of records.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MarketAnalysisResult
{
    internal MarketAnalysisResult(long recordCount, IReadOnlyList<Leaderboard> boards, string summary, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> passed, IReadOnlyList<EstimateResult> derived)
    {
        RecordCount = recordCount;
        Boards = boards;
        Summary = summary;
        Findings = findings;
        Passed = passed;
        Derived = derived;
    }

    /// <summary>Gets how many records were read.</summary>
    public long RecordCount { get; }

    /// <summary>Gets the leaderboards and single claims to rank first, as <see cref="Leaderboards.Build(IEnumerable{ComparableRecord}, EntityAliases?, AnalysisLanguage)"/> makes them.</summary>
    public IReadOnlyList<Leaderboard> Boards { get; }

    /// <summary>Gets the sentence that says who leads on which basis (<see cref="Leaderboards.Summarize"/>).</summary>
    public string Summary { get; }

    /// <summary>Gets the consistency findings (<see cref="ConsistencyChecks.Run(IEnumerable{ComparableRecord}, EntityAliases?, AnalysisLanguage)"/>).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the checks that passed, each a finding of kind <c>shares-within-100</c> or <c>group-covers-members</c>
    /// that says what was checked and with which figures.</summary>
    public IReadOnlyList<Finding> Passed { get; }

    /// <summary>Gets the volumes or revenues derived as share × market total, wherever a share and a total of the same basis,
    /// market and period are present.</summary>
    public IReadOnlyList<EstimateResult> Derived { get; }
}
