using MarketMetrics;
using MarketMetrics.Testing;

namespace GpuRental.Tests;

public class GpuRentalNormalizerTests
{
    private static readonly ClaimNormalizerContract Contract = new(
        () => new GpuRentalNormalizer(),
        [
            new ClaimBuilder().By("CoreWeave").OnBasis(GpuRentalNormalizer.Basis).WithValue("超19亿美元").ForPeriod("2024年").Build(),
            new ClaimBuilder().By("阿里云").OnBasis(GpuRentalNormalizer.Basis).WithValue("5亿元").Build(),
        ]);

    // The whole contract, one test case per check.
    [Theory]
    [MemberData(nameof(ClaimNormalizerContract.Checks), MemberType = typeof(ClaimNormalizerContract))]
    public void KeepsTheNormalizerContract(string check) => Contract.Verify(check);

    [Fact]
    public void OverOnePointNineBillionDollars_IsAnOpenIntervalInDollars()
    {
        Claim claim = new ClaimBuilder().By("CoreWeave").OnBasis(GpuRentalNormalizer.Basis).WithValue("超19亿美元").ForPeriod("2024年").Build();

        ComparableRecord record = new GpuRentalNormalizer().Normalize(claim, MarketMetrics.Normalization.NormalizationContext.Default).Records.Single();

        record.Low.Should().Be(1_900_000_000m);
        record.High.Should().BeNull();
        record.Value.Unit.Symbol.Should().Be("USD");
        record.Warnings.Select(w => w.Code).Should().Contain("gpu.hours-unstated");
    }
}
