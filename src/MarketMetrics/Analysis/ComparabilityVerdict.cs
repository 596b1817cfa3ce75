namespace MarketMetrics.Analysis;

/// <summary>Whether two records may be compared, and every difference that decides it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ComparabilityVerdict
{
    private readonly ComparabilityReason[] _reasons;

    internal ComparabilityVerdict(ComparableRecord first, ComparableRecord second, ComparabilityReason[] reasons, AnalysisLanguage language)
    {
        First = first;
        Second = second;
        _reasons = reasons;
        Kind = Array.Exists(reasons, r => r.Blocking) ? ComparabilityKind.NotComparable
            : reasons.Length > 0 ? ComparabilityKind.ComparableAfterConversion
            : ComparabilityKind.Comparable;
        bool zh = language == AnalysisLanguage.Chinese;
        string kind = Kind switch
        {
            ComparabilityKind.Comparable => zh ? "可直接比较" : "comparable as they are",
            ComparabilityKind.ComparableAfterConversion => zh ? "换算后可比较" : "comparable after conversion",
            _ => zh ? "不可比较" : "not comparable",
        };
        Explanation = (zh ? $"{Facts.Full(first, zh)} 与 {Facts.Full(second, zh)}：{kind}" : $"{Facts.Full(first, zh)} and {Facts.Full(second, zh)}: {kind}")
            + (reasons.Length == 0 ? (zh ? "。" : ".") : (zh ? "：" : ": ") + string.Join(" ", reasons.Select(r => r.Message)));
    }

    /// <summary>Gets a sentence naming both records by their own fields (subject, value, basis and scope, market, period,
    /// aggregation, publisher, status), the verdict and every reason.</summary>
    public string Explanation { get; }

    /// <summary>Gets the first record.</summary>
    public ComparableRecord First { get; }

    /// <summary>Gets the second record.</summary>
    public ComparableRecord Second { get; }

    /// <summary>Gets the verdict.</summary>
    public ComparabilityKind Kind { get; }

    /// <summary>Gets every difference: blocking ones, then those a conversion bridges.</summary>
    public IReadOnlyList<ComparabilityReason> Reasons => _reasons;

    /// <summary>Formats as the verdict and its reason codes.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{First.Id} ~ {Second.Id}: {Kind}" + (_reasons.Length == 0 ? string.Empty : " (" + string.Join(", ", _reasons.Select(r => r.Code)) + ")");
}
