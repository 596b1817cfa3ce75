namespace MarketMetrics.Formatting;

/// <summary>The language a <see cref="FigureFormatter"/> writes: its magnitude, qualifier and unit words.</summary>
public enum FigureLanguage
{
    /// <summary>Simplified Chinese: 超5000亿tokens, 约4.29亿元, 0.8元/百万tokens.</summary>
    ChineseSimplified = 0,

    /// <summary>Traditional Chinese: 超5000億tokens, 約4.29億元.</summary>
    ChineseTraditional,

    /// <summary>English: over 500 billion tokens, about 429 million yuan, $0.28 per 1M tokens.</summary>
    English,
}
