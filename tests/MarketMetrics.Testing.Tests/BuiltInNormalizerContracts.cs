using MarketMetrics.Normalization;

namespace MarketMetrics.Testing.Tests;

// Every built-in normalizer keeps the contract the Testing package asks of custom ones.
public sealed class TokenVolumeNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new TokenVolumeNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
    [
        new ClaimBuilder().By("IDC").About("market").WithValue("536.7萬億Tokens").Build(),
        new ClaimBuilder().By("火山引擎").WithValue("46.4%").ForPeriod(null).Build(),
        new ClaimBuilder().By("豆包").OnBasis(MetricBasis.OwnProductsTokenConsumption).WithValue("超16.4萬億Tokens").Aggregated(Aggregation.DailyAverage).Build(),
    ];
}

public sealed class RevenueNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new RevenueNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
    [
        new ClaimBuilder().By("阿里云").OnBasis(MetricBasis.FullStackCloudRevenue).WithValue("超800億元").ForPeriod("2024年").Build(),
        new ClaimBuilder().By("阿里云").OnBasis(MetricBasis.FullStackCloudRevenue).WithValue("RMB 80 billion").ForPeriod("FY2024@alibaba").Build(),
    ];
}

public sealed class TenderWinsNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new TenderWinsNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
    [
        new ClaimBuilder().By("百度").OnBasis(MetricBasis.LlmTenderWinsByCount.WithScope(ScopeKeys.Measure, TenderWinsNormalizer.CountAndAmount))
            .WithValue("第一").InMarket(Market.ChinaLlmTenders).Build(),
    ];
}

public sealed class UnitPriceNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new UnitPriceNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
        [new ClaimBuilder().By("豆包").OnBasis(MetricBasis.ModelUnitPrice).WithValue("0.0008元/千Tokens").Build()];
}

public sealed class CapacityNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new CapacityNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
        [new ClaimBuilder().OnBasis(MetricBasis.ServingCapacity).WithValue("500萬TPM").Build()];
}

public sealed class LatencyNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new LatencyNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
        [new ClaimBuilder().OnBasis(MetricBasis.ServingLatency).WithValue("20-40ms").Build()];
}

public sealed class MarketStructureNormalizerContract : ClaimNormalizerContractTests
{
    protected override IClaimNormalizer CreateNormalizer() => new MarketStructureNormalizer();

    protected override IEnumerable<Claim> ValidClaims() =>
    [
        new ClaimBuilder().About("market").OnBasis(MetricBasis.VendorCount).WithValue("約十家").InMarket(Market.ChinaCloud).Build(),
        new ClaimBuilder().About("豆包").OnBasis(MetricBasis.GrowthMultiple).WithValue("137倍").Build(),
    ];
}
