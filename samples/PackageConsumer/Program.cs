// A consumer that knows MarketMetrics only through its packed .nupkg files; .ci/run also runs it published with
// Native AOT, so everything here must work trimmed and without a JIT.
using System.Text;
using MarketMetrics;
using MarketMetrics.Csv;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using Microsoft.Extensions.DependencyInjection;

var failures = new List<string>();

void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

// 0.0008元/千Tokens is exactly 0.0000008 CNY per token and 0.8 CNY per million tokens.
Figure price = QuantityParser.Default.Parse("0.0008元/千Tokens").Value;
Expect(price.ToCanonical().Value == Interval.Exactly(0.0000008m), $"canonical price was {price.ToCanonical().Value}");
Expect(price.ConvertTo(Units.PricePerMillionTokens("CNY")).Value == Interval.Exactly(0.8m), "price per million tokens");

// H1 2025 has 181 days; Alibaba's FY2024 ends on 31 March 2024.
Expect(PeriodParser.Default.Parse("2025上半年").Value.Period!.Days == 181, "days in H1 2025");
Expect(FiscalCalendarRegistry.Default.TryFind("alibaba", out FiscalCalendar? alibaba)
    && ReportingPeriod.FiscalYear(alibaba, 2024).End == new DateOnly(2024, 4, 1), "Alibaba FY2024");

// 536.7萬億 tokens over H1 2025 normalise to a total and a derived daily average.
var idc = new Claim("idc", "IDC", "market", QuantityParser.Default.Parse("536.7萬億Tokens").Value, MetricBasis.MaasTokenVolume)
{
    Market = Market.ChinaPublicCloudLlm,
    Period = ReportingPeriod.Half(2025, 1),
};
NormalizationResult result = NormalizationPipeline.CreateDefault().Normalize(idc);
Expect(result.Records.Count == 2 && result.Records[1].Status == FigureStatus.Derived, $"IDC records: {result}");

// Through the container: options from code, the CSV reader sees the added fiscal calendar, records round-trip as CSV.
using (ServiceProvider services = new ServiceCollection()
    .AddMarketMetrics(options =>
    {
        options.ReportingCurrency = "CNY";
        options.FxRates.Add(new FxRate("USD", "CNY", 7.1884m, new DateOnly(2024, 12, 31), "PBoC central parity"));
    })
    .AddFiscalCalendar(new FiscalCalendar("nvidia", "NVIDIA", 1, 31), "英伟达")
    .AddCsv()
    .Services.BuildServiceProvider())
{
    const string csv = "id,claimant,subject,basis,value,period\nnv-1,NVIDIA,nvidia,full-stack-cloud-revenue,超10亿美元,英伟达FY2025\n";
    ClaimRow row = services.GetRequiredService<ClaimsCsvReader>().Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Single();
    Expect(row.Claim is not null, $"claims CSV row: {row}");
    if (row.Claim is not null)
    {
        ComparableRecord record = services.GetRequiredService<NormalizationPipeline>().Normalize(row.Claim).Records[0];
        Expect(record.Low == 7_188_400_000m && record.High is null && record.Value.Unit.Symbol == "CNY", $"NVIDIA record: {record.Value}");
        var written = new MemoryStream();
        using (var writer = new RecordsCsvWriter(written))
        {
            writer.Write(record);
        }

        (ComparableRecord? back, CsvRejection? rejection) = services.GetRequiredService<RecordsCsvReader>().Read(new MemoryStream(written.ToArray())).Single();
        Expect(rejection is null && record.Equals(back), $"records CSV round trip: {rejection}");
    }
}

foreach (string failure in failures)
{
    Console.Error.WriteLine($"package consumer: {failure}");
}

Console.WriteLine(failures.Count == 0 ? "package consumer: ok" : $"package consumer: {failures.Count} failure(s)");
return failures.Count == 0 ? 0 : 1;
