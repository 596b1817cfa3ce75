// A worker that normalizes a claims CSV file inside the generic host. MarketMetrics reads its settings from the
// "MarketMetrics" section (appsettings.json, environment variables such as MarketMetrics__ReportingCurrency, or
// the command line) and checks them when the host starts: a bad setting stops the host before any claim is read.
using System.Text;
using MarketMetrics;
using MarketMetrics.Csv;
using MarketMetrics.Normalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// appsettings.json sits beside the program, wherever it is started from.
HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddMarketMetrics(builder.Configuration.GetSection(MarketMetricsOptions.SectionName)).AddCsv();
builder.Services.AddHostedService<NormalizeOnce>();

using IHost host = builder.Build();
try
{
    await host.RunAsync();
    return Environment.ExitCode;
}
catch (Exception exception) when (exception is OptionsValidationException or MarketMetricsConfigurationException)
{
    // The host has logged the failure with its stack trace; the last line is the message alone.
    Console.Error.WriteLine(exception.Message);
    return 2;
}

/// <summary>Normalizes two claims read through the container's CSV reader, prints the records and stops the host.</summary>
internal sealed class NormalizeOnce(ClaimsCsvReader reader, NormalizationPipeline pipeline, IHostApplicationLifetime lifetime) : BackgroundService
{
    private const string Claims = """
        id,claimant,subject,basis,value,period
        cw-1,CoreWeave,CoreWeave,full-stack-cloud-revenue,$1.9 billion,2024
        nv-1,NVIDIA,英伟达,full-stack-cloud-revenue,超10亿美元,英伟达FY2025
        """;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (ClaimRow row in reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Claims))))
        {
            if (row.Claim is null)
            {
                Console.WriteLine(row.Rejection);
                continue;
            }

            foreach (ComparableRecord record in pipeline.Normalize(row.Claim).Records)
            {
                Console.WriteLine($"{record.Id}: {record.Subject} {record.Value} ({record.Period?.Label})");
            }
        }

        lifetime.StopApplication();
        return Task.CompletedTask;
    }
}
