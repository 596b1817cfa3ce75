using MarketMetrics.Analysis;
using MarketMetrics.Cli.Json;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;
using MarketMetrics.Serialization;

namespace MarketMetrics.Cli.Commands;

/// <summary>Normalises claims and analyses the records: the content of <c>demo</c> and <c>compare</c>.</summary>
internal sealed class Report
{
    private Report(IReadOnlyList<ComparableRecord> records, IReadOnlyList<NormalizationFailure> failures, IReadOnlyList<EstimateResult> derived, AnalysisLanguage language)
    {
        Records = records;
        Failures = failures;
        Boards = Leaderboards.Build(records, language: language);
        Summary = Leaderboards.Summarize(Boards, language);
        Findings = ConsistencyChecks.Run(records, language: language);
        Derived = derived;
    }

    public IReadOnlyList<ComparableRecord> Records { get; }

    public IReadOnlyList<NormalizationFailure> Failures { get; }

    public IReadOnlyList<Leaderboard> Boards { get; }

    public string Summary { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<EstimateResult> Derived { get; }

    public static Report ForClaims(IEnumerable<Claim> claims, AnalysisLanguage language)
    {
        var records = new List<ComparableRecord>();
        var failures = new List<NormalizationFailure>();
        foreach (NormalizationResult result in NormalizationPipeline.CreateDefault().NormalizeAll(claims))
        {
            records.AddRange(result.Records);
            if (result.Failure is not null)
            {
                failures.Add(result.Failure);
            }
        }

        return new Report(records, failures, SeedEstimates(records), language);
    }

    public static Report ForBuiltInDataset(AnalysisLanguage language) => ForClaims(AiCloudArticle2025.Claims, language);

    public ReportOutput ToJson(bool withVerdicts)
    {
        var leaders = new List<LeaderOutput>();
        foreach (Leaderboard board in Boards)
        {
            foreach (LeaderboardEntry leader in board.Leaders)
            {
                leaders.Add(new LeaderOutput(board.Basis.Id, board.Basis.Scope.ToString(), board.Market?.Id, board.Period?.Label, leader.Subject, [leader.Record.Id], board.Explanation));
            }
        }

        List<VerdictOutput>? verdicts = null;
        if (withVerdicts)
        {
            verdicts = [];
            ComparableRecord[] reported = [.. Records.Where(r => r.Status != FigureStatus.Derived)];
            for (int i = 0; i < reported.Length; i++)
            {
                for (int j = i + 1; j < reported.Length; j++)
                {
                    ComparabilityVerdict v = Comparability.Compare(reported[i], reported[j]);
                    verdicts.Add(new VerdictOutput(reported[i].Id, reported[j].Id, VerdictNames.Of(v.Kind), [.. v.Reasons.Select(r => r.Code)]));
                }
            }
        }

        return new ReportOutput(
            [.. Records.Select(RecordDocuments.ToDocument)],
            leaders,
            Summary,
            [.. Findings.Select(f => new FindingOutput(f.Kind, f.Records, f.Explanation))],
            [.. Derived.Where(d => d.Success).Select(d => RecordDocuments.ToDocument(d.Record!))],
            verdicts);
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
