using MarketMetrics.Analysis;
using MarketMetrics.Cli.Json;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;
using MarketMetrics.Serialization;

namespace MarketMetrics.Cli.Commands;

/// <summary>Normalises claims and analyses the records in one pass: the content of <c>demo</c> and <c>compare</c>.</summary>
/// <remarks>Records are kept only when asked (the demo's tables, JSON output); otherwise memory holds the analysis's
/// comparable sets and a bounded sample of each candidate group for the verdict table.</remarks>
internal sealed class Report
{
    /// <summary>How many records of one candidate group (same dimension and market) are kept for pairwise verdicts.</summary>
    public const int SamplePerGroup = 40;

    /// <summary>The most verdicts the JSON report lists; <c>compare --pairs all</c> streams every one.</summary>
    public const int MaxJsonVerdicts = 10_000;

    private Report(IReadOnlyList<ComparableRecord>? records, IReadOnlyList<NormalizationFailure> failures, MarketAnalysisResult analysis, IReadOnlyList<EstimateResult> seedEstimates, CandidateGroups groups)
    {
        Records = records ?? [];
        Failures = failures;
        Analysis = analysis;
        Derived = [.. seedEstimates, .. analysis.Derived];
        Groups = groups;
    }

    public IReadOnlyList<ComparableRecord> Records { get; }

    public IReadOnlyList<NormalizationFailure> Failures { get; }

    public MarketAnalysisResult Analysis { get; }

    public IReadOnlyList<Leaderboard> Boards => Analysis.Boards;

    public string Summary => Analysis.Summary;

    public IReadOnlyList<Finding> Findings => Analysis.Findings;

    public IReadOnlyList<EstimateResult> Derived { get; }

    public CandidateGroups Groups { get; }

    public static Report ForClaims(IEnumerable<Claim> claims, AnalysisLanguage language, bool keepRecords, Action<NormalizationFailure>? onFailure = null)
    {
        List<ComparableRecord>? records = keepRecords ? [] : null;
        var failures = new List<NormalizationFailure>();
        var groups = new CandidateGroups(keepRecords ? int.MaxValue : SamplePerGroup);
        NormalizationPipeline pipeline = NormalizationPipeline.CreateDefault();

        IEnumerable<ComparableRecord> Stream()
        {
            foreach (Claim claim in claims)
            {
                NormalizationResult result = pipeline.Normalize(claim);
                foreach (ComparableRecord record in result.Records)
                {
                    records?.Add(record);
                    groups.Add(record);
                    yield return record;
                }

                if (result.Failure is not null)
                {
                    failures.Add(result.Failure);
                    onFailure?.Invoke(result.Failure);
                }
            }
        }

        MarketAnalysisResult analysis = MarketAnalysis.Run(Stream(), language: language);
        return new Report(records, failures, analysis, records is null ? [] : SeedEstimates(records), groups);
    }

    public static Report ForBuiltInDataset(AnalysisLanguage language) => ForClaims(AiCloudArticle2025.Claims, language, keepRecords: true);

    public ReportOutput ToJson(bool withVerdicts)
    {
        var leaders = new List<LeaderOutput>();
        foreach (Leaderboard board in Boards)
        {
            foreach (LeaderboardEntry leader in board.Leaders)
            {
                leaders.Add(new LeaderOutput(board.Basis.Id, board.Basis.Scope.ToString(), board.Market?.Id, board.Period?.Label, leader.Subject, [leader.Record.Id], board.Explanation,
                    board.Direction == RankingDirection.LowerIsBetter ? "lower" : "higher"));
            }
        }

        List<VerdictOutput>? verdicts = null;
        long omitted = 0;
        if (withVerdicts)
        {
            verdicts = [];
            foreach ((ComparableRecord first, ComparableRecord second) in Groups.Pairs())
            {
                if (verdicts.Count == MaxJsonVerdicts)
                {
                    omitted++;
                    continue;
                }

                verdicts.Add(Verdict(first, second));
            }
        }

        return new ReportOutput(
            [.. Records.Select(RecordDocuments.ToDocument)],
            leaders,
            Summary,
            [.. Findings.Select(f => new FindingOutput(f.Kind, f.Records, f.Explanation))],
            [.. Analysis.Passed.Select(f => new FindingOutput(f.Kind, f.Records, f.Explanation))],
            [.. Derived.Where(d => d.Success).Select(d => RecordDocuments.ToDocument(d.Record!))],
            verdicts,
            withVerdicts ? omitted : null);
    }

    public static VerdictOutput Verdict(ComparableRecord first, ComparableRecord second)
    {
        ComparabilityVerdict v = Comparability.Compare(first, second);
        return new VerdictOutput(first.Id, second.Id, VerdictNames.Of(v.Kind), [.. v.Reasons.Select(r => r.Code)]);
    }

    // The estimates the article itself makes or implies, where their inputs are present.
    private static List<EstimateResult> SeedEstimates(List<ComparableRecord> records)
    {
        ComparableRecord? Find(string id) => records.Find(r => r.Id == id);
        var derived = new List<EstimateResult>();
        if (Find("seed-09") is { } idc && Find("seed-07") is { } price)
        {
            derived.Add(DerivedEstimates.Revenue("est-maas-revenue-h1-2025", idc, price));
        }

        if (Find("seed-10") is { } market && Find("seed-09") is { } volume)
        {
            derived.Add(DerivedEstimates.AveragePrice("est-implied-average-price-2025", market, volume));
        }

        if (Find("seed-05") is { } capacity)
        {
            derived.Add(DerivedEstimates.UsersServed("est-users-served", capacity, Interval.Exactly(500m)));
        }

        if (Find("seed-04") is { } latency)
        {
            derived.Add(DerivedEstimates.StreamThroughput("est-stream-throughput", latency));
        }

        if (Find("seed-13") is { } doubao && Find("seed-14") is { } growth)
        {
            derived.Add(DerivedEstimates.ImpliedStart("est-doubao-daily-at-launch", doubao, growth));
        }

        if (Find("seed-01") is { } share && Find("seed-09") is { } total)
        {
            derived.Add(DerivedEstimates.ShareOfTotal("est-volcano-volume", share, total));
        }

        return derived;
    }
}
