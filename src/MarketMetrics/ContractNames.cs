namespace MarketMetrics;

/// <summary>The stable names that the library's enums take in JSON and CSV output — a public contract.</summary>
public static class ContractNames
{
    /// <summary>Gets the name of a qualifier: <c>exact, over, at-least, nearly, under, at-most, about, range</c>.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.Over => "over",
        FigureQualifier.AtLeast => "at-least",
        FigureQualifier.Nearly => "nearly",
        FigureQualifier.Under => "under",
        FigureQualifier.AtMost => "at-most",
        FigureQualifier.About => "about",
        FigureQualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>Gets the name of an aggregation: <c>unspecified, total, daily-average, point-in-time, annualized-run-rate</c>.</summary>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Unspecified => "unspecified",
        Aggregation.Total => "total",
        Aggregation.DailyAverage => "daily-average",
        Aggregation.PointInTime => "point-in-time",
        Aggregation.AnnualizedRunRate => "annualized-run-rate",
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };

    /// <summary>Gets the name of a period kind: <c>year, half, quarter, month, day, date-range, fiscal-year</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => "year",
        PeriodKind.Half => "half",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Month => "month",
        PeriodKind.Day => "day",
        PeriodKind.DateRange => "date-range",
        PeriodKind.FiscalYear => "fiscal-year",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Gets the name of a status: <c>reported, estimate, forecast, derived</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(FigureStatus status) => status switch
    {
        FigureStatus.Reported => "reported",
        FigureStatus.Estimate => "estimate",
        FigureStatus.Forecast => "forecast",
        FigureStatus.Derived => "derived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Gets the name of a publisher kind: <c>unknown, vendor, analyst, media, filing</c>.</summary>
    /// <param name="kind">The publisher kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(PublisherKind kind) => kind switch
    {
        PublisherKind.Unknown => "unknown",
        PublisherKind.Vendor => "vendor",
        PublisherKind.Analyst => "analyst",
        PublisherKind.Media => "media",
        PublisherKind.Filing => "filing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Gets the name of an entity kind: <c>vendor, model-family, publisher, market</c>.</summary>
    /// <param name="kind">The entity kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Vendor => "vendor",
        EntityKind.ModelFamily => "model-family",
        EntityKind.Publisher => "publisher",
        EntityKind.Market => "market",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
