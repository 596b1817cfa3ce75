namespace MarketMetrics.Analysis;

/// <summary>Which way a figure ranks: more is better (volume, revenue, share) or less is better (latency, price, a rank number).</summary>
public enum RankingDirection
{
    /// <summary>The higher figure leads.</summary>
    HigherIsBetter = 0,

    /// <summary>The lower figure leads: latency, price, and rank numbers (1 is first).</summary>
    LowerIsBetter,
}
