namespace MarketMetrics.Analysis;

/// <summary>The language of the sentences analysis writes for people; codes are the same in both.</summary>
public enum AnalysisLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Simplified Chinese.</summary>
    Chinese,
}
