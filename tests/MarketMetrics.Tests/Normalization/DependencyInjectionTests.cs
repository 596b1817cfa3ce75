using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace MarketMetrics.Tests.Normalization;

/// <summary>Registration through the real Microsoft.Extensions.DependencyInjection container.</summary>
public class DependencyInjectionTests
{
    private static readonly MetricBasis GpuRentalRevenue =
        new("gpu-rental-revenue", "GPU rental revenue", "Revenue from renting out GPUs by the hour.", [Dimension.Money]);

    [Fact]
    public void AddMarketMetrics_ResolvesAWorkingPipelineWithEveryBuiltInNormalizer()
    {
        using ServiceProvider provider = new ServiceCollection().AddMarketMetrics().Services.BuildServiceProvider(validateScopes: true);

        NormalizationPipeline pipeline = provider.GetRequiredService<NormalizationPipeline>();

        pipeline.Normalizers.Should().HaveCount(BuiltInNormalizers.Create().Count);
        pipeline.Normalize(SeedClaims.ById("seed-09")).Records[0].Value.Value.Should().Be(Interval.Exactly(536_700_000_000_000m));
        provider.GetRequiredService<QuantityParser>().Should().BeSameAs(QuantityParser.Default);
        provider.GetRequiredService<PeriodParser>().Parse("2025上半年").Value.Period!.Days.Should().Be(181);
    }

    [Fact]
    public void AddMarketMetrics_Twice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddMarketMetrics();
        int once = services.Count;

        services.AddMarketMetrics();

        services.Count.Should().Be(once);
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetServices<IClaimNormalizer>().Should().HaveCount(BuiltInNormalizers.Create().Count);
    }

    [Fact]
    public void AddNormalizer_CustomBasisAndNormalizer_TakePartInThePipeline()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddBasis(GpuRentalRevenue)
            .AddNormalizer<GpuRentalNormalizer>()
            .AddNormalizer<GpuRentalNormalizer>()
            .AddVendorAliases(new Entity("coreweave", EntityKind.Vendor), "CoreWeave", "酷维")
            .Services.BuildServiceProvider();

        NormalizationPipeline pipeline = provider.GetRequiredService<NormalizationPipeline>();
        var claim = new Claim("g1", "CoreWeave", "酷维", QuantityParser.Default.Parse("$1.9 billion").Value, GpuRentalRevenue)
        {
            Period = ReportingPeriod.Year(2024),
        };

        ComparableRecord record = pipeline.Normalize(claim).Records.Single();

        record.Subject.Should().Be("coreweave");
        record.Warnings.Select(w => w.Code).Should().Contain("gpu.hours-unstated");
        pipeline.Normalizers.OfType<GpuRentalNormalizer>().Should().ContainSingle();
        provider.GetRequiredService<MetricBasisRegistry>().TryFind("gpu-rental-revenue", out MetricBasis? found).Should().BeTrue();
        found.Should().Be(GpuRentalRevenue);
    }

    [Fact]
    public void AddFxRates_AndReportingCurrency_ConvertThroughTheContainer()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddFxRates([new FxRate("USD", "CNY", 7m, new DateOnly(2024, 12, 31), "test")])
            .UseReportingCurrency("CNY")
            .Services.BuildServiceProvider();
        var claim = new Claim("a", "aws", "aws", QuantityParser.Default.Parse("$2 billion").Value, MetricBasis.FullStackCloudRevenue)
        {
            Period = ReportingPeriod.Year(2024),
        };

        ComparableRecord record = provider.GetRequiredService<NormalizationPipeline>().Normalize(claim).Records.Single();

        record.Value.Value.Should().Be(Interval.Exactly(14_000_000_000m));
    }

    [Fact]
    public void Misconfiguration_TwoNormalizersForOneBasis_FailsAtFirstResolveWithAFix()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddNormalizer<SecondTokenVolumeNormalizer>()
            .Services.BuildServiceProvider();

        Action act = () => provider.GetRequiredService<NormalizationPipeline>();

        act.Should().Throw<MarketMetricsConfigurationException>().WithMessage("*higher Priority*");
    }

    [Fact]
    public void Misconfiguration_ClashingAlias_FailsAtFirstResolve()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddVendorAliases(new Entity("someone-else", EntityKind.Vendor), "火山引擎")
            .Services.BuildServiceProvider();

        Action act = () => provider.GetRequiredService<NormalizationContext>();

        act.Should().Throw<MarketMetricsConfigurationException>().WithMessage("*火山引擎*volcano-engine*");
    }

    [Fact]
    public void Misconfiguration_BasisIdDefinedTwice_FailsAtFirstResolve()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddBasis(new MetricBasis("maas-token-volume", "Something else", "Not the MaaS basis.", [Dimension.Count]))
            .Services.BuildServiceProvider();

        Action act = () => provider.GetRequiredService<MetricBasisRegistry>();

        act.Should().Throw<MarketMetricsConfigurationException>().WithMessage("*maas-token-volume*");
    }

    public sealed class GpuRentalNormalizer() : ClaimNormalizer(["gpu-rental-revenue"])
    {
        protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
        {
            draft.Warnings.Add(new RecordNote("gpu.hours-unstated", "GPU hours sold are not stated."));
            return NormalizationResult.Normalized(claim, draft.Build());
        }
    }

    public sealed class SecondTokenVolumeNormalizer() : ClaimNormalizer([MetricBasis.MaasTokenVolume.Id])
    {
        protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context) =>
            NormalizationResult.Normalized(claim, draft.Build());
    }
}
