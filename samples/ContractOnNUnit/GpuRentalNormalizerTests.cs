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
    [TestCaseSource(typeof(ClaimNormalizerContract), nameof(ClaimNormalizerContract.Checks))]
    public void KeepsTheNormalizerContract(string check) => Contract.Verify(check);

    [Test]
    public void WithoutAPeriod_FailsWithItsCode()
    {
        Claim claim = new ClaimBuilder().By("CoreWeave").OnBasis(GpuRentalNormalizer.Basis).WithValue("超19亿美元").ForPeriod(null).Build();

        var result = new GpuRentalNormalizer().Normalize(claim, MarketMetrics.Normalization.NormalizationContext.Default);

        result.Failure!.Code.Should().Be("gpu.no-period");
        result.Records.Should().BeEmpty();
    }
}
