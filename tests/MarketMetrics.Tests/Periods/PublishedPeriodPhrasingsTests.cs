using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Periods;

/// <summary>Period phrasings as printed in published coverage of cloud results; each case names the page it was read on.</summary>
public class PublishedPeriodPhrasingsTests
{
    [Theory]
    // https://www.475mrv.cn/p/01jmhxwh012q1zg3ajjhxdve5m — 阿里巴巴第三季度營收2801.54億元 (FY2025 Q3 results): "截至2024年12月31日止季度", "2025财年第三财季"
    [InlineData("截至2024年12月31日止季度", null, "2024-Q4", null)]
    [InlineData("阿里巴巴2025财年第三财季", null, "FY2025-Q3@alibaba", null)]
    // https://www.techmonitor.ai/digital-economy/big-tech/microsoft-q3-fy25-results — "Q3 FY25", "For the quarter ending 31 March 2025"
    [InlineData("Q3 FY25", "microsoft", "FY2025-Q3@microsoft", null)]
    [InlineData("quarter ending 31 March 2025", null, "2025-Q1", null)]
    // https://reportify.ai/financials/1115176462555680768 — Microsoft 2025 Q3 quarterly report: "three months ended March 31, 2025"
    [InlineData("three months ended March 31, 2025", null, "2025-Q1", null)]
    // https://ifswnomloks79hz1bunfv-7bb3d516-microsoft-q3-fy2025-report.pages.dev — "Q3 Fiscal Year 2025 | Quarter Ended March 31, 2025"
    [InlineData("Q3 Fiscal Year 2025", "microsoft", "FY2025-Q3@microsoft", null)]
    [InlineData("Quarter Ended March 31, 2025", null, "2025-Q1", null)]
    // https://ai-kit.cn/10414.html — 阿里巴巴 2024 results coverage: "云智能集团在 2024 年前三季度盈利"
    [InlineData("2024 年前三季度", null, "2024-01-01/2024-10-01", null)]
    // https://www.stheadline.com/zh-hans/stock-market/3521210/ — published 2025-11-25: "阿里巴巴（9988）上季收入2478亿元"
    [InlineData("上季", null, "2025-Q3", "2025-11-25")]
    public void PublishedPhrasing_NamesTheRightPeriod(string text, string? company, string label, string? published)
    {
        FiscalCalendar? calendar = null;
        if (company is not null)
        {
            FiscalCalendarRegistry.Default.TryFind(company, out calendar).Should().BeTrue();
        }

        PublishedDate? on = null;
        if (published is not null)
        {
            PublishedDate.TryParse(published, out on, out _).Should().BeTrue();
        }

        ParseResult<ParsedPeriod> result = PeriodParser.Default.ParseRelativeTo(text, on, calendar);

        result.Error.Should().BeNull();
        result.Value.Period!.Label.Should().Be(label);
        result.Value.Aggregation.Should().Be(Aggregation.Unspecified, "a quarter ended on a day is a quarter, not a point in time");
    }

    [Theory]
    // https://www.stheadline.com/zh-hans/stock-market/3521210/ — "过去四季在AI+云基础设施的资本开支约1,200亿元": a rolling four quarters this parser does not read.
    [InlineData("过去四季")]
    // https://windowsforum.com/threads/microsoft-q3-2025-earnings-surge-cloud-ai-drive-robust-growth-amid-macro-risks.364197/ — "Microsoft’s third-quarter financial results for the period ending March 31, 2025"
    [InlineData("third-quarter financial results for the period ending March 31, 2025")]
    public void PublishedPhrasing_NotRead_IsRefusedNotGuessed(string text)
    {
        PeriodParser.Default.ParseRelativeTo(text, PublishedDate.OnDay(new DateOnly(2025, 11, 25))).Success.Should().BeFalse();
    }
}
