using System.Globalization;

namespace MarketMetrics.Analysis;

/// <summary>
/// Builds leaderboards: records are grouped into comparable sets (basis with scope, market, period, aggregation,
/// unit), subjects ranked within each, and every "first" placed on the basis it is true on.
/// </summary>
/// <remarks>
/// Derived records and figures about a whole market are left out (they are not contestants). A set is ranked
/// when it holds two or more subjects, or when its figures are shares or ranks (a share or a "No. 1" is itself a
/// statement about the others).
/// </remarks>
public static class Leaderboards
{
    /// <summary>Builds the leaderboards of a set of records.</summary>
    /// <param name="records">The records.</param>
    /// <param name="aliases">The alias table (to tell markets and model families apart); <see langword="null"/> for the default.</param>
    /// <param name="language">The language of the explanations.</param>
    /// <returns>The leaderboards, ordered by basis id.</returns>
    public static IReadOnlyList<Leaderboard> Build(IEnumerable<ComparableRecord> records, EntityAliases? aliases = null, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(records);
        aliases ??= EntityAliases.Default;
        var boards = new List<Leaderboard>();
        IEnumerable<IGrouping<(MetricBasis, string?, DateOnly?, DateOnly?, Aggregation, string, bool), ComparableRecord>> groups = records
            .Where(r => r.Status != FigureStatus.Derived && !aliases.IsMarket(r.Subject))
            .GroupBy(r => (r.Basis, r.Market?.Id, r.Period?.Start, r.Period?.End, r.Aggregation, r.Value.Unit.Symbol, r.Status == FigureStatus.Forecast));
        foreach (var group in groups)
        {
            ComparableRecord[] members = [.. group];
            Unit unit = members[0].Value.Unit;
            bool selfRanking = unit.Dimension.Equals(Dimension.Share) || unit.Dimension.Equals(Dimension.Rank);
            if (members.Select(m => m.Subject).Distinct(StringComparer.Ordinal).Count() < 2 && !selfRanking)
            {
                continue;
            }

            LeaderboardEntry[] entries = Rank(members, lowerIsBetter: unit.Dimension.Equals(Dimension.Rank));
            boards.Add(new Leaderboard(group.Key.Item1, members[0].Market, members[0].Period, group.Key.Item5, entries, Explain(entries, unit, members[0], aliases, language)));
        }

        return [.. boards.OrderBy(b => b.Basis.Id, StringComparer.Ordinal).ThenBy(b => b.Basis.Scope.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Says in one sentence who leads on which basis, and that different leaders on different bases do not contradict each other.</summary>
    /// <param name="boards">The leaderboards.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public static string Summarize(IReadOnlyList<Leaderboard> boards, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(boards);
        var byBasis = boards
            .GroupBy(b => b.Basis.Id, StringComparer.Ordinal)
            .Select(g => (Basis: g.First().Basis.Name, Leaders: g.SelectMany(b => b.Leaders).Select(l => l.Subject).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
        int leaders = byBasis.SelectMany(b => b.Leaders).Distinct(StringComparer.Ordinal).Count();
        string list = string.Join(language == AnalysisLanguage.Chinese ? "；" : "; ", byBasis.Select(b => string.Join("/", b.Leaders) + (language == AnalysisLanguage.Chinese ? " 领先于 " : " leads on ") + b.Basis));
        return language == AnalysisLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"{leaders} 个领先者、{byBasis.Length} 个口径：{list}。各自在不同口径上第一，并不矛盾。")
            : byBasis.Length == 1
                ? string.Create(CultureInfo.InvariantCulture, $"{leaders} leader{(leaders == 1 ? string.Empty : "s")} on 1 basis: {list}.")
                : string.Create(CultureInfo.InvariantCulture, $"{leaders} leaders on {byBasis.Length} bases: {list}. No contradiction: each is first on a different basis (口径).");
    }

    private static LeaderboardEntry[] Rank(ComparableRecord[] members, bool lowerIsBetter)
    {
        var entries = new List<LeaderboardEntry>(members.Length);
        foreach (ComparableRecord member in members)
        {
            int ahead = 0;
            bool tied = false;
            foreach (ComparableRecord other in members)
            {
                if (ReferenceEquals(other, member))
                {
                    continue;
                }

                Interval a = member.Value.Value, b = other.Value.Value;
                bool otherAhead = lowerIsBetter ? b.IsEntirelyBelow(a) : a.IsEntirelyBelow(b);
                ahead += otherAhead ? 1 : 0;
                tied |= a.Overlaps(b);
            }

            entries.Add(new LeaderboardEntry(1 + ahead, tied, member));
        }

        return [.. entries.OrderBy(e => e.Position).ThenBy(e => e.Subject, StringComparer.Ordinal)];
    }

    private static string Explain(LeaderboardEntry[] entries, Unit unit, ComparableRecord sample, EntityAliases aliases, AnalysisLanguage language)
    {
        bool zh = language == AnalysisLanguage.Chinese;
        string where = (sample.Market?.Name ?? (zh ? "未注明市场" : "market unstated")) + ", " + (sample.Period?.Label ?? (zh ? "未注明期间" : "period unstated"));
        string leaders = string.Join(" = ", entries.Where(e => e.Position == 1).Select(e => Named(e.Subject, aliases)));
        string head = zh
            ? $"{leaders} 在“{sample.Basis.Name}”（{where}）上领先"
            : $"{leaders} leads on {sample.Basis.Name} ({where})";
        if (unit.Dimension.Equals(Dimension.Rank))
        {
            return head + (zh ? "，依据其自身的排名声明。" : ", by its own claim to rank first.");
        }

        if (entries.Length == 1)
        {
            string only = zh ? "，这是该口径上唯一的数字" : ", the only figure stated on this basis";
            if (unit.Dimension.Equals(Dimension.Share) && !entries[0].Record.Value.Value.Low.IsUnbounded && entries[0].Record.Value.Value.High is { IsUnbounded: false } high && high.Value < 50m)
            {
                decimal rest = 100m - high.Value;
                return head + only + (zh
                    ? string.Create(CultureInfo.InvariantCulture, $"；其余 {rest}% 由其他厂商分享，在其超过 50% 之前，领先地位并不确定。")
                    : string.Create(CultureInfo.InvariantCulture, $"; the other {rest}% belongs to other vendors, so the lead is certain only if no single one of them holds more."));
            }

            return head + only + ".";
        }

        string ties = entries.Any(e => e.Position == 1 && e.Tied) ? (zh ? "（区间重叠，并列）" : " (overlapping intervals: a tie)") : string.Empty;
        string next = string.Join(", ", entries.Where(e => e.Position > 1).Select(e => Named(e.Subject, aliases) + " " + e.Record.Value.Value));
        return head + ties + (zh ? $"，其后为 {next}。" : $", ahead of {next}.");
    }

    private static string Named(string subject, EntityAliases aliases) =>
        aliases.Find(subject) is { ParentId: { } parent, Kind: EntityKind.ModelFamily } ? $"{subject} ({parent})" : subject;
}
