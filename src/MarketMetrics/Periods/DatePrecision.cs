namespace MarketMetrics;

/// <summary>How precisely a <see cref="PublishedDate"/> was printed.</summary>
public enum DatePrecision
{
    /// <summary>A day: <c>2025-10-12</c>, <c>2025年10月12日</c>, <c>Oct 12, 2025</c>.</summary>
    Day = 0,

    /// <summary>A month: <c>2025-10</c>, <c>2025年10月</c>, <c>October 2025</c>.</summary>
    Month,

    /// <summary>A year: <c>2025</c>, <c>2025年</c>.</summary>
    Year,
}
