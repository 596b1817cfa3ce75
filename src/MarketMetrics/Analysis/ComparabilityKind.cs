namespace MarketMetrics.Analysis;

/// <summary>Whether two records may be compared.</summary>
public enum ComparabilityKind
{
    /// <summary>Same basis, scope, market, period, aggregation and unit: compare as they are.</summary>
    Comparable = 0,

    /// <summary>Comparable after the listed conversions (daily average ↔ total, currency with a rate, fiscal ↔ calendar period).</summary>
    ComparableAfterConversion,

    /// <summary>Not comparable; every blocking difference is listed.</summary>
    NotComparable,
}
