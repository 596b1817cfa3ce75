namespace MarketMetrics;

/// <summary>
/// A company's fiscal calendar, as data: the last month and day of its fiscal year and how years are named.
/// </summary>
/// <remarks>
/// Built-in calendars live in <see cref="FiscalCalendarRegistry.Default"/>, loaded from a data table; add others
/// with <see cref="FiscalCalendarRegistry.With"/>. Equality is structural. Instances are immutable and thread-safe.
/// </remarks>
public sealed class FiscalCalendar : IEquatable<FiscalCalendar>
{
    /// <summary>Creates a fiscal calendar.</summary>
    /// <param name="id">A stable id such as <c>alibaba</c>.</param>
    /// <param name="name">A readable name.</param>
    /// <param name="yearEndMonth">The month (1-12) of the fiscal year's last day.</param>
    /// <param name="yearEndDay">The day of that month (never 29 February, which most years lack).</param>
    /// <param name="naming">Which calendar year names a fiscal year.</param>
    /// <exception cref="ArgumentException">A text is blank or the month and day are not a date in every year.</exception>
    public FiscalCalendar(string id, string name, int yearEndMonth, int yearEndDay, FiscalYearNaming naming = FiscalYearNaming.EndYear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(yearEndMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yearEndMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(yearEndDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yearEndDay, DateTime.DaysInMonth(2001, yearEndMonth));
        if (!Enum.IsDefined(naming))
        {
            throw new ArgumentOutOfRangeException(nameof(naming), naming, "Unknown fiscal year naming.");
        }

        Id = id;
        Name = name;
        YearEndMonth = yearEndMonth;
        YearEndDay = yearEndDay;
        Naming = naming;
    }

    /// <summary>Gets the calendar year: ends 31 December.</summary>
    public static FiscalCalendar Calendar { get; } = new("calendar", "Calendar year", 12, 31);

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the month of the fiscal year's last day.</summary>
    public int YearEndMonth { get; }

    /// <summary>Gets the day of the fiscal year's last day.</summary>
    public int YearEndDay { get; }

    /// <summary>Gets which calendar year names a fiscal year.</summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>Gets the first day and the exclusive end of fiscal year <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The fiscal year's name, e.g. 2024 for FY2024.</param>
    /// <returns>The half-open range [start, end).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2..9998.</exception>
    public (DateOnly Start, DateOnly End) GetFiscalYear(int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 9998);
        bool endsOnDecember31 = YearEndMonth == 12 && YearEndDay == 31;
        int endYear = Naming == FiscalYearNaming.EndYear || endsOnDecember31 ? fiscalYear : fiscalYear + 1;
        var lastDay = new DateOnly(endYear, YearEndMonth, YearEndDay);
        DateOnly end = lastDay.AddDays(1);
        return (end.AddYears(-1), end);
    }

    /// <inheritdoc />
    public bool Equals(FiscalCalendar? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && YearEndMonth == other.YearEndMonth
        && YearEndDay == other.YearEndDay && Naming == other.Naming;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FiscalCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), YearEndMonth, YearEndDay, Naming);

    /// <summary>Gets the id.</summary>
    /// <returns>The <see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
