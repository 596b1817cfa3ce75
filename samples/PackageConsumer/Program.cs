// A consumer that knows MarketMetrics only through its packed .nupkg files.
using MarketMetrics;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

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

foreach (string failure in failures)
{
    Console.Error.WriteLine($"package consumer: {failure}");
}

Console.WriteLine(failures.Count == 0 ? "package consumer: ok" : $"package consumer: {failures.Count} failure(s)");
return failures.Count == 0 ? 0 : 1;
