namespace MarketMetrics.Tests.Seed;

/// <summary>Every figure of the September 2025 AI-cloud article, represented exactly in the core model.</summary>
public class SeedFigureTests
{
    private static readonly ScaleWord Wan = new("萬", 10_000m);
    private static readonly ScaleWord Yi = new("億", 100_000_000m);
    private static readonly ScaleWord WanYi = new("萬億", 1_000_000_000_000m);

    [Fact]
    public void Figure01_VolcanoShare_IsAPointShareOfChinaPublicCloudLlmTokens_WithNoPeriod()
    {
        var claim = new Claim("seed-01", "volcano-engine", "volcano-engine",
            new Figure(Interval.Exactly(46.4m), MarketMetrics.Units.Percent, text: "46.4%"), MetricBasis.MaasTokenVolume)
        {
            Market = Market.ChinaPublicCloudLlm,
            Quote = "占中國公有云大模型市場份額46.4%",
        };

        claim.Figure.ToCanonical().Value.Should().Be(Interval.Exactly(46.4m));
        claim.Figure.Unit.Symbol.Should().Be("%");
        claim.Period.Should().BeNull();
        claim.Basis.Scope[ScopeKeys.InternalBusinessCalls].Should().Be(ScopeKeys.Excluded);
    }

    [Fact]
    public void Figure02_AboutTenVendors_IsApproximate()
    {
        var figure = new Figure(Interval.Exactly(10m), MarketMetrics.Units.Count, FigureQualifier.About, text: "約十家");

        figure.IsApproximate.Should().BeTrue();
        figure.Value.Should().Be(Interval.Exactly(10m));
    }

    [Fact]
    public void Figure03_BaiduTenderWins_AreRankOneOnTwoMeasuresForH1()
    {
        var byCount = new Claim("seed-03a", "baidu", "baidu", new Figure(Interval.Exactly(1m), MarketMetrics.Units.Count), MetricBasis.LlmTenderWinsByCount)
        {
            Period = ReportingPeriod.Half(2025, 1),
            Market = Market.ChinaLlmTenders,
        };

        byCount.Period!.Days.Should().Be(181);
        byCount.Basis.Should().NotBe(MetricBasis.LlmTenderWinsByAmount);
    }

    [Fact]
    public void Figure04_Latency20To40ms_IsTwoHundredthsToFourHundredthsOfASecond()
    {
        var figure = new Figure(Interval.Closed(20m, 40m), MarketMetrics.Units.Millisecond, FigureQualifier.Range, text: "20-40ms");

        figure.ToCanonical().Value.Should().Be(Interval.Closed(0.02m, 0.04m));
        figure.ToCanonical().Unit.Symbol.Should().Be("s");
    }

    [Fact]
    public void Figure05_FiveMillionTpm_IsExact()
    {
        var figure = new Figure(Interval.Exactly(500m).Scale(Wan.Multiplier), MarketMetrics.Units.TokensPerMinute, scale: Wan, text: "500萬初始並發TPM");

        figure.Value.Should().Be(Interval.Exactly(5_000_000m));
        figure.Unit.Symbol.Should().Be("token/min");
        figure.Scale!.Text.Should().Be("萬");
    }

    [Fact]
    public void Figure06_TenThousandUsers_ImpliesFiveHundredTpmEach()
    {
        var users = new Figure(Interval.Exactly(1m).Scale(Wan.Multiplier), MarketMetrics.Units.Count, scale: Wan, text: "1萬用戶");

        Interval.Exactly(5_000_000m).Divide(users.Value).Should().Be(Interval.Exactly(500m));
    }

    [Fact]
    public void Figure07_DoubaoPrice_IsExactlyEightTenMillionthsOfAYuanPerToken()
    {
        var figure = new Figure(Interval.Exactly(0.0008m), MarketMetrics.Units.PricePerThousandTokens("CNY"), text: "0.0008元/千Tokens");

        Figure perToken = figure.ToCanonical();

        perToken.Value.Should().Be(Interval.Exactly(0.0000008m));
        perToken.Unit.Symbol.Should().Be("CNY/token");
        figure.ConvertTo(MarketMetrics.Units.PricePerMillionTokens("CNY")).Value.Should().Be(Interval.Exactly(0.8m));
    }

    [Fact]
    public void Figure08_CallVolumeBeforeAndAfter_IsAPointThenALowerBound()
    {
        var before = new Figure(Interval.Exactly(1200m * Yi.Multiplier), MarketMetrics.Units.Token, scale: Yi, text: "1200億Tokens");
        var after = new Figure(Interval.GreaterThan(5000m * Yi.Multiplier), MarketMetrics.Units.Token, FigureQualifier.Over, Yi, "超5000億Tokens");

        before.Value.Should().Be(Interval.Exactly(120_000_000_000m));
        after.Value.Low.Should().Be(Bound.Exclusive(500_000_000_000m));
        after.Value.High.IsUnbounded.Should().BeTrue();
    }

    [Fact]
    public void Figure09_IdcVolume_IsATotalOverH1_2025()
    {
        var claim = new Claim("seed-09", "idc", "market",
            new Figure(Interval.Exactly(536.7m).Scale(WanYi.Multiplier), MarketMetrics.Units.Token, scale: WanYi, text: "536.7萬億Tokens"),
            MetricBasis.MaasTokenVolume)
        {
            Period = ReportingPeriod.Half(2025, 1),
            Aggregation = Aggregation.Total,
            Publisher = new Publisher("IDC", PublisherKind.Analyst),
        };

        claim.Figure.Value.Should().Be(Interval.Exactly(536_700_000_000_000m));
        claim.Period!.Start.Should().Be(new DateOnly(2025, 1, 1));
        claim.Period.End.Should().Be(new DateOnly(2025, 7, 1));
        Interval daily = claim.Period.TotalToDailyAverage(claim.Figure.Value);
        daily.Contains(536_700_000_000_000m / 181m).Should().BeTrue();
        decimal.Round(daily.Low.Value / 1_000_000_000_000m, 2).Should().Be(2.97m);
    }

    [Fact]
    public void Figure10_MaasMarketEstimate_IsARangeOfYuanForAYear()
    {
        var claim = new Claim("seed-10", "media", "market",
            new Figure(Interval.Closed(5m, 6m).Scale(Yi.Multiplier), MarketMetrics.Units.Cny, FigureQualifier.Range, Yi, "5-6億元"),
            MetricBasis.MaasRevenue)
        { Status = FigureStatus.Estimate };

        claim.Figure.Value.Should().Be(Interval.Closed(500_000_000m, 600_000_000m));
        claim.Status.Should().Be(FigureStatus.Estimate);
    }

    [Fact]
    public void Figure11_AlibabaRevenue_IsAnOpenLowerBoundForCalendar2024()
    {
        var claim = new Claim("seed-11", "media", "alibaba-cloud",
            new Figure(Interval.GreaterThan(800m * Yi.Multiplier), MarketMetrics.Units.Cny, FigureQualifier.Over, Yi, "超800億元"),
            MetricBasis.FullStackCloudRevenue)
        { Period = ReportingPeriod.Year(2024), Aggregation = Aggregation.Total };

        claim.Figure.Value.Should().Be(Interval.GreaterThan(80_000_000_000m));
        claim.Figure.Unit.Symbol.Should().Be("CNY");
        claim.Period!.Days.Should().Be(366);
        claim.Basis.Scope[ScopeKeys.Iaas].Should().Be(ScopeKeys.Included);
    }

    [Theory]
    [InlineData("100倍", 100, FigureStatus.Forecast)]
    [InlineData("137倍", 137, FigureStatus.Reported)]
    public void Figures12And14_GrowthMultiples(string text, int multiple, FigureStatus status)
    {
        var claim = new Claim("seed-x", "volcano-engine", "doubao", new Figure(Interval.Exactly(multiple), MarketMetrics.Units.Multiple, text: text), MetricBasis.GrowthMultiple)
        { Status = status };

        claim.Figure.Value.Should().Be(Interval.Exactly(multiple));
        claim.Figure.Unit.Symbol.Should().Be("x");
        claim.Status.Should().Be(status);
    }

    [Fact]
    public void Figure13_DoubaoDailyUse_IsAnOpenLowerBoundPerDay_OnTheOwnProductsBasis()
    {
        var claim = new Claim("seed-13", "volcano-engine", "doubao",
            new Figure(Interval.GreaterThan(16.4m).Scale(WanYi.Multiplier), MarketMetrics.Units.Token, FigureQualifier.Over, WanYi, "超16.4萬億"),
            MetricBasis.OwnProductsTokenConsumption)
        { Aggregation = Aggregation.DailyAverage };

        claim.Figure.Value.Should().Be(Interval.GreaterThan(16_400_000_000_000m));
        claim.Aggregation.Should().Be(Aggregation.DailyAverage);
        claim.Basis.Scope[ScopeKeys.InternalBusinessCalls].Should().Be(ScopeKeys.Included);
    }

    [Theory]
    [InlineData("alibaba-cloud", "17.7")]
    [InlineData("bytedance", "14.1")]
    [InlineData("deepseek", "10.3")]
    public void Figure15_SelfDevelopedShares_AreOnADifferentBasisFromFigure01(string subject, string share)
    {
        decimal value = decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture);
        var claim = new Claim("seed-15-" + subject, "frost-sullivan", subject, new Figure(Interval.Exactly(value), MarketMetrics.Units.Percent), MetricBasis.SelfDevelopedModelTokenShare)
        {
            Period = ReportingPeriod.Half(2025, 1),
            Aggregation = Aggregation.DailyAverage,
            Market = Market.ChinaLlm,
        };

        claim.Figure.Value.Should().Be(Interval.Exactly(value));
        claim.Basis.Should().NotBe(MetricBasis.MaasTokenVolume);
        claim.Market.Should().NotBe(Market.ChinaPublicCloudLlm);
    }

    [Fact]
    public void Figure09And07_ReproduceTheArticlesHalfYearRevenue()
    {
        Interval tokens = Interval.Exactly(536.7m).Scale(WanYi.Multiplier);
        Interval pricePerToken = MarketMetrics.Units.PricePerThousandTokens("CNY").Convert(Interval.Exactly(0.0008m), MarketMetrics.Units.PricePerToken("CNY"));

        Interval revenue = tokens.Multiply(pricePerToken);

        revenue.Should().Be(Interval.Exactly(429_360_000m));
    }
}
