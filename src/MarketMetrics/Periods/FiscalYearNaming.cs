namespace MarketMetrics;

/// <summary>Which calendar year names a fiscal year that straddles two.</summary>
public enum FiscalYearNaming
{
    /// <summary>The year in which it ends (Alibaba's FY2024 runs 2023-04-01 to 2024-03-31).</summary>
    EndYear = 0,

    /// <summary>The year in which it starts.</summary>
    StartYear,
}
