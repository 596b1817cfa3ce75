// A consumer that knows MarketMetrics only through its packed .nupkg files.
using MarketMetrics;

var failures = new List<string>();

void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

// 0.0008元/千Tokens is exactly 0.0000008 CNY per token and 0.8 CNY per million tokens.
var price = new Figure(Interval.Exactly(0.0008m), Units.PricePerThousandTokens("CNY"), text: "0.0008元/千Tokens");
Expect(price.ToCanonical().Value == Interval.Exactly(0.0000008m), $"canonical price was {price.ToCanonical().Value}");
Expect(price.ConvertTo(Units.PricePerMillionTokens("CNY")).Value == Interval.Exactly(0.8m), "price per million tokens");

// H1 2025 has 181 days; Alibaba's FY2024 ends on 31 March 2024.
Expect(ReportingPeriod.Half(2025, 1).Days == 181, "days in H1 2025");
Expect(FiscalCalendarRegistry.Default.TryFind("alibaba", out FiscalCalendar? alibaba)
    && ReportingPeriod.FiscalYear(alibaba, 2024).End == new DateOnly(2024, 4, 1), "Alibaba FY2024");

foreach (string failure in failures)
{
    Console.Error.WriteLine($"package consumer: {failure}");
}

Console.WriteLine(failures.Count == 0 ? "package consumer: ok" : $"package consumer: {failures.Count} failure(s)");
return failures.Count == 0 ? 0 : 1;
