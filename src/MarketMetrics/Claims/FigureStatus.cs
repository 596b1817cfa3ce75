namespace MarketMetrics;

/// <summary>What kind of figure a claim or record states. The JSON names are given with each member.</summary>
public enum FigureStatus
{
    /// <summary><c>reported</c>: measured and published as a fact.</summary>
    Reported = 0,

    /// <summary><c>estimate</c>: someone's rough calculation (the article's 5-6億元 market size).</summary>
    Estimate,

    /// <summary><c>forecast</c>: a statement about the future (the market "could grow 100 times").</summary>
    Forecast,

    /// <summary><c>derived</c>: computed by MarketMetrics from other records, with formula and inputs.</summary>
    Derived,
}
