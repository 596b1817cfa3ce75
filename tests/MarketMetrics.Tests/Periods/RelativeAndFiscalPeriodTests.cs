using System.Globalization;
using CsCheck;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Periods;

public class RelativeAndFiscalPeriodTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static PublishedDate Published(string text)
    {
        PublishedDate.TryParse(text, out PublishedDate? date, out string? error).Should().BeTrue(error);
        return date!;
    }

    [Fact]
    public void FiscalQuarter_IsTheQuarterNotTheWholeYear()
    {
        ReportingPeriod period = PeriodParser.Default.Parse("FY25 Q3@microsoft").Value.Period!;

        period.Kind.Should().Be(PeriodKind.FiscalQuarter);
        period.Start.Should().Be(D("2025-01-01"));
        period.End.Should().Be(D("2025-04-01"));
        period.Label.Should().Be("FY2025-Q3@microsoft");
    }

    [Theory]
    [InlineData("FY25 Q3@microsoft", "2025-01-01", "2025-04-01", PeriodKind.FiscalQuarter)]
    [InlineData("FY2025-Q1@microsoft", "2024-07-01", "2024-10-01", PeriodKind.FiscalQuarter)]
    [InlineData("Q4 FY2025@microsoft", "2025-04-01", "2025-07-01", PeriodKind.FiscalQuarter)]
    [InlineData("third quarter of fiscal 2025@microsoft", "2025-01-01", "2025-04-01", PeriodKind.FiscalQuarter)]
    [InlineData("Microsoft fiscal year 2025 second quarter", "2024-10-01", "2025-01-01", PeriodKind.FiscalQuarter)]
    [InlineData("阿里巴巴2025财年第二季度", "2024-07-01", "2024-10-01", PeriodKind.FiscalQuarter)]
    [InlineData("FY2025 H1@alibaba", "2024-04-01", "2024-10-01", PeriodKind.FiscalHalf)]
    [InlineData("阿里巴巴2025财年下半年", "2024-10-01", "2025-04-01", PeriodKind.FiscalHalf)]
    [InlineData("Oracle FY26 Q1", "2025-06-01", "2025-09-01", PeriodKind.FiscalQuarter)]
    [InlineData("2025Q3", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("2025年Q3", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("Q3 of 2025", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("2025年H2", "2025-07-01", "2026-01-01", PeriodKind.Half)]
    [InlineData("2025-6", "2025-06-01", "2025-07-01", PeriodKind.Month)]
    [InlineData("2025-6-30", "2025-06-30", "2025-07-01", PeriodKind.Day)]
    [InlineData("阿里巴巴2025财年Q3", "2024-10-01", "2025-01-01", PeriodKind.FiscalQuarter)]
    [InlineData("阿里巴巴2026财年H1", "2025-04-01", "2025-10-01", PeriodKind.FiscalHalf)]
    [InlineData("Q3 2025", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("3Q25", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("Q3'25", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("Q1’24", "2024-01-01", "2024-04-01", PeriodKind.Quarter)]
    [InlineData("2025年第三季度", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("2025年第3季", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("third quarter of 2025", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("截至2024年12月31日止季度", "2024-10-01", "2025-01-01", PeriodKind.Quarter)]
    [InlineData("截至2025年6月30日止三个月", "2025-04-01", "2025-07-01", PeriodKind.Quarter)]
    [InlineData("quarter ended September 30, 2025", "2025-07-01", "2025-10-01", PeriodKind.Quarter)]
    [InlineData("three months ended August 31, 2025", "2025-06-01", "2025-09-01", PeriodKind.DateRange)]
    [InlineData("2025年前三季度", "2025-01-01", "2025-10-01", PeriodKind.DateRange)]
    [InlineData("2025年9月底", "2025-09-30", "2025-10-01", PeriodKind.Day)]
    [InlineData("end of September 2025", "2025-09-30", "2025-10-01", PeriodKind.Day)]
    [InlineData("Oct 12, 2025", "2025-10-12", "2025-10-13", PeriodKind.Day)]
    [InlineData("12 October 2025", "2025-10-12", "2025-10-13", PeriodKind.Day)]
    public void Parse_QuarterOrFiscalPart_GivesExactDates(string input, string start, string end, PeriodKind kind)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.Parse(input);

        result.Error.Should().BeNull();
        result.Value.Period!.Start.Should().Be(D(start));
        result.Value.Period.End.Should().Be(D(end));
        result.Value.Period.Kind.Should().Be(kind);
    }

    [Fact]
    public void QuarterEnded_IsNotAPointInTime()
    {
        PeriodParser.Default.Parse("截至2024年12月31日止季度").Value.Aggregation.Should().Be(Aggregation.Unspecified);
        PeriodParser.Default.Parse("截至2024年12月31日").Value.Aggregation.Should().Be(Aggregation.PointInTime);
    }

    [Theory]
    [InlineData("FY25 Q3 revenue@microsoft")]
    [InlineData("FY25 Q5@microsoft")]
    [InlineData("2025Q3 preliminary")]
    [InlineData("Q3 2025 approx")]
    [InlineData("2025年第三季度前")]
    [InlineData("2025 Q3 Q4")]
    [InlineData("2025年3月15日止季度")]
    [InlineData("quarter ended September 28, 2025")]
    [InlineData("FY25 week 3@microsoft")]
    [InlineData("2025 roughly")]
    [InlineData("२०२५年")]
    [InlineData("Q३ 2025")]
    public void Parse_AnUnreadWord_FailsInsteadOfWideningOrNarrowing(string input)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.Parse(input);

        result.Success.Should().BeFalse("'{0}' was read as {1}", input, result.Success ? result.Value.Period?.Label : null);
    }

    [Theory]
    [InlineData("FY25 Q3@nosuchco", ParseErrorCode.UnknownFiscalCalendar)]
    [InlineData("third quarter of fiscal 2025", ParseErrorCode.UnknownFiscalCalendar)]
    [InlineData("去年", ParseErrorCode.NeedsPublishedDate)]
    [InlineData("上季度", ParseErrorCode.NeedsPublishedDate)]
    [InlineData("year to date", ParseErrorCode.InvalidPeriod)] // ends at the data's cutoff, which is not printed
    public void Parse_WithoutWhatItNeeds_SaysWhat(string input, ParseErrorCode code)
    {
        PeriodParser.Default.Parse(input).Error!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("去年", "2025-03-12", "2024", "2024-01-01", "2025-01-01")]
    [InlineData("今年", "2025-03-12", "2025", "2025-01-01", "2026-01-01")]
    [InlineData("前年", "2025-03-12", "2023", "2023-01-01", "2024-01-01")]
    [InlineData("明年", "2025-03-12", "2026", "2026-01-01", "2027-01-01")]
    [InlineData("今年上半年", "2025-08-20", "2025-H1", "2025-01-01", "2025-07-01")]
    [InlineData("去年下半年", "2025-08-20", "2024-H2", "2024-07-01", "2025-01-01")]
    [InlineData("上半年", "2025-08-20", "2025-H1", "2025-01-01", "2025-07-01")]
    [InlineData("上半年", "2025-03-12", "2024-H1", "2024-01-01", "2024-07-01")]
    [InlineData("下半年", "2025-03-12", "2024-H2", "2024-07-01", "2025-01-01")]
    [InlineData("本季度", "2025-11-05", "2025-Q4", "2025-10-01", "2026-01-01")]
    [InlineData("上季度", "2025-11-05", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("上季", "2025-02-05", "2024-Q4", "2024-10-01", "2025-01-01")]
    [InlineData("第三季度", "2025-10-12", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("第3季", "2025-10-12", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("Q2", "2025-05-12", "2024-Q2", "2024-04-01", "2024-07-01")]
    [InlineData("third quarter", "2025-09-30", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("第四季度", "2025-10-12", "2024-Q4", "2024-10-01", "2025-01-01")]
    [InlineData("今年第三季度", "2025-10-12", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("截至9月底", "2025-10-12", "2025-09-30", "2025-09-30", "2025-10-01")]
    [InlineData("as of end-September", "2025-10-12", "2025-09-30", "2025-09-30", "2025-10-01")]
    [InlineData("截至9月底", "2025-09-12", "2024-09-30", "2024-09-30", "2024-10-01")]
    [InlineData("前三季度", "2025-10-28", "2025-01-01/2025-10-01", "2025-01-01", "2025-10-01")]
    [InlineData("前三季度", "2025-08-28", "2024-01-01/2024-10-01", "2024-01-01", "2024-10-01")]
    [InlineData("上月", "2025-01-15", "2024-12", "2024-12-01", "2025-01-01")]
    [InlineData("last month", "2025-10-12", "2025-09", "2025-09-01", "2025-10-01")]
    [InlineData("去年", "2025-10", "2024", "2024-01-01", "2025-01-01")]
    [InlineData("去年Q4", "2025-10-12", "2024-Q4", "2024-10-01", "2025-01-01")]
    [InlineData("first three quarters", "2025-10-12", "2025-01-01/2025-10-01", "2025-01-01", "2025-10-01")]
    [InlineData("H1", "2025-10-12", "2025-H1", "2025-01-01", "2025-07-01")]
    [InlineData("本月", "2025-10-12", "2025-10", "2025-10-01", "2025-11-01")]
    [InlineData("9月", "2025-08-12", "2024-09", "2024-09-01", "2024-10-01")]
    [InlineData("上年", "2025-08-12", "2024", "2024-01-01", "2025-01-01")]
    [InlineData("上月", "2025-10", "2025-09", "2025-09-01", "2025-10-01")]
    [InlineData("第三季度", "2025-10", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("截至9月底", "2025-10", "2025-09-30", "2025-09-30", "2025-10-01")]
    [InlineData("the quarter ended September 30", "2025-10-29", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("quarter ended Sept. 30", "2025-10-30", "2025-Q3", "2025-07-01", "2025-10-01")]
    [InlineData("the quarter ended December 31", "2025-10-29", "2024-Q4", "2024-10-01", "2025-01-01")]
    [InlineData("three months ended 30 June", "2025-08", "2025-Q2", "2025-04-01", "2025-07-01")]
    public void ParseRelativeTo_ResolvesAgainstThePublishedDate(string input, string published, string label, string start, string end)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.ParseRelativeTo(input, Published(published));

        result.Error.Should().BeNull();
        ReportingPeriod period = result.Value.Period!;
        period.Label.Should().Be(label);
        period.Start.Should().Be(D(start));
        period.End.Should().Be(D(end));
        result.Value.Resolution.Should().Be($"{input} → {label} from published {Published(published).Label}");
    }

    // A quarter ended on a day that ends no calendar quarter, with no year, is refused; with no published date, it needs one.
    [Theory]
    [InlineData("the quarter ended September 28", "2025-10-29", "invalid-period")]
    [InlineData("quarter ended August 31", "2025-10-29", "invalid-period")]
    [InlineData("the quarter ended September 30", null, "needs-published-date")]
    public void ParseRelativeTo_AQuarterEndedWithoutItsYear_IsRefusedWhenItCannotBeTold(string input, string? published, string code)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.ParseRelativeTo(input, published is null ? null : Published(published));

        result.Error!.CodeName.Should().Be(code);
    }

    // Real: Amazon's Q3 2025 release of 30 October 2025 gives "cash CapEx … so far this year" through 30 September; ending it
    // on the day published would be a wrong period. These are refused with what to write instead.
    [Theory]
    [InlineData("年初至今")]
    [InlineData("year to date")]
    [InlineData("so far this year")]
    [InlineData("近一年")]
    [InlineData("past 12 months")]
    [InlineData("trailing twelve months")]
    public void ParseRelativeTo_PeriodsThatEndAtTheDataCutoff_AreRefused(string input)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.ParseRelativeTo(input, Published("2025-10-30"));

        result.Error!.Code.Should().Be(ParseErrorCode.InvalidPeriod);
        result.Error.Message.Should().Contain("ends where the data ends");
    }

    [Fact]
    public void ParseRelativeTo_PointInTimeWords_AreMarked()
    {
        PeriodParser.Default.ParseRelativeTo("截至9月底", Published("2025-10-12")).Value.Aggregation.Should().Be(Aggregation.PointInTime);
        PeriodParser.Default.ParseRelativeTo("9月底", Published("2025-10-12")).Value.Aggregation.Should().Be(Aggregation.PointInTime);
    }

    [Theory]
    [InlineData("上月", "2025")]
    [InlineData("本季度", "2025")]
    [InlineData("截至9月底", "2025-09")]
    [InlineData("第三季度", "2025")]
    public void ParseRelativeTo_WhenTheDayMatters_RefusesACoarsePublishedDate(string input, string published)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.ParseRelativeTo(input, Published(published));

        result.Error!.Code.Should().Be(ParseErrorCode.PublishedDateTooCoarse);
        result.Error.CodeName.Should().Be("published-date-too-coarse");
    }

    [Fact]
    public void ParseRelativeTo_AnAbsolutePeriod_HasNoResolution()
    {
        ParsedPeriod parsed = PeriodParser.Default.ParseRelativeTo("2025年第三季度", Published("2026-01-05")).Value;

        parsed.Period!.Label.Should().Be("2025-Q3");
        parsed.Resolution.Should().BeNull();
    }

    [Theory]
    [InlineData("2025-10-12", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025/10/12", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025.10.12", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025年10月12日", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("Oct 12, 2025", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("12 October 2025", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025-10-12T08:00:00+08:00", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025-10-12T23:30:00Z", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("Thursday, October 30, 2025 at 5:00 p.m. ET", "2025-10-30", "2025-10-30", DatePrecision.Day)]
    [InlineData("Oct 29, 2025 03:00:00 -0400", "2025-10-29", "2025-10-29", DatePrecision.Day)]
    [InlineData("2025年10月12日 13:32", "2025-10-12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025-10", "2025-10-01", "2025-10-31", DatePrecision.Month)]
    [InlineData("2025年10月", "2025-10-01", "2025-10-31", DatePrecision.Month)]
    [InlineData("2025/10", "2025-10-01", "2025-10-31", DatePrecision.Month)]
    [InlineData("2025年", "2025-01-01", "2025-12-31", DatePrecision.Year)]
    [InlineData("October 2025", "2025-10-01", "2025-10-31", DatePrecision.Month)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("2025", "2025-01-01", "2025-12-31", DatePrecision.Year)]
    public void PublishedDate_AsPrinted_KeepsItsPrecision(string text, string first, string last, DatePrecision precision)
    {
        PublishedDate date = Published(text);

        date.First.Should().Be(D(first));
        date.Last.Should().Be(D(last));
        date.Precision.Should().Be(precision);
        date.Day.Should().Be(precision == DatePrecision.Day ? D(first) : null);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-00-10")]
    [InlineData("२०२५-०९-२४")]
    [InlineData("2025-02-30")]
    [InlineData("2025/10-12")]
    [InlineData("Octember 12, 2025")]
    [InlineData("2025-10-12 approx")]
    [InlineData("around 2025-10")]
    [InlineData("Thursday, October 30, 2025 at 25:00 o'clock")]
    [InlineData("09-28")]
    [InlineData("10小时前")]
    [InlineData("25-10-12")]
    [InlineData("")]
    public void PublishedDate_NotADate_IsRefusedWithAReason(string text)
    {
        PublishedDate.TryParse(text, out PublishedDate? date, out string? error).Should().BeFalse();
        date.Should().BeNull();
        error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void FiscalParts_OfEveryKind_RoundTripThroughTheirLabels()
    {
        FiscalCalendarRegistry.Default.TryFind("alibaba", out FiscalCalendar? alibaba);
        FiscalCalendarRegistry.Default.TryFind("microsoft", out FiscalCalendar? microsoft);
        ReportingPeriod[] periods =
        [
            ReportingPeriod.FiscalQuarter(microsoft!, 2025, 3), ReportingPeriod.FiscalHalf(alibaba!, 2025, 1),
            ReportingPeriod.FiscalQuarter(alibaba!, 2026, 4), ReportingPeriod.FiscalHalf(microsoft!, 2024, 2),
        ];

        foreach (ReportingPeriod period in periods)
        {
            PeriodParser.Default.Parse(period.Label).Value.Period.Should().Be(period, "label {0} must parse back", period.Label);
        }
    }

    [Fact]
    public void FiscalQuarter_OfACalendarEndingMidMonth_IsRefused()
    {
        var odd = new FiscalCalendar("odd", "Odd Co", 9, 28);

        FluentActions.Invoking(() => ReportingPeriod.FiscalQuarter(odd, 2025, 1)).Should().Throw<ArgumentException>();
        PeriodParser.Default.Parse("FY2025 Q1", odd).Error!.Code.Should().Be(ParseErrorCode.InvalidPeriod);
    }

    private static readonly string[] ChineseMonths = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    [Fact]
    public void TheFirstMonthsOfAYear_RunFromJanuaryToTheEndOfTheLastMonth()
    {
        // am730 on Alibaba's results: "累計今年6個月，阿里純利641.06億元"; 前8个月 / 首6個月 as statistics bureaus print them.
        Gen.Int[1, 12].SelectMany(n => Gen.Int[2015, 2030].SelectMany(y => Gen.OneOfConst("", "前", "首", "头").SelectMany(w =>
            Gen.OneOfConst("个", "個").SelectMany(g => Gen.Int[0, 1].Select(k => (n, y, w, g, chinese: k == 1)))))).Sample(c =>
        {
            string months = c.chinese ? ChineseMonths[c.n - 1] : c.n.ToString(CultureInfo.InvariantCulture);
            var start = new DateOnly(c.y, 1, 1);
            ReportingPeriod absolute = PeriodParser.Default.Parse($"{c.y}年{c.w}{months}{c.g}月").Value.Period!;
            absolute.Start.Should().Be(start);
            absolute.End.Should().Be(start.AddMonths(c.n), "'{0}年{1}{2}{3}月' ends after month {4}", c.y, c.w, months, c.g, c.n);

            PublishedDate published = Published(string.Create(CultureInfo.InvariantCulture, $"{c.y + 1}-03-15"));
            ReportingPeriod lastYear = PeriodParser.Default.ParseRelativeTo($"去年{c.w}{months}{c.g}月", published).Value.Period!;
            lastYear.Should().Be(absolute, "去年 from a date in {0}", c.y + 1);

            // Mutations: a thirteenth month, a word of "recent" instead of a year, a word after it: refused or another period.
            PeriodParser.Default.Parse($"{c.y}年{c.w}13{c.g}月").Success.Should().BeFalse();
            ParseResult<ParsedPeriod> recent = PeriodParser.Default.ParseRelativeTo($"近{months}{c.g}月", published);
            (recent.Success && recent.Value.Period == absolute).Should().BeFalse("近N个月 is the months up to the data, not from January");
            PeriodParser.Default.Parse($"{c.y}年{c.w}{months}{c.g}月后").Success.Should().BeFalse();
        }, iter: 400);
    }
}
