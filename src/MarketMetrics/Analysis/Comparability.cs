using System.Globalization;

namespace MarketMetrics.Analysis;

/// <summary>
/// Decides whether two records may be compared: same basis and scope, same market (the denominator of a share),
/// same period, same aggregation, same unit and currency, and neither a forecast against a measurement. The
/// verdict is symmetric in kind and in reason codes; every "not comparable" names at least one reason.
/// </summary>
public static class Comparability
{
    /// <summary>Compares two records.</summary>
    /// <param name="first">One record.</param>
    /// <param name="second">The other.</param>
    /// <param name="language">The language of the sentences.</param>
    /// <returns>The verdict with its reasons.</returns>
    /// <exception cref="ArgumentNullException">A record is null.</exception>
    public static ComparabilityVerdict Compare(ComparableRecord first, ComparableRecord second, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var reasons = new List<ComparabilityReason>();
        void Add(string code, bool blocking, string english, string chinese) =>
            reasons.Add(new ComparabilityReason(code, blocking, language == AnalysisLanguage.Chinese ? chinese : english));

        Unit u1 = first.Value.Unit, u2 = second.Value.Unit;
        if (!u1.Dimension.Equals(u2.Dimension))
        {
            Add("dimension", true, $"One is a {u1.Dimension.Id}, the other a {u2.Dimension.Id}.", $"计量对象不同：{u1.Dimension.Id} 与 {u2.Dimension.Id}。");
        }
        else if (!string.Equals(u1.Currency, u2.Currency, StringComparison.Ordinal))
        {
            Add("currency", false, $"Different currencies ({u1.Currency}, {u2.Currency}): convert with a dated FX rate first.", $"币种不同（{u1.Currency}、{u2.Currency}）：需先按注明日期的汇率换算。");
        }

        if (!string.Equals(first.Basis.Id, second.Basis.Id, StringComparison.Ordinal))
        {
            Add("basis", true, $"Different bases (口径): '{first.Basis.Name}' and '{second.Basis.Name}'.", $"统计口径不同：“{first.Basis.Name}”与“{second.Basis.Name}”。");
        }
        else
        {
            foreach (string key in first.Basis.Scope.Differences(second.Basis.Scope))
            {
                string a = first.Basis.Scope[key] ?? "unstated", b = second.Basis.Scope[key] ?? "unstated";
                Add("scope:" + key, true, $"Same basis, different scope: {key} is {a} in one and {b} in the other.", $"口径相同但范围不同：{key} 一为 {a}，一为 {b}。");
            }
        }

        bool share = u1.Dimension.Equals(Dimension.Share) || u2.Dimension.Equals(Dimension.Share);
        if (first.Market is null != second.Market is null)
        {
            Add("market-missing", true, "Only one of them names its market.", "只有一方注明了市场范围。");
        }
        else if (first.Market is not null && !first.Market.Equals(second.Market))
        {
            Add(share ? "share-denominator" : "market", true,
                share ? $"Shares of different wholes: {first.Market.Name} and {second.Market!.Name}." : $"Different markets: {first.Market.Name} and {second.Market!.Name}.",
                share ? $"份额的分母不同：{first.Market.Name} 与 {second.Market!.Name}。" : $"市场不同：{first.Market.Name} 与 {second.Market!.Name}。");
        }

        ComparePeriods(first, second, Add);
        CompareAggregation(first, second, Add);
        if ((first.Status == FigureStatus.Forecast) != (second.Status == FigureStatus.Forecast))
        {
            Add("status", true, "A forecast cannot be compared with a measured figure.", "预测值不能与实际值比较。");
        }

        ComparabilityReason[] ordered = [.. reasons.OrderByDescending(r => r.Blocking).ThenBy(r => r.Code, StringComparer.Ordinal)];
        return new ComparabilityVerdict(first, second, ordered, language);
    }

    private static void ComparePeriods(ComparableRecord first, ComparableRecord second, Action<string, bool, string, string> add)
    {
        ReportingPeriod? p1 = first.Period, p2 = second.Period;
        if (p1 is null && p2 is null)
        {
            return;
        }

        if (p1 is null || p2 is null)
        {
            add("period-missing", true, "Only one of them states its period.", "只有一方注明了统计期间。");
            return;
        }

        if (!p1.Coincides(p2))
        {
            add("period", true, $"Different periods: {p1.Label} and {p2.Label}.", $"统计期间不同：{p1.Label} 与 {p2.Label}。");
        }
        else if (p1.Kind != p2.Kind || !Equals(p1.FiscalCalendar, p2.FiscalCalendar))
        {
            add("period-calendar", false,
                string.Create(CultureInfo.InvariantCulture, $"{p1.Label} and {p2.Label} cover the same days ({p1.Start:yyyy-MM-dd} to {p1.End:yyyy-MM-dd})."),
                string.Create(CultureInfo.InvariantCulture, $"{p1.Label} 与 {p2.Label} 覆盖相同日期（{p1.Start:yyyy-MM-dd} 至 {p1.End:yyyy-MM-dd}）。"));
        }
    }

    private static void CompareAggregation(ComparableRecord first, ComparableRecord second, Action<string, bool, string, string> add)
    {
        Aggregation a1 = first.Aggregation, a2 = second.Aggregation;
        if (a1 == a2)
        {
            return;
        }

        bool convertible = first.Period is not null && second.Period is not null
            && a1 is Aggregation.Total or Aggregation.DailyAverage && a2 is Aggregation.Total or Aggregation.DailyAverage;
        add("aggregation", !convertible,
            convertible ? $"One is a {a1}, the other a {a2}: convert with the period's exact day count." : $"Different aggregations ({a1}, {a2}) that no day count bridges.",
            convertible ? $"一为{a1}、一为{a2}：可按期间的准确天数换算。" : $"汇总方式不同（{a1}、{a2}），无法换算。");
    }
}
