using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace MarketMetrics.Csv.Tests;

/// <summary>AddCsv in a real container: the readers see what was added to MarketMetrics, the writers use the configured separator.</summary>
public class CsvDependencyInjectionTests
{
    private static readonly MetricBasis GpuHours = new("gpu-hours-sold", "GPU hours sold", "GPU hours a cloud sold in a period.", [Dimension.Count]);

    private static ServiceProvider Build(Func<ClaimsCsvOptions, ClaimsCsvOptions>? configure = null) => new ServiceCollection()
        .AddMarketMetrics()
        .AddBasis(GpuHours)
        .AddCsv(configure)
        .Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void ResolvedClaimsReader_SeesABasisAddedWithAddBasis_AndStillRejectsAnUnknownOne()
    {
        using ServiceProvider provider = Build();
        string csv = "id,claimant,subject,basis,value,period\n"
            + "h1,CoreWeave,CoreWeave,gpu-hours-sold,1200万,2025\n"
            + "h2,CoreWeave,CoreWeave,gpu-hours-bought,1200万,2025\n";

        List<ClaimRow> rows = [.. provider.GetRequiredService<ClaimsCsvReader>().Read(new StringReader(csv))];

        rows[0].Claim!.Basis.Should().Be(GpuHours);
        rows[0].Claim!.Figure.Value.Low!.Value.Should().Be(12_000_000m);
        rows[1].Rejection!.Code.Should().Be("basis.unknown");
        new ClaimsCsvReader().Read(new StringReader(csv)).First().Rejection!.Code.Should().Be("basis.unknown", "a reader outside the container knows only the built-in bases");
    }

    [Fact]
    public void ResolvedWriterFactory_IsOneSingleton_AndWritesWithTheConfiguredSeparator()
    {
        using ServiceProvider provider = Build(o => new ClaimsCsvOptions { Separator = ';', Bases = o.Bases, PeriodParser = o.PeriodParser, QuantityParser = o.QuantityParser });
        var factory = provider.GetRequiredService<CsvWriterFactory>();
        string[] fields = [.. ClaimsCsv.Columns.Select(c => c switch { "id" => "c3", "claimant" => "a", "subject" => "b", "basis" => "nope", "value" => "5", _ => string.Empty })];
        var rejection = new CsvRejection(3, "basis", "nope", "basis.unknown", "Unknown basis.", "c3;a;b;nope;5", fields);

        var rejects = new StringWriter();
        using (RejectsCsvWriter writer = factory.CreateRejectsWriter(rejects))
        {
            writer.Write(rejection);
        }

        var records = new MemoryStream();
        using (RecordsCsvWriter writer = factory.CreateRecordsWriter(records))
        {
            writer.WriteHeader();
        }

        factory.Should().BeSameAs(provider.GetRequiredService<CsvWriterFactory>());
        factory.Separator.Should().Be(';');
        Encoding.UTF8.GetString(records.ToArray()).Should().Be(string.Join(';', RecordsCsv.Columns) + "\n");
        List<ClaimRow> again = [.. provider.GetRequiredService<ClaimsCsvReader>().Read(new StringReader(rejects.ToString()))];
        again.Should().ContainSingle().Which.Rejection!.Code.Should().Be("basis.unknown");
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('a')]
    public void WriterFactory_SeparatorThatCannotSeparate_IsACallerError(char separator)
    {
        Action act = () => _ = new CsvWriterFactory(separator);

        act.Should().Throw<ArgumentException>().WithMessage($"'{separator}' cannot separate CSV fields.*");
    }
}
