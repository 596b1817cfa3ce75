using System.Text;
using MarketMetrics.Csv;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MarketMetrics.Tests.Normalization;

/// <summary>Options, configuration binding and start-up validation through the real generic host and container.</summary>
public class OptionsAndHostingTests
{
    private static readonly MetricBasis GpuRentalRevenue =
        new("gpu-rental-revenue", "GPU rental revenue", "Revenue from renting out GPUs by the hour.", [Dimension.Money]);

    [Fact]
    public async Task HostStart_TwoNormalizersForOneBasisAtOnePriority_FailsBeforeAnyClaimWithTheFix()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketMetrics().AddNormalizer<DependencyInjectionTests.SecondTokenVolumeNormalizer>();
        using IHost host = builder.Build();

        Func<Task> start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Be(
            "MarketMetrics is misconfigured: TokenVolumeNormalizer and SecondTokenVolumeNormalizer both handle basis 'maas-token-volume' with priority 0. "
            + "Give the one that should win a higher Priority (ClaimNormalizerOptions.Priority), or register only one.");
    }

    [Fact]
    public void StartupValidator_WithoutAHost_ReportsTheSameMisconfiguration()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddBasis(new MetricBasis("maas-token-volume", "Something else", "Not the MaaS basis.", [Dimension.Count]))
            .Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Action validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().WithMessage("MarketMetrics is misconfigured: *maas-token-volume*");
    }

    [Fact]
    public async Task HostStart_AGoodConfiguration_Starts()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketMetrics().AddBasis(GpuRentalRevenue).AddNormalizer<DependencyInjectionTests.GpuRentalNormalizer>().AddCsv();
        using IHost host = builder.Build();

        await host.StartAsync();

        host.Services.GetRequiredService<NormalizationPipeline>().Normalizers.OfType<DependencyInjectionTests.GpuRentalNormalizer>().Should().ContainSingle();
        await host.StopAsync();
    }

    [Fact]
    public void AddMarketMetrics_FromConfiguration_ConvertsResolvesAliasesAndReadsFiscalYears()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MarketMetrics:ReportingCurrency"] = "CNY",
            ["MarketMetrics:FxRates:0:From"] = "USD",
            ["MarketMetrics:FxRates:0:To"] = "CNY",
            ["MarketMetrics:FxRates:0:Rate"] = "7.1884",
            ["MarketMetrics:FxRates:0:Date"] = "2024-12-31",
            ["MarketMetrics:FxRates:0:Source"] = "PBoC central parity",
            ["MarketMetrics:Aliases:0:Id"] = "coreweave",
            ["MarketMetrics:Aliases:0:Kind"] = "vendor",
            ["MarketMetrics:Aliases:0:Names:0"] = "CoreWeave",
            ["MarketMetrics:Aliases:0:Names:1"] = "酷维",
            ["MarketMetrics:FiscalCalendars:0:Id"] = "nvidia",
            ["MarketMetrics:FiscalCalendars:0:Name"] = "NVIDIA",
            ["MarketMetrics:FiscalCalendars:0:YearEnd"] = "01-31",
            ["MarketMetrics:FiscalCalendars:0:Aliases:0"] = "英伟达",
        }).Build();
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics(configuration.GetSection(MarketMetricsOptions.SectionName))
            .Services.BuildServiceProvider();
        var claim = new Claim("a", "酷维", "酷维", QuantityParser.Default.Parse("$2 billion").Value, MetricBasis.FullStackCloudRevenue)
        {
            Period = ReportingPeriod.Year(2024),
        };

        ComparableRecord record = provider.GetRequiredService<NormalizationPipeline>().Normalize(claim).Records.Single();
        ReportingPeriod fiscal = provider.GetRequiredService<PeriodParser>().Parse("英伟达FY2025").Value.Period!;

        record.Subject.Should().Be("coreweave");
        record.Value.Value.Should().Be(Interval.Exactly(14_376_800_000m));
        record.Value.Unit.Symbol.Should().Be("CNY");
        fiscal.Start.Should().Be(new DateOnly(2024, 2, 1));
        fiscal.End.Should().Be(new DateOnly(2025, 2, 1), "End is exclusive: the fiscal year ends on 31 January");
        provider.GetRequiredService<IOptions<MarketMetricsOptions>>().Value.FxRates.Should().ContainSingle().Which.Rate.Should().Be(7.1884m);
    }

    [Fact]
    public async Task HostStart_ConfigurationValuesThatDoNotParse_NameEveryPath()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MarketMetrics:ReportingCurency"] = "CNY",
            ["MarketMetrics:FxRates:0:From"] = "USD",
            ["MarketMetrics:FxRates:0:To"] = "CNY",
            ["MarketMetrics:FxRates:0:Rate"] = "7,1884",
            ["MarketMetrics:FxRates:0:Date"] = "2024-12-31",
            ["MarketMetrics:FxRates:0:Source"] = "PBoC",
            ["MarketMetrics:Aliases:0:Id"] = "coreweave",
            ["MarketMetrics:Aliases:0:Kind"] = "cloud",
        });
        builder.Services.AddMarketMetrics(builder.Configuration.GetSection("MarketMetrics"));
        using IHost host = builder.Build();

        Func<Task> start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Be(
            "MarketMetrics is misconfigured: MarketMetrics:ReportingCurency is not a MarketMetrics setting; the settings are ReportingCurrency, FxRates, Aliases, FiscalCalendars. "
            + "MarketMetrics:FxRates:0:Rate is '7,1884'; a rate is a positive decimal number such as 7.1884. "
            + "MarketMetrics:Aliases:0:Kind is 'cloud'; the kinds are vendor, model-family, publisher and market.");
    }

    [Fact]
    public void AddMarketMetrics_WithAnOptionsAction_AndTwoReportingCurrencies_FailsWithBoth()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics(options => options.ReportingCurrency = "USD")
            .UseReportingCurrency("CNY")
            .Services.BuildServiceProvider();

        Action resolve = () => provider.GetRequiredService<NormalizationPipeline>();

        resolve.Should().Throw<MarketMetricsConfigurationException>()
            .WithMessage("MarketMetrics is misconfigured: The reporting currency is set to both USD and CNY; records can be reported in one currency only.");
    }

    [Fact]
    public void AddCsv_ClaimsReader_SeesAddedBasesAndFiscalCalendars()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddBasis(GpuRentalRevenue)
            .AddNormalizer<DependencyInjectionTests.GpuRentalNormalizer>()
            .AddFiscalCalendar(new FiscalCalendar("nvidia", "NVIDIA", 1, 31), "英伟达")
            .AddCsv()
            .Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        string csv = "id,claimant,subject,basis,value,period\n"
            + "g1,CoreWeave,CoreWeave,gpu-rental-revenue,$1.9 billion,英伟达FY2025\n";

        ClaimRow row = provider.GetRequiredService<ClaimsCsvReader>().Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Single();

        row.Rejection.Should().BeNull();
        row.Claim!.Basis.Should().Be(GpuRentalRevenue);
        row.Claim.Period!.End.Should().Be(new DateOnly(2025, 2, 1), "End is exclusive: the fiscal year ends on 31 January");
        provider.GetRequiredService<ClaimsCsvReader>().Should().BeSameAs(provider.GetRequiredService<ClaimsCsvReader>());
    }

    [Fact]
    public void AddCsv_RecordsReader_ReadsBackAFiscalYearOfAnAddedCalendarAndAnAddedBasis()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddMarketMetrics()
            .AddBasis(GpuRentalRevenue)
            .AddNormalizer<DependencyInjectionTests.GpuRentalNormalizer>()
            .AddFiscalCalendar(new FiscalCalendar("nvidia", "NVIDIA", 1, 31), "英伟达")
            .AddCsv()
            .Services.BuildServiceProvider();
        var claim = new Claim("g1", "CoreWeave", "CoreWeave", QuantityParser.Default.Parse("$1.9 billion").Value, GpuRentalRevenue)
        {
            Period = provider.GetRequiredService<PeriodParser>().Parse("FY2025@nvidia").Value.Period,
        };
        ComparableRecord record = provider.GetRequiredService<NormalizationPipeline>().Normalize(claim).Records.Single();
        var file = new MemoryStream();
        using (var writer = new RecordsCsvWriter(file))
        {
            writer.Write(record);
        }

        (ComparableRecord? back, CsvRejection? rejection) = provider.GetRequiredService<RecordsCsvReader>().Read(new MemoryStream(file.ToArray())).Single();
        (ComparableRecord? withDefaults, CsvRejection? defaultRejection) = new RecordsCsvReader().Read(new MemoryStream(file.ToArray())).Single();

        rejection.Should().BeNull();
        back.Should().Be(record);
        back!.Basis.Description.Should().Be(GpuRentalRevenue.Description, "the container's reader knows the added basis");
        withDefaults.Should().BeNull("the default reader knows no NVIDIA calendar");
        defaultRejection!.Reason.Should().Contain("No fiscal calendar is known for 'nvidia'");
    }
}
