namespace MarketMetrics;

/// <summary>How a figure relates to its period. Converting between <see cref="Total"/> and <see cref="DailyAverage"/>
/// is exact given the period's day count (see <see cref="ReportingPeriod.TotalToDailyAverage"/>).</summary>
public enum Aggregation
{
    /// <summary>The source did not say; a normalizer that assumes one records the assumption.</summary>
    Unspecified = 0,

    /// <summary>The total over the whole period (e.g. IDC's 536.7萬億 tokens in H1 2025).</summary>
    Total,

    /// <summary>The average per day over the period (日均).</summary>
    DailyAverage,

    /// <summary>A value at a point in time, "as of" the period's end (capacities, prices, shares).</summary>
    PointInTime,

    /// <summary>An annualised run-rate extrapolated from part of the period.</summary>
    AnnualizedRunRate,
}
