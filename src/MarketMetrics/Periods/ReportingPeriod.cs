using System.Globalization;

namespace MarketMetrics;

/// <summary>
/// The period a figure covers, as a half-open range of days [<see cref="Start"/>, <see cref="End"/>) with the
/// <see cref="PeriodKind"/> it was stated as. H1 2025 is [2025-01-01, 2025-07-01): 181 days.
/// </summary>
/// <remarks>
/// <para>Equality is strict: kind, dates and fiscal calendar. Alibaba's FY2024 and the date range
/// [2023-04-01, 2024-04-01) are different data; <see cref="Coincides"/> says they cover the same days.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>
{
    private ReportingPeriod(PeriodKind kind, DateOnly start, DateOnly end, string label, FiscalCalendar? fiscalCalendar)
    {
        Kind = kind;
        Start = start;
        End = end;
        Label = label;
        FiscalCalendar = fiscalCalendar;
    }

    /// <summary>Gets how the period was stated.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Gets the first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the first day after the period (exclusive end).</summary>
    public DateOnly End { get; }

    /// <summary>Gets the canonical label: <c>2024</c>, <c>2025-H1</c>, <c>2025-Q3</c>, <c>2025-06</c>, <c>2025-06-30</c>,
    /// <c>2025-01-01/2025-07-01</c>, <c>FY2024@alibaba</c>, <c>FY2025-Q3@microsoft</c> or <c>FY2025-H1@alibaba</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the fiscal calendar of a <see cref="PeriodKind.FiscalYear"/>, <see cref="PeriodKind.FiscalQuarter"/> or <see cref="PeriodKind.FiscalHalf"/>, otherwise <see langword="null"/>.</summary>
    public FiscalCalendar? FiscalCalendar { get; }

    /// <summary>Gets the exact number of days in the period.</summary>
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1..9998.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year);
        return new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), year.ToString(CultureInfo.InvariantCulture), null);
    }

    /// <summary>Half <paramref name="half"/> (1 or 2) of <paramref name="year"/>: 上半年 / 下半年.</summary>
    /// <param name="year">The year, 1..9998.</param>
    /// <param name="half">1 for January-June, 2 for July-December.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Half(int year, int half)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        var start = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new(PeriodKind.Half, start, start.AddMonths(6), string.Create(CultureInfo.InvariantCulture, $"{year}-H{half}"), null);
    }

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1..9998.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodKind.Quarter, start, start.AddMonths(3), string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), null);
    }

    /// <summary>Month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1..9998.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var start = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, start, start.AddMonths(1), string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}"), null);
    }

    /// <summary>The single day <paramref name="date"/>; also what "as of" a date resolves to.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is the last representable date.</exception>
    public static ReportingPeriod Day(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(date, DateOnly.MaxValue);
        return new(PeriodKind.Day, date, date.AddDays(1), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
    }

    /// <summary>The explicit range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The first day after the range.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static ReportingPeriod Range(DateOnly start, DateOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The period must end after it starts: {start:yyyy-MM-dd} to {end:yyyy-MM-dd} (end exclusive)."),
                nameof(end));
        }

        return new(PeriodKind.DateRange, start, end, string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}"), null);
    }

    /// <summary>Fiscal year <paramref name="fiscalYear"/> of a company calendar: Alibaba's FY2024 is [2023-04-01, 2024-04-01).</summary>
    /// <param name="calendar">The company's fiscal calendar.</param>
    /// <param name="fiscalYear">The fiscal year's name.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod FiscalYear(FiscalCalendar calendar, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        (DateOnly start, DateOnly end) = calendar.GetFiscalYear(fiscalYear);
        return new(PeriodKind.FiscalYear, start, end, string.Create(CultureInfo.InvariantCulture, $"FY{fiscalYear}@{calendar.Id}"), calendar);
    }

    /// <summary>Quarter <paramref name="quarter"/> of fiscal year <paramref name="fiscalYear"/>: Microsoft's FY2025 Q3 is [2025-01-01, 2025-04-01).</summary>
    /// <param name="calendar">The company's fiscal calendar; its year must end on the last day of a month.</param>
    /// <param name="fiscalYear">The fiscal year's name.</param>
    /// <param name="quarter">1 to 4, counted from the fiscal year's first month.</param>
    /// <returns>The period, labelled <c>FY2025-Q3@microsoft</c>.</returns>
    /// <exception cref="ArgumentException">An argument is out of range, or the calendar's year does not end on a month's last day
    /// (its quarters are then not whole months and are not derived).</exception>
    public static ReportingPeriod FiscalQuarter(FiscalCalendar calendar, int fiscalYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        DateOnly start = FiscalPart(calendar, fiscalYear, (quarter - 1) * 3);
        return new(PeriodKind.FiscalQuarter, start, start.AddMonths(3), string.Create(CultureInfo.InvariantCulture, $"FY{fiscalYear}-Q{quarter}@{calendar.Id}"), calendar);
    }

    /// <summary>Half <paramref name="half"/> of fiscal year <paramref name="fiscalYear"/>: Alibaba's FY2025 H1 is [2024-04-01, 2024-10-01).</summary>
    /// <param name="calendar">The company's fiscal calendar; its year must end on the last day of a month.</param>
    /// <param name="fiscalYear">The fiscal year's name.</param>
    /// <param name="half">1 or 2, counted from the fiscal year's first month.</param>
    /// <returns>The period, labelled <c>FY2025-H1@alibaba</c>.</returns>
    /// <exception cref="ArgumentException">An argument is out of range, or the calendar's year does not end on a month's last day.</exception>
    public static ReportingPeriod FiscalHalf(FiscalCalendar calendar, int fiscalYear, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        DateOnly start = FiscalPart(calendar, fiscalYear, (half - 1) * 6);
        return new(PeriodKind.FiscalHalf, start, start.AddMonths(6), string.Create(CultureInfo.InvariantCulture, $"FY{fiscalYear}-H{half}@{calendar.Id}"), calendar);
    }

    /// <summary>Whether both periods cover exactly the same days, whatever their kind (FY2025 of a calendar-year company and 2025).</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when start and end are equal.</returns>
    public bool Coincides(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start == other.Start && End == other.End;
    }

    /// <summary>Whether <paramref name="other"/> lies entirely within this period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when it is contained.</returns>
    public bool Contains(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.Start && other.End <= End;
    }

    /// <summary>Whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when Start ≤ date &lt; End.</returns>
    public bool Contains(DateOnly date) => Start <= date && date < End;

    /// <summary>Turns a total over the period into the average per day: total ÷ <see cref="Days"/>.</summary>
    /// <param name="total">The total over the period.</param>
    /// <returns>The daily average, exact where the division terminates, rounded outward otherwise.</returns>
    public Interval TotalToDailyAverage(Interval total) => total.Divide(Days);

    /// <summary>Turns an average per day into the total over the period: average × <see cref="Days"/> (exact).</summary>
    /// <param name="dailyAverage">The average per day.</param>
    /// <returns>The total.</returns>
    /// <exception cref="OverflowException">A bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval DailyAverageToTotal(Interval dailyAverage) => dailyAverage.Scale(Days);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) =>
        other is not null && Kind == other.Kind && Start == other.Start && End == other.End && Equals(FiscalCalendar, other.FiscalCalendar);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End);

    /// <summary>Gets the <see cref="Label"/>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    private static DateOnly FiscalPart(FiscalCalendar calendar, int fiscalYear, int monthsIn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.YearEndMonth == 2 || calendar.YearEndDay != DateTime.DaysInMonth(2001, calendar.YearEndMonth))
        {
            throw new ArgumentException(
                $"The {calendar.Name} fiscal year ends on {calendar.YearEndMonth:00}-{calendar.YearEndDay:00}, not a month's last day; its quarters and halves are not whole months.",
                nameof(calendar));
        }

        return calendar.GetFiscalYear(fiscalYear).Start.AddMonths(monthsIn);
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
    }
}
