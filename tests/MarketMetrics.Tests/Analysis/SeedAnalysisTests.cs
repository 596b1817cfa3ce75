using CsCheck;
using MarketMetrics.Analysis;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;

namespace MarketMetrics.Tests.Analysis;

/// <summary>The article's story, told by the library: three leaders on three bases, the Doubao-vs-IDC clash, the market-size estimate.</summary>
public class SeedAnalysisTests
{
    private static readonly IReadOnlyList<ComparableRecord> Records =
        [.. NormalizationPipeline.CreateDefault().NormalizeAll(AiCloudArticle2025.Claims).SelectMany(r => r.Records)];

    private static ComparableRecord Record(string id) => Records.Single(r => r.Id == id);

    [Fact]
    public void Dataset_EveryFigureOfTheArticle_ParsesAndNormalises()
    {
        AiCloudArticle2025.Claims.Should().HaveCount(21);
        NormalizationPipeline.CreateDefault().NormalizeAll(AiCloudArticle2025.Claims).Where(r => !r.Success).Should().BeEmpty();
        AiCloudArticle2025.Claims.Single(c => c.Id == "seed-13").Figure.Value.Should().Be(Interval.GreaterThan(16_400_000_000_000m));
    }

    [Fact]
    public void Leaderboards_ThreeLeadersOnThreeBases_NoContradiction()
    {
        IReadOnlyList<Leaderboard> boards = Leaderboards.Build(Records);

        var leaders = boards.SelectMany(b => b.Leaders.Select(l => (Basis: b.Basis.Id, l.Subject))).Distinct().ToArray();
        leaders.Should().BeEquivalentTo(new[]
        {
            ("maas-token-volume", "volcano-engine"),
            ("full-stack-cloud-revenue", "alibaba-cloud"),
            ("ai-public-cloud-services-revenue", "baidu-ai-cloud"),
            ("llm-tender-wins", "baidu-ai-cloud"),
            ("self-developed-model-token-share", "qwen"),
        });
        boards.Where(b => b.Basis.Id == "llm-tender-wins").Select(b => b.Basis.Scope[ScopeKeys.Measure]).Should().BeEquivalentTo(["count", "amount"]);
        string summary = Leaderboards.Summarize(boards);
        summary.Should().StartWith("3 leaders on 3 bases: volcano-engine leads on MaaS token call volume (public cloud); alibaba-cloud leads on Full-stack cloud revenue; baidu-ai-cloud leads on AI public-cloud services revenue.").And.Contain("No contradiction")
            .And.Contain("volcano-engine leads on MaaS token call volume").And.Contain("alibaba-cloud leads on Full-stack cloud revenue")
            .And.Contain("baidu-ai-cloud leads on AI public-cloud services revenue")
            .And.Contain("Also first: baidu-ai-cloud on LLM tender wins; qwen on Self-developed-model token share.");
    }

    [Fact]
    public void Leaderboards_SelfDevelopedShares_RankQwenDoubaoDeepSeek()
    {
        Leaderboard board = Leaderboards.Build(Records).Single(b => b.Basis.Id == "self-developed-model-token-share");

        board.Entries.Select(e => (e.Position, e.Subject)).Should().Equal((1, "qwen"), (2, "doubao"), (3, "deepseek"));
        board.Explanation.Should().Contain("qwen (alibaba)");
    }

    [Fact]
    public void Leaderboards_OverlappingIntervals_AreTiesNotRanks()
    {
        ComparableRecord a = Share("a", "x", Interval.Closed(10m, 20m));
        ComparableRecord b = Share("b", "y", Interval.Closed(15m, 25m));
        ComparableRecord c = Share("c", "z", Interval.Exactly(5m));

        Leaderboard board = Leaderboards.Build([a, b, c]).Single();

        board.Leaders.Select(l => l.Subject).Should().BeEquivalentTo(["x", "y"]);
        board.Leaders.Should().OnlyContain(l => l.Tied);
        board.Entries.Single(e => e.Subject == "z").Position.Should().Be(3);
    }

    [Fact]
    public void ConsistencyChecks_DoubaoAgainstIdc_IsExplainedByScope()
    {
        IReadOnlyList<Finding> findings = ConsistencyChecks.Run(Records);

        Finding finding = findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be("part-exceeds-whole");
        finding.Records.Should().Equal("seed-13", "seed-09");
        finding.Explanation.Should().Contain("over 16.4").And.Contain("about 2.97").And.Contain("internal-business-calls")
            .And.Contain("Token consumption incl. own products").And.Contain("channels is all for doubao but public-cloud for idc")
            .And.NotContain("public-cloud MaaS calls only");
    }

    [Fact]
    public void ConsistencyChecks_InChinese_StateTheBoundsInChinese()
    {
        Finding finding = ConsistencyChecks.Run(Records, language: AnalysisLanguage.Chinese).Single();

        finding.Explanation.Should().Contain("每日超过 16.4 万亿 tokens").And.Contain("全市场每日约 2.97 万亿")
            .And.NotContainAny("over", "about", "under");
    }

    [Fact]
    public void ConsistencyChecks_SameScope_IsAContradiction()
    {
        ComparableRecord whole = Record("seed-09");
        var claim = new Claim("p", "x", "volcano-engine", new Figure(Interval.Exactly(3_000_000_000_000m), Units.Token), MetricBasis.MaasTokenVolume)
        {
            Market = Market.ChinaPublicCloudLlm, Period = ReportingPeriod.Half(2025, 1), Aggregation = Aggregation.DailyAverage,
        };
        ComparableRecord part = NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];

        ConsistencyChecks.Run([whole, part]).Single().Kind.Should().Be("contradiction");
    }

    [Fact]
    public void ConsistencyChecks_SharesPast100_AreFound()
    {
        Finding finding = ConsistencyChecks.Run([Share("a", "x", Interval.Exactly(60m)), Share("b", "y", Interval.GreaterThan(45m))]).Single();

        finding.Kind.Should().Be("shares-exceed-100");
        finding.Explanation.Should().Contain("105");
    }

    [Fact]
    public void DerivedEstimates_ReproduceTheArticlesMarketSize()
    {
        EstimateResult revenue = DerivedEstimates.Revenue("rev", Record("seed-09"), Record("seed-07"));

        revenue.Record!.Value.Value.Should().Be(Interval.Exactly(429_360_000m));
        revenue.Record.Value.Unit.Should().Be(Units.Cny);
        revenue.Record.Status.Should().Be(FigureStatus.Derived);
        revenue.Record.Inputs.Should().Equal("seed-09", "seed-07");
        revenue.Record.Period!.Label.Should().Be("2025-H1");

        ComparableRecord price = DerivedEstimates.AveragePrice("price", Record("seed-10"), Record("seed-09")).Record!;
        Interval perMillion = Units.PricePerToken("CNY").Convert(price.Value.Value, Units.PricePerMillionTokens("CNY"));
        perMillion.Low.Value.Should().BeInRange(0.46m, 0.47m);
        perMillion.High.Value.Should().BeInRange(0.55m, 0.56m);
        price.Assumptions.Select(a => a.Code).Should().Contain("tokens.scaled-by-days");
        price.Warnings.Select(w => w.Code).Should().Contain("input.estimate");
    }

    [Fact]
    public void DerivedEstimates_ShareTimesTotal_IsRefusedWhenThePeriodsDiffer()
    {
        EstimateResult result = DerivedEstimates.ShareOfTotal("v", Record("seed-01"), Record("seed-09"));

        result.Success.Should().BeFalse();
        result.RefusalCode.Should().Be("period");
    }

    [Fact]
    public void DerivedEstimates_CapacityLatencyAndGrowth()
    {
        DerivedEstimates.UsersServed("u", Record("seed-05"), Interval.Exactly(500m)).Record!.Value.Value.Should().Be(Interval.Exactly(10_000m));
        Interval perMinute = DerivedEstimates.StreamThroughput("t", Record("seed-04")).Record!.Value.Value;
        Units.TokensPerMinute.Convert(perMinute, Units.TokensPerSecond).Should().Be(Interval.Closed(25m, 50m));
        Interval start = DerivedEstimates.ImpliedStart("s", Record("seed-13"), Record("seed-14")).Record!.Value.Value;
        decimal.Round(start.Low.Value / 100_000_000m).Should().Be(1197m, "16.4萬億 ÷ 137 ≈ 1197億, close to the 1200億 the article gives");
    }

    [Fact]
    public void Compare_VolcanoShareAndQwenShare_AreNotComparable_WithReasons()
    {
        ComparabilityVerdict verdict = Comparability.Compare(Record("seed-01"), Record("seed-15a"));

        verdict.Kind.Should().Be(ComparabilityKind.NotComparable);
        verdict.Reasons.Select(r => r.Code).Should().Contain(["basis", "share-denominator", "period-missing", "aggregation"]);
        Comparability.Compare(Record("seed-01"), Record("seed-15a"), AnalysisLanguage.Chinese).Reasons.Should().Contain(r => r.Message.Contains("口径"));
    }

    [Fact]
    public void Compare_TotalAndItsDailyAverage_AreComparableAfterConversion()
    {
        ComparabilityVerdict verdict = Comparability.Compare(Record("seed-09"), Record("seed-09#daily-average"));

        verdict.Kind.Should().Be(ComparabilityKind.ComparableAfterConversion);
        verdict.Reasons.Select(r => r.Code).Should().Equal("aggregation");
    }

    [Fact]
    public void Compare_IsSymmetric_AndEveryNotComparableNamesAReason()
    {
        Gen.Select(Gen.Int[0, Records.Count - 1], Gen.Int[0, Records.Count - 1]).Sample(pair =>
        {
            ComparabilityVerdict ab = Comparability.Compare(Records[pair.Item1], Records[pair.Item2]);
            ComparabilityVerdict ba = Comparability.Compare(Records[pair.Item2], Records[pair.Item1]);
            return ab.Kind == ba.Kind
                && ab.Reasons.Select(r => r.Code).SequenceEqual(ba.Reasons.Select(r => r.Code))
                && (ab.Kind != ComparabilityKind.NotComparable || ab.Reasons.Any(r => r.Blocking));
        }, iter: 2_000);
        Comparability.Compare(Records[0], Records[0]).Kind.Should().Be(ComparabilityKind.Comparable);
    }

    private static ComparableRecord Share(string id, string subject, Interval value)
    {
        FigureQualifier qualifier = value.IsPoint ? FigureQualifier.Exact : value.IsBounded ? FigureQualifier.Range : FigureQualifier.Over;
        var claim = new Claim(id, subject, subject, new Figure(value, Units.Percent, qualifier), MetricBasis.SelfDevelopedModelTokenShare)
        {
            Market = Market.ChinaLlm,
            Period = ReportingPeriod.Half(2025, 1),
        };
        return NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];
    }
}
