using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

public class PeriodParserTests
{
    [Theory]
    [InlineData("2025上半年", "2025-01-01", "2025-07-01", 181, PeriodKind.Half)]
    [InlineData("2025年上半年", "2025-01-01", "2025-07-01", 181, PeriodKind.Half)]
    [InlineData("H1 2025", "2025-01-01", "2025-07-01", 181, PeriodKind.Half)]
    [InlineData("2025H2", "2025-07-01", "2026-01-01", 184, PeriodKind.Half)]
    [InlineData("2025年第三季度", "2025-07-01", "2025-10-01", 92, PeriodKind.Quarter)]
    [InlineData("2025年三季度", "2025-07-01", "2025-10-01", 92, PeriodKind.Quarter)]
    [InlineData("Q3 2025", "2025-07-01", "2025-10-01", 92, PeriodKind.Quarter)]
    [InlineData("2025-Q1", "2025-01-01", "2025-04-01", 90, PeriodKind.Quarter)]
    [InlineData("2024", "2024-01-01", "2025-01-01", 366, PeriodKind.Year)]
    [InlineData("2024年", "2024-01-01", "2025-01-01", 366, PeriodKind.Year)]
    [InlineData("2025年6月", "2025-06-01", "2025-07-01", 30, PeriodKind.Month)]
    [InlineData("June 2025", "2025-06-01", "2025-07-01", 30, PeriodKind.Month)]
    [InlineData("2025-06", "2025-06-01", "2025-07-01", 30, PeriodKind.Month)]
    [InlineData("2025-06-30", "2025-06-30", "2025-07-01", 1, PeriodKind.Day)]
    [InlineData("2025年6月30日", "2025-06-30", "2025-07-01", 1, PeriodKind.Day)]
    [InlineData("2025年1-6月", "2025-01-01", "2025-07-01", 181, PeriodKind.DateRange)]
    [InlineData("2025-01-01/2025-07-01", "2025-01-01", "2025-07-01", 181, PeriodKind.DateRange)]
    [InlineData("2025-01-01 to 2025-06-30", "2025-01-01", "2025-07-01", 181, PeriodKind.DateRange)]
    [InlineData("FY2024@alibaba", "2023-04-01", "2024-04-01", 366, PeriodKind.FiscalYear)]
    [InlineData("阿里巴巴2024财年", "2023-04-01", "2024-04-01", 366, PeriodKind.FiscalYear)]
    [InlineData("Alibaba FY24", "2023-04-01", "2024-04-01", 366, PeriodKind.FiscalYear)]
    public void Parse_PrintedPeriod_GivesExactDates(string input, string start, string end, int days, PeriodKind kind)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.Parse(input);

        result.Error.Should().BeNull();
        ReportingPeriod period = result.Value.Period!;
        period.Start.Should().Be(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        period.End.Should().Be(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        period.Days.Should().Be(days);
        period.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("日均", Aggregation.DailyAverage, null)]
    [InlineData("2025年上半年日均", Aggregation.DailyAverage, "2025-H1")]
    [InlineData("as of June 2025", Aggregation.PointInTime, "2025-06")]
    [InlineData("截至2025年6月30日", Aggregation.PointInTime, "2025-06-30")]
    public void Parse_Aggregation_IsStatedBesideThePeriod(string input, Aggregation aggregation, string? label)
    {
        ParsedPeriod parsed = PeriodParser.Default.Parse(input).Value;

        parsed.Aggregation.Should().Be(aggregation);
        parsed.Period?.Label.Should().Be(label);
    }

    [Fact]
    public void Parse_FiscalYearWithAGivenCalendar_UsesIt()
    {
        var calendar = new FiscalCalendar("example", "Example", 6, 30);

        PeriodParser.Default.Parse("FY2025", calendar).Value.Period!.Start.Should().Be(new DateOnly(2024, 7, 1));
    }

    [Fact]
    public void Parse_SameTextWithAnotherCalendar_IsNotAnsweredFromEarlierResults()
    {
        var parser = new PeriodParser();
        var june = new FiscalCalendar("june-co", "June Co", 6, 30);
        var march = new FiscalCalendar("march-co", "March Co", 3, 31);

        ReportingPeriod first = parser.Parse("FY2025", june).Value.Period!;
        ReportingPeriod second = parser.Parse("FY2025", march).Value.Period!;
        ReportingPeriod again = parser.Parse("FY2025", june).Value.Period!;

        first.Start.Should().Be(new DateOnly(2024, 7, 1));
        second.Start.Should().Be(new DateOnly(2024, 4, 1));
        again.Should().Be(first);
        parser.Parse("FY2025").Success.Should().BeFalse("without a calendar a fiscal year names no dates");
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty)]
    [InlineData("sometime", ParseErrorCode.InvalidPeriod)]
    [InlineData("2025-02-30", ParseErrorCode.InvalidPeriod)]
    [InlineData("2025年13月", ParseErrorCode.InvalidPeriod)]
    [InlineData("2025年6-1月", ParseErrorCode.InvalidPeriod)]
    [InlineData("2025-07-01/2025-01-01", ParseErrorCode.InvalidPeriod)]
    [InlineData("FY2024", ParseErrorCode.UnknownFiscalCalendar)]
    [InlineData("FY2024@nosuchco", ParseErrorCode.UnknownFiscalCalendar)]
    public void Parse_BadPeriod_FailsWithTheRightCode(string input, ParseErrorCode code)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.Parse(input);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
    }

    [Fact]
    public void Parse_LabelOfEveryKind_RoundTrips()
    {
        FiscalCalendarRegistry.Default.TryFind("alibaba", out FiscalCalendar? alibaba);
        ReportingPeriod[] periods =
        [
            ReportingPeriod.Year(2024), ReportingPeriod.Half(2025, 1), ReportingPeriod.Quarter(2025, 3), ReportingPeriod.Month(2025, 6),
            ReportingPeriod.Day(new DateOnly(2025, 6, 30)), ReportingPeriod.Range(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 15)),
            ReportingPeriod.FiscalYear(alibaba!, 2024),
        ];

        foreach (ReportingPeriod period in periods)
        {
            PeriodParser.Default.Parse(period.Label).Value.Period.Should().Be(period, "label {0} must parse back", period.Label);
        }
    }

    [Fact]
    public void Parse_FiscalYearWithoutACompany_SaysSoInWholeWords()
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.Parse("FY2024");

        if (result.TryGetValue(out _))
        {
            Assert.Fail("FY2024 alone names no company.");
        }

        // After a failed TryGetValue the compiler knows Error is set: no '!' needed.
        result.Error.Code.Should().Be(ParseErrorCode.UnknownFiscalCalendar);
        result.Error.Message.Should().Be("A fiscal year needs a company calendar: name the company, add '@id', or pass a FiscalCalendar.");
    }
}
