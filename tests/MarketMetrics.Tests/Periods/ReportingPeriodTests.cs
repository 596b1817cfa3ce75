namespace MarketMetrics.Tests.Periods;

public class ReportingPeriodTests
{
    [Fact]
    public void Half_H1_2025_Has181Days()
    {
        ReportingPeriod h1 = ReportingPeriod.Half(2025, 1);

        h1.Start.Should().Be(new DateOnly(2025, 1, 1));
        h1.End.Should().Be(new DateOnly(2025, 7, 1));
        h1.Days.Should().Be(181);
        h1.Label.Should().Be("2025-H1");
    }

    [Theory]
    [InlineData(2024, 1, 182)]
    [InlineData(2024, 2, 184)]
    [InlineData(2023, 1, 181)]
    public void Half_DayCountsFollowTheCalendar(int year, int half, int days)
    {
        ReportingPeriod.Half(year, half).Days.Should().Be(days);
    }

    [Theory]
    [InlineData(2025, 1, 90)]
    [InlineData(2024, 1, 91)]
    [InlineData(2025, 3, 92)]
    public void Quarter_DayCounts(int year, int quarter, int days)
    {
        ReportingPeriod.Quarter(year, quarter).Days.Should().Be(days);
    }

    [Fact]
    public void FiscalYear_Alibaba2024_EndsOn31March2024()
    {
        FiscalCalendarRegistry.Default.TryFind("阿里云", out FiscalCalendar? alibaba).Should().BeTrue();

        ReportingPeriod fy = ReportingPeriod.FiscalYear(alibaba!, 2024);

        fy.Start.Should().Be(new DateOnly(2023, 4, 1));
        fy.End.Should().Be(new DateOnly(2024, 4, 1));
        fy.Days.Should().Be(366);
        fy.Label.Should().Be("FY2024@alibaba");
    }

    [Fact]
    public void FiscalYear_OfACalendarYearCompany_CoincidesWithTheYearButIsNotEqual()
    {
        FiscalCalendarRegistry.Default.TryFind("baidu", out FiscalCalendar? baidu).Should().BeTrue();

        ReportingPeriod fy = ReportingPeriod.FiscalYear(baidu!, 2024);

        fy.Coincides(ReportingPeriod.Year(2024)).Should().BeTrue();
        fy.Should().NotBe(ReportingPeriod.Year(2024));
    }

    [Fact]
    public void FiscalYear_StartYearNaming_StartsInTheNamedYear()
    {
        var calendar = new FiscalCalendar("example", "Example", 6, 30, FiscalYearNaming.StartYear);

        ReportingPeriod fy = ReportingPeriod.FiscalYear(calendar, 2025);

        fy.Start.Should().Be(new DateOnly(2025, 7, 1));
        fy.End.Should().Be(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void Range_EndingBeforeItStarts_Throws()
    {
        Action act = () => ReportingPeriod.Range(new DateOnly(2025, 7, 1), new DateOnly(2025, 1, 1));

        act.Should().Throw<ArgumentException>().WithMessage("*end after it starts*");
    }

    [Fact]
    public void DailyAverageToTotal_AndBack_AreExactForH1()
    {
        ReportingPeriod h1 = ReportingPeriod.Half(2025, 1);

        Interval total = h1.DailyAverageToTotal(Interval.GreaterThan(16_400_000_000_000m));

        total.Should().Be(Interval.GreaterThan(2_968_400_000_000_000m));
        h1.TotalToDailyAverage(total).Should().Be(Interval.GreaterThan(16_400_000_000_000m));
    }

    [Fact]
    public void Registry_DuplicateAlias_ThrowsWithBothIds()
    {
        Action act = () => FiscalCalendarRegistry.Default.With(new FiscalCalendar("other", "Other", 6, 30), "阿里云");

        act.Should().Throw<ArgumentException>().WithMessage("*alibaba*other*");
    }

    [Fact]
    public void FiscalCalendar_February29_IsRejected()
    {
        Action act = () => _ = new FiscalCalendar("leap", "Leap", 2, 29);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
