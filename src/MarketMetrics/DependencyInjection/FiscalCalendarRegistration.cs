namespace MarketMetrics;

/// <summary>A fiscal calendar and the company names that should find it, for <see cref="MarketMetricsOptions.FiscalCalendars"/>.</summary>
public sealed class FiscalCalendarRegistration
{
    /// <summary>Initializes a new instance of the <see cref="FiscalCalendarRegistration"/> class.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="aliases">Other names that should find it (its id always does).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FiscalCalendarRegistration(FiscalCalendar calendar, IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(aliases);
        Calendar = calendar;
        Aliases = [.. aliases];
    }

    /// <summary>Gets the calendar.</summary>
    public FiscalCalendar Calendar { get; }

    /// <summary>Gets the other names that should find it.</summary>
    public IReadOnlyList<string> Aliases { get; }
}
