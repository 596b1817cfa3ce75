using System.Globalization;

namespace MarketMetrics.Analysis;

/// <summary>The phrases every sentence of the analysis is composed of, each read from a record's own fields.</summary>
internal static class Facts
{
    /// <summary>"MaaS token call volume (public cloud) [channels=public-cloud; …]": the basis name and its scope.</summary>
    public static string Basis(MetricBasis basis)
    {
        string scope = basis.Scope.ToString();
        return scope.Length == 0 ? basis.Name : basis.Name + " [" + scope + "]";
    }

    /// <summary>"China public-cloud LLM, 2025-H1, total": market, period and aggregation.</summary>
    public static string Where(ComparableRecord record, bool zh) =>
        (record.Market?.Name ?? (zh ? "未注明市场" : "market unstated")) + ", " + (record.Period?.Label ?? (zh ? "未注明期间" : "period unstated"))
        + (record.Aggregation == Aggregation.Unspecified ? string.Empty : ", " + ContractNames.Of(record.Aggregation));

    /// <summary>"seed-09 by IDC (analyst), reported": id, publisher and status.</summary>
    public static string Source(ComparableRecord record, bool zh)
    {
        string publisher = record.Claim.Publisher is { } p ? p.Name + " (" + ContractNames.Of(p.Kind) + ")" : record.Claimant;
        return zh
            ? $"{record.Id}，{publisher} 发布，{ContractNames.Of(record.Status)}"
            : $"{record.Id} by {publisher}, {ContractNames.Of(record.Status)}";
    }

    /// <summary>A value as the record states it, with its unit.</summary>
    public static string Value(ComparableRecord record) => Number(record.Value.Value) + " " + record.Value.Unit.Symbol;

    /// <summary>A point as its number ("17.7"), any other interval in interval notation ("(5, +∞)").</summary>
    public static string Number(Interval value) =>
        value.IsPoint ? value.Low.Value.ToString(CultureInfo.InvariantCulture) : value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>"volcano-engine 46.4 % on … (China public-cloud LLM, period unstated; seed-01 by 火山引擎 (vendor), reported)".</summary>
    public static string Full(ComparableRecord record, bool zh) =>
        $"{record.Subject} {Value(record)} {(zh ? "按" : "on")} {Basis(record.Basis)} ({Where(record, zh)}; {Source(record, zh)})";

    /// <summary>Up to <paramref name="shown"/> items joined, then "and N more".</summary>
    public static string List(IReadOnlyList<string> items, int shown, bool zh)
    {
        if (items.Count <= shown)
        {
            return string.Join(", ", items);
        }

        string more = (items.Count - shown).ToString("N0", CultureInfo.InvariantCulture);
        return string.Join(", ", items.Take(shown)) + (zh ? $" 等（另 {more} 个）" : $" and {more} more");
    }
}
