using MarketMetrics.Parsing;
using CsCheck;
using MarketMetrics.Normalization;

namespace MarketMetrics.Tests.Normalization;

public class NormalizationPipelineTests
{
    private static readonly NormalizationPipeline Pipeline = NormalizationPipeline.CreateDefault();

    [Fact]
    public void Normalize_EverySeedClaim_GivesRecords()
    {
        foreach (Claim claim in SeedClaims.All)
        {
            NormalizationResult result = Pipeline.Normalize(claim);
            result.Failure.Should().BeNull("claim {0} must normalise", claim.Id);
            result.Records.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Normalize_IdcVolume_IsATotalOverH1_WithADerivedDailyAverage()
    {
        NormalizationResult result = Pipeline.Normalize(SeedClaims.ById("seed-09"));

        result.Records.Should().HaveCount(2);
        ComparableRecord total = result.Records[0];
        total.Value.Value.Should().Be(Interval.Exactly(536_700_000_000_000m));
        total.Value.Unit.Should().Be(Units.Token);
        total.Period!.Start.Should().Be(new DateOnly(2025, 1, 1));
        total.Period.End.Should().Be(new DateOnly(2025, 7, 1));
        total.Aggregation.Should().Be(Aggregation.Total);
        total.Assumptions.Select(a => a.Code).Should().Contain("aggregation.assumed-total");
        total.Claimant.Should().Be("idc");

        ComparableRecord daily = result.Records[1];
        daily.Id.Should().Be("seed-09#daily-average");
        daily.Status.Should().Be(FigureStatus.Derived);
        daily.Aggregation.Should().Be(Aggregation.DailyAverage);
        daily.Inputs.Should().Equal("seed-09");
        daily.Formula.Should().Contain("181");
        daily.Value.Value.Contains(536_700_000_000_000m / 181m).Should().BeTrue();
        (daily.Value.Value.High.Value - daily.Value.Value.Low.Value).Should().BeLessThan(0.000_000_001m);
    }

    [Fact]
    public void Normalize_DoubaoPrice_IsExactlyEightTenMillionthsOfAYuanPerToken()
    {
        ComparableRecord record = Pipeline.Normalize(SeedClaims.ById("seed-07")).Records.Single();

        record.Value.Value.Should().Be(Interval.Exactly(0.0000008m));
        record.Value.Unit.Symbol.Should().Be("CNY/token");
        record.Subject.Should().Be("doubao");
        record.Conversions.Select(c => c.Code).Should().Contain("unit.converted");
    }

    [Fact]
    public void Normalize_AlibabaRevenue_IsAnOpenLowerBoundInCny_OnTheFullStackBasis()
    {
        ComparableRecord record = Pipeline.Normalize(SeedClaims.ById("seed-11")).Records.Single();

        record.Value.Value.Should().Be(Interval.GreaterThan(80_000_000_000m));
        record.Value.Unit.Should().Be(Units.Cny);
        record.Basis.Should().Be(MetricBasis.FullStackCloudRevenue);
        record.Subject.Should().Be("alibaba-cloud");
    }

    [Fact]
    public void Normalize_Latency_IsARangeInSeconds()
    {
        ComparableRecord record = Pipeline.Normalize(SeedClaims.ById("seed-04")).Records.Single();

        record.Value.Value.Should().Be(Interval.Closed(0.02m, 0.04m));
        record.Value.Qualifier.Should().Be(FigureQualifier.Range);
    }

    [Fact]
    public void Normalize_Capacity_IsFiveMillionTokensPerMinute()
    {
        ComparableRecord record = Pipeline.Normalize(SeedClaims.ById("seed-05")).Records.Single();

        record.Value.Value.Should().Be(Interval.Exactly(5_000_000m));
        record.Value.Unit.Symbol.Should().Be("token/min");
    }

    [Fact]
    public void Normalize_TenderWinsOnBothMeasures_GivesTwoRecords()
    {
        IReadOnlyList<ComparableRecord> records = Pipeline.Normalize(SeedClaims.ById("seed-03")).Records;

        records.Select(r => r.Id).Should().Equal("seed-03#count", "seed-03#amount");
        records[0].Basis.Should().Be(MetricBasis.LlmTenderWinsByCount);
        records[1].Basis.Should().Be(MetricBasis.LlmTenderWinsByAmount);
        records[0].Value.Unit.Should().Be(Units.Rank);
    }

    [Fact]
    public void Normalize_ShareWithoutMarket_FailsAndSaysWhy()
    {
        Claim claim = SeedClaims.Build("x", "火山引擎", "火山引擎", "46.4%", MetricBasis.MaasTokenVolume);

        NormalizationResult result = Pipeline.Normalize(claim);

        result.Success.Should().BeFalse();
        result.Failure!.Code.Should().Be("share.missing-market");
        result.Failure.Claim.Should().BeSameAs(claim);
    }

    // Synergy shares as published: https://www.lightwaveonline.com/home/article/55337257/amazon-microsoft-and-google-command-63-of-the-cloud-infrastructure-services-market
    // (rows real-112, real-113 of the real claims file) and https://yourstory.com/2025/10/amazon-cloud-strength-drives-q3-earnings-andy-jassy (hold-056).
    private const string WorldwideQuote = "In the third quarter, their worldwide market shares were 29%, 20% and 13% respectively.";
    private const string GlobalQuote = "Amazon continues to lead the global cloud infrastructure market, holding a 30% share as of Q2 2025, ahead of Microsoft (20%) and Google (13%), according to Synergy Research Group.";
    private const string NoRegionQuote = "Amazon, Microsoft and Google together now make up 63% of enterprise spending on cloud infrastructure services in the third quarter.";

    private static Claim CloudShare(string? scopeNotes, string? quote, MetricBasis? basis = null, Market? market = null) =>
        new("x", "Synergy", "Amazon", QuantityParser.Default.Parse("30%").Value, basis ?? MetricBasis.CloudInfrastructureRevenue)
        {
            Period = ReportingPeriod.Quarter(2025, 2),
            Market = market,
            ScopeNotes = scopeNotes,
            Quote = quote,
        };

    [Theory]
    [InlineData("worldwide share: Amazon, Microsoft, Google respectively", WorldwideQuote, "worldwide")]
    [InlineData(null, GlobalQuote, "global")]
    [InlineData("global cloud infrastructure share; Microsoft (20%) and Google (13%)", GlobalQuote, "global")]
    public void A_cloud_infrastructure_share_that_says_worldwide_is_a_share_of_the_worldwide_market(string? scopeNotes, string quote, string cue)
    {
        ComparableRecord record = Pipeline.Normalize(CloudShare(scopeNotes, quote)).Records.Single();

        record.Market.Should().Be(Market.WorldCloudInfrastructure);
        record.Assumptions.Should().ContainSingle(n => n.Code == "market.inferred").Which.Message.Should().Contain($"'{cue}'");
        record.Value.Value.Should().Be(Interval.Exactly(30m));
    }

    [Theory]
    [InlineData(null, NoRegionQuote)]
    [InlineData("group", null)]
    [InlineData(null, null)]
    public void A_cloud_infrastructure_share_that_names_no_region_still_needs_its_market(string? scopeNotes, string? quote) =>
        Pipeline.Normalize(CloudShare(scopeNotes, quote)).Failure!.Code.Should().Be("share.missing-market");

    [Fact]
    public void A_worldwide_share_mutated_by_a_narrowing_word_or_another_basis_still_needs_its_market()
    {
        string[] narrowing = ["China's ", "Asia-Pacific ", "excluding China, ", "outside the US, ", "中国", "日本の", "除中国外"];
        Gen.Int[0, narrowing.Length - 1].SelectMany(w => Gen.Int[0, GlobalQuote.Length].SelectMany(at => Gen.Bool.Select(inNotes => (w, at, inNotes)))).Sample(x =>
        {
            // At the start of a word of the quote: a Latin word glued into another ("AChina's") is not that word.
            int at = x.at == 0 ? 0 : GlobalQuote.LastIndexOf(' ', x.at - 1) + 1;
            string mutated = GlobalQuote[..at] + narrowing[x.w] + GlobalQuote[at..];
            Claim claim = x.inNotes ? CloudShare(narrowing[x.w] + "global cloud infrastructure share", GlobalQuote) : CloudShare(null, mutated);
            NormalizationResult result = Pipeline.Normalize(claim);
            return result.Failure?.Code == "share.missing-market"
                ? true
                : throw new InvalidOperationException($"'{claim.ScopeNotes}' / '{claim.Quote}' read as a share of {result.Records[0].Market}");
        }, iter: 500);

        NormalizationResult otherBasis = Pipeline.Normalize(CloudShare("worldwide share", WorldwideQuote, MetricBasis.MaasTokenVolume));
        otherBasis.Failure!.Code.Should().Be("share.missing-market");
        Pipeline.Normalize(CloudShare("worldwide share", WorldwideQuote, market: Market.ChinaCloud)).Records.Single().Market.Should().Be(Market.ChinaCloud);
    }

    [Fact]
    public void Normalize_NearlyHalf_IsClosedAtZero()
    {
        Claim claim = SeedClaims.Build("x", "火山引擎", "火山引擎", "近半", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm);

        ComparableRecord record = Pipeline.Normalize(claim).Records.Single();

        record.Value.Value.Should().Be(new Interval(Bound.Inclusive(0m), Bound.Exclusive(50m)));
        record.Conversions.Select(c => c.Code).Should().Contain("share.bounded");
    }

    [Fact]
    public void Normalize_DimensionTheBasisDoesNotTake_Fails()
    {
        Claim claim = SeedClaims.Build("x", "火山引擎", "火山引擎", "20ms", MetricBasis.MaasTokenVolume);

        Pipeline.Normalize(claim).Failure!.Code.Should().Be("dimension.not-accepted");
    }

    [Fact]
    public void Normalize_ReportingCurrencyWithoutRate_FailsClearly_AndWithRateConverts()
    {
        Claim claim = SeedClaims.Build("x", "AWS", "AWS", "US$1.5 billion", MetricBasis.FullStackCloudRevenue, period: ReportingPeriod.Year(2024));
        var noRates = NormalizationPipeline.CreateDefault(new NormalizationContext { ReportingCurrency = "CNY" });
        var withRate = NormalizationPipeline.CreateDefault(new NormalizationContext
        {
            ReportingCurrency = "CNY",
            FxRates = new InMemoryFxRateProvider([new FxRate("USD", "CNY", 7.1884m, new DateOnly(2024, 12, 31), "PBoC central parity")]),
        });

        noRates.Normalize(claim).Failure!.Code.Should().Be("fx.missing-rate");
        ComparableRecord record = withRate.Normalize(claim).Records.Single();
        record.Value.Value.Should().Be(Interval.Exactly(10_782_600_000m));
        record.Value.Unit.Should().Be(Units.Cny);
        record.Conversions.Should().Contain(n => n.Code == "fx.converted" && n.Message.Contains("2024-12-31") && n.Message.Contains("PBoC"));
    }

    [Fact]
    public void Normalize_UnknownBasis_FailsWithNoNormalizer()
    {
        var basis = new MetricBasis("gpu-rental-revenue", "GPU rental revenue", "Revenue from renting GPUs.", [Dimension.Money]);
        Claim claim = SeedClaims.Build("x", "a", "b", "5亿元", basis);

        Pipeline.Normalize(claim).Failure!.Code.Should().Be("normalizer.none");
    }

    [Fact]
    public void Normalize_ThrowingPlugin_BecomesAFailureOfThatClaim()
    {
        var pipeline = new NormalizationPipeline([new ThrowingNormalizer()]);
        Claim claim = SeedClaims.ById("seed-09");

        NormalizationResult result = pipeline.Normalize(claim);

        result.Failure!.Code.Should().Be("normalizer.failed");
        result.Failure.Message.Should().Contain("boom");
    }

    [Fact]
    public void Constructor_TwoNormalizersForOneBasisAtOnePriority_Throws()
    {
        Action act = () => _ = new NormalizationPipeline([new TokenVolumeNormalizer(), new ThrowingNormalizer()]);

        act.Should().Throw<MarketMetricsConfigurationException>().WithMessage("*maas-token-volume*Priority*");
    }

    [Fact]
    public void Normalize_HigherPriorityPlugin_IsAskedBeforeTheBuiltIn()
    {
        var pipeline = new NormalizationPipeline([new TokenVolumeNormalizer(), new ThrowingNormalizer(priority: 5)]);

        pipeline.Normalizers[0].Should().BeOfType<ThrowingNormalizer>();
        pipeline.Normalize(SeedClaims.ById("seed-09")).Failure!.Code.Should().Be("normalizer.failed");
    }

    [Fact]
    public void NormalizeAll_YieldsOneResultPerClaim_InOrder()
    {
        Claim[] claims = [.. SeedClaims.All, SeedClaims.Build("bad", "a", "b", "46.4%", MetricBasis.MaasTokenVolume)];

        NormalizationResult[] results = [.. Pipeline.NormalizeAll(claims)];

        results.Select(r => r.Claim.Id).Should().Equal(claims.Select(c => c.Id));
        results.Count(r => !r.Success).Should().Be(1);
    }

    [Fact]
    public void Normalize_SameClaimTwice_GivesEqualRecords_ForRandomFigures()
    {
        string[] printed = ["超5000億Tokens", "536.7萬億Tokens", "0.0008元/千Tokens", "5-6億元", "20-40ms", "500萬TPM", "17.7%", "约十家", "137倍"];
        MetricBasis[] bases = [MetricBasis.MaasTokenVolume, MetricBasis.OwnProductsTokenConsumption, MetricBasis.ModelUnitPrice, MetricBasis.MaasRevenue,
            MetricBasis.ServingLatency, MetricBasis.ServingCapacity, MetricBasis.SelfDevelopedModelTokenShare, MetricBasis.VendorCount, MetricBasis.GrowthMultiple];
        Gen.Select(Gen.Int[0, printed.Length - 1], Gen.Int[0, bases.Length - 1], Gen.Int[0, 3], Gen.Int[0, 4]).Sample(t =>
        {
            var (figure, basis, period, aggregation) = t;
            Claim claim = SeedClaims.Build("p", "火山引擎", "豆包", printed[figure], bases[basis], Market.ChinaPublicCloudLlm,
                period switch { 0 => null, 1 => ReportingPeriod.Half(2025, 1), 2 => ReportingPeriod.Year(2024), _ => ReportingPeriod.Quarter(2025, 3) },
                (Aggregation)aggregation);
            NormalizationResult first = Pipeline.Normalize(claim);
            NormalizationResult second = Pipeline.Normalize(claim);
            return first.Success == second.Success
                && (first.Success ? first.Records.SequenceEqual(second.Records) : first.Failure!.Equals(second.Failure));
        }, iter: 500);
    }

    private sealed class ThrowingNormalizer(int priority = 0) : IClaimNormalizer
    {
        public IReadOnlyCollection<string> BasisIds => [MetricBasis.MaasTokenVolume.Id];

        public int Priority => priority;

        public bool CanNormalize(Claim claim) => claim.Basis.Id == MetricBasis.MaasTokenVolume.Id;

        public NormalizationResult Normalize(Claim claim, NormalizationContext context) => throw new InvalidOperationException("boom");
    }
}
