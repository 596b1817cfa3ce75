namespace MarketMetrics.Cli.Json;

/// <summary>The stable JSON names of the library's enums.</summary>
internal static class ContractNames
{
    public static string Qualifier(FigureQualifier qualifier) => qualifier switch
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

    public static string PeriodKind(MarketMetrics.PeriodKind kind) => kind switch
    {
        MarketMetrics.PeriodKind.Year => "year",
        MarketMetrics.PeriodKind.Half => "half",
        MarketMetrics.PeriodKind.Quarter => "quarter",
        MarketMetrics.PeriodKind.Month => "month",
        MarketMetrics.PeriodKind.Day => "day",
        MarketMetrics.PeriodKind.DateRange => "date-range",
        MarketMetrics.PeriodKind.FiscalYear => "fiscal-year",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Aggregation(MarketMetrics.Aggregation aggregation) => aggregation switch
    {
        MarketMetrics.Aggregation.Unspecified => "unspecified",
        MarketMetrics.Aggregation.Total => "total",
        MarketMetrics.Aggregation.DailyAverage => "daily-average",
        MarketMetrics.Aggregation.PointInTime => "point-in-time",
        MarketMetrics.Aggregation.AnnualizedRunRate => "annualized-run-rate",
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };
}
