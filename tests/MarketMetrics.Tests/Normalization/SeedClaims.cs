using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Normalization;

/// <summary>The article's figures as claims, each figure parsed from its printed wording.</summary>
internal static class SeedClaims
{
    private static readonly Publisher Article = new("Sept 2025 AI-cloud article", PublisherKind.Media);

    public static Claim Build(string id, string claimant, string subject, string printed, MetricBasis basis, Market? market = null,
        ReportingPeriod? period = null, Aggregation aggregation = Aggregation.Unspecified, FigureStatus status = FigureStatus.Reported) =>
        new(id, claimant, subject, QuantityParser.Default.Parse(printed).Value, basis)
        {
            Market = market,
            Period = period,
            Aggregation = aggregation,
            Status = status,
            Publisher = Article,
            Quote = printed,
        };

    public static IReadOnlyList<Claim> All { get; } =
    [
        Build("seed-01", "火山引擎", "火山引擎", "46.4%", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm),
        Build("seed-02", "media", "market", "約十家", MetricBasis.VendorCount, Market.ChinaCloud),
        Build("seed-03", "百度", "百度智能云", "第一", MetricBasis.LlmTenderWinsByCount.WithScope(ScopeKeys.Measure, "count-and-amount"), Market.ChinaLlmTenders, ReportingPeriod.Half(2025, 1)),
        Build("seed-04", "火山引擎", "豆包", "20-40ms", MetricBasis.ServingLatency),
        Build("seed-05", "火山引擎", "火山引擎", "500萬TPM", MetricBasis.ServingCapacity),
        Build("seed-06", "火山引擎", "火山引擎", "1萬用戶", MetricBasis.ServingCapacity.WithScope(ScopeKeys.Measure, "users-served").WithScope(ScopeKeys.PerUserLoad, "500 token/min")),
        Build("seed-07", "火山引擎", "豆包", "0.0008元/千Tokens", MetricBasis.ModelUnitPrice.WithScope(ScopeKeys.TokenDirection, "input"), period: ReportingPeriod.Month(2024, 5)),
        Build("seed-08b", "火山引擎", "豆包", "超5000億Tokens", MetricBasis.OwnProductsTokenConsumption, aggregation: Aggregation.DailyAverage),
        Build("seed-09", "IDC", "market", "536.7萬億Tokens", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm, ReportingPeriod.Half(2025, 1)),
        Build("seed-10", "media", "market", "5-6億元", MetricBasis.MaasRevenue, Market.ChinaPublicCloudLlm, ReportingPeriod.Year(2025), status: FigureStatus.Estimate),
        Build("seed-11", "media", "阿里云", "超800億元", MetricBasis.FullStackCloudRevenue, period: ReportingPeriod.Year(2024)),
        Build("seed-13", "火山引擎", "豆包", "超16.4萬億Tokens", MetricBasis.OwnProductsTokenConsumption, aggregation: Aggregation.DailyAverage),
        Build("seed-15a", "沙利文", "通义", "17.7%", MetricBasis.SelfDevelopedModelTokenShare, Market.ChinaLlm, ReportingPeriod.Half(2025, 1), Aggregation.DailyAverage),
    ];

    public static Claim ById(string id) => All.Single(c => c.Id == id);
}
