using MarketMetrics.Normalization;

namespace MarketMetrics.Testing.Tests;

/// <summary>Every built-in normalizer keeps the contract the Testing package asks of custom ones (the xunit v2 adapter).</summary>
public sealed class BuiltInNormalizerContracts
{
    private static readonly Dictionary<string, ClaimNormalizerContract> Contracts = new()
    {
        [nameof(TokenVolumeNormalizer)] = new(() => new TokenVolumeNormalizer(),
        [
            new ClaimBuilder().By("IDC").About("market").WithValue("536.7萬億Tokens").Build(),
            new ClaimBuilder().By("火山引擎").WithValue("46.4%").ForPeriod(null).Build(),
            new ClaimBuilder().By("豆包").OnBasis(MetricBasis.OwnProductsTokenConsumption).WithValue("超16.4萬億Tokens").Aggregated(Aggregation.DailyAverage).Build(),
        ]),
        [nameof(RevenueNormalizer)] = new(() => new RevenueNormalizer(),
        [
            new ClaimBuilder().By("阿里云").OnBasis(MetricBasis.FullStackCloudRevenue).WithValue("超800億元").ForPeriod("2024年").Build(),
            new ClaimBuilder().By("阿里云").OnBasis(MetricBasis.FullStackCloudRevenue).WithValue("RMB 80 billion").ForPeriod("FY2024@alibaba").Build(),
        ]),
        [nameof(TenderWinsNormalizer)] = new(() => new TenderWinsNormalizer(),
        [
            new ClaimBuilder().By("百度").OnBasis(MetricBasis.LlmTenderWinsByCount.WithScope(ScopeKeys.Measure, TenderWinsNormalizer.CountAndAmount))
                .WithValue("第一").InMarket(Market.ChinaLlmTenders).Build(),
        ]),
        [nameof(UnitPriceNormalizer)] = new(() => new UnitPriceNormalizer(),
            [new ClaimBuilder().By("豆包").OnBasis(MetricBasis.ModelUnitPrice).WithValue("0.0008元/千Tokens").Build()]),
        [nameof(CapacityNormalizer)] = new(() => new CapacityNormalizer(),
            [new ClaimBuilder().OnBasis(MetricBasis.ServingCapacity).WithValue("500萬TPM").Build()]),
        [nameof(LatencyNormalizer)] = new(() => new LatencyNormalizer(),
            [new ClaimBuilder().OnBasis(MetricBasis.ServingLatency).WithValue("20-40ms").Build()]),
        [nameof(MarketStructureNormalizer)] = new(() => new MarketStructureNormalizer(),
        [
            new ClaimBuilder().About("market").OnBasis(MetricBasis.VendorCount).WithValue("約十家").InMarket(Market.ChinaCloud).Build(),
            new ClaimBuilder().About("豆包").OnBasis(MetricBasis.GrowthMultiple).WithValue("137倍").Build(),
        ]),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string normalizer in Contracts.Keys)
        {
            foreach (object[] check in ClaimNormalizerContract.Checks)
            {
                cases.Add(normalizer, (string)check[0]);
            }
        }

        return cases;
    }

    [Fact]
    public void EveryBuiltInNormalizer_HasAContract()
    {
        Contracts.Keys.Should().BeEquivalentTo(BuiltInNormalizers.Create().Select(n => n.GetType().Name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Holds(string normalizer, string check) => Contracts[normalizer].Verify(check);
}
