namespace MarketMetrics;

/// <summary>The kind of a <see cref="ReportingPeriod"/>, as it was stated.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, e.g. 2024 (2024年).</summary>
    Year = 0,

    /// <summary>A calendar half year, e.g. H1 2025 (2025年上半年).</summary>
    Half,

    /// <summary>A calendar quarter, e.g. Q3 2025 (2025年第三季度).</summary>
    Quarter,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A single day, including "as of" dates.</summary>
    Day,

    /// <summary>An explicit date range.</summary>
    DateRange,

    /// <summary>A company's fiscal year, resolved through its <see cref="FiscalCalendar"/>.</summary>
    FiscalYear,

    /// <summary>A quarter of a company's fiscal year (FY2025 Q3 of Microsoft is January-March 2025).</summary>
    FiscalQuarter,

    /// <summary>A half of a company's fiscal year (FY2025 H1 of Alibaba is April-September 2024).</summary>
    FiscalHalf,
}
