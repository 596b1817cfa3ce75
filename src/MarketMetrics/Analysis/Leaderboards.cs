using System.Globalization;

namespace MarketMetrics.Analysis;

/// <summary>
/// Builds leaderboards: records are grouped into comparable sets (basis with scope, market, period, aggregation,
/// unit), subjects ranked within each, and every "first" placed on the basis it is true on.
/// </summary>
/// <remarks>
/// <para>Derived records, figures about a whole market and groups of vendors ("top five combined") are left out:
/// they are not contestants. Each subject appears once per set: of several records, the latest published is used
/// (the later in the input when the dates do not decide) and the explanation says so.</para>
/// <para>A set with two or more subjects is ranked; a set with one subject is no ranking and appears only when its
/// record is a claim to rank first (第一, No. 1). Building takes O(n log n) time for n records and keeps one record
/// per subject and set.</para>
/// </remarks>
public static class Leaderboards
{
    private const int NamesShown = 3;

    /// <summary>Builds the leaderboards of a set of records, reading them once.</summary>
    /// <param name="records">The records.</param>
    /// <param name="aliases">The alias table (to tell markets, groups and model families apart); <see langword="null"/> for the default.</param>
    /// <param name="language">The language of the explanations.</param>
    /// <returns>The leaderboards, ordered by basis id.</returns>
    public static IReadOnlyList<Leaderboard> Build(IEnumerable<ComparableRecord> records, EntityAliases? aliases = null, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(records);
        aliases ??= EntityAliases.Default;
        return Build(ComparableSets.Collect(records, aliases), language);
    }

    /// <summary>Which way figures of a dimension rank: less is better for durations (latency), unit prices and rank numbers.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The direction.</returns>
    public static RankingDirection DirectionOf(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return dimension.Equals(Dimension.Rank) || dimension.Equals(Dimension.Duration) || dimension.Equals(Dimension.UnitPrice)
            ? RankingDirection.LowerIsBetter
            : RankingDirection.HigherIsBetter;
    }

    /// <summary>
    /// Says who leads on which basis: first the bases of <see cref="MetricBasis.MarketLeadership"/> that have leaders
    /// (all bases when none has), then "also first" for the others; different leaders on different bases do not
    /// contradict each other.
    /// </summary>
    /// <param name="boards">The leaderboards.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public static string Summarize(IReadOnlyList<Leaderboard> boards, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(boards);
        bool zh = language == AnalysisLanguage.Chinese;
        var byBasis = boards
            .GroupBy(b => b.Basis.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Name: g.First().Basis.Name, Leaders: g.SelectMany(b => b.Leaders).Select(l => l.Subject).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
        var headline = byBasis.Select(b => (Basis: b, Order: IndexOf(MetricBasis.MarketLeadership, b.Id))).Where(b => b.Order >= 0)
            .OrderBy(b => b.Order).Select(b => b.Basis).ToArray();
        if (headline.Length == 0)
        {
            headline = byBasis;
        }

        var also = byBasis.Except(headline).ToArray();
        int leaders = headline.SelectMany(b => b.Leaders).Distinct(StringComparer.Ordinal).Count();
        string list = string.Join(zh ? "；" : "; ", headline.Select(b => Facts.List(b.Leaders, NamesShown, zh) + (zh ? " 领先于 " : " leads on ") + b.Name));
        string alsoText = also.Length == 0 ? string.Empty
            : (zh ? "另有第一：" : " Also first: ") + string.Join(zh ? "；" : "; ", also.Select(b => Facts.List(b.Leaders, NamesShown, zh) + (zh ? " 在 " : " on ") + b.Name)) + (zh ? "。" : ".");
        if (zh)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{leaders} 个领先者、{headline.Length} 个口径：{list}。") + (headline.Length > 1 ? "各自在不同口径上第一，并不矛盾。" : string.Empty) + alsoText;
        }

        return headline.Length == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{leaders} leader{(leaders == 1 ? string.Empty : "s")} on 1 basis: {list}.") + alsoText
            : string.Create(CultureInfo.InvariantCulture, $"{leaders} leaders on {headline.Length} bases: {list}. No contradiction: each is first on a different basis (口径).") + alsoText;
    }

    internal static IReadOnlyList<Leaderboard> Build(ComparableSets sets, AnalysisLanguage language)
    {
        var boards = new List<Leaderboard>();
        bool zh = language == AnalysisLanguage.Chinese;
        foreach (ComparableSet set in sets.Sets)
        {
            IReadOnlyList<ComparableRecord> members = set.Contestants;
            RankingDirection direction = DirectionOf(set.Unit.Dimension);
            if (members.Count == 0 || (members.Count == 1 && !IsClaimToBeFirst(members[0])))
            {
                continue;
            }

            LeaderboardEntry[] entries = Rank(set, direction);
            boards.Add(new Leaderboard(set.Sample, direction, entries, Heading(set.Sample, direction, zh), Explain(entries, set.Sample, direction, sets.Aliases, zh)));
        }

        return boards;
    }

    private static int IndexOf(IReadOnlyList<MetricBasis> bases, string id)
    {
        for (int i = 0; i < bases.Count; i++)
        {
            if (bases[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsClaimToBeFirst(ComparableRecord record) =>
        record.Value.Unit.Dimension.Equals(Dimension.Rank) && record.Value.Value is { High: { IsUnbounded: false } high } && high.Value <= 1m;

    // Position = 1 + the number of others certainly ahead; found for every member by binary search over the sorted
    // ends of all intervals, so a set of m members takes O(m log m).
    private static LeaderboardEntry[] Rank(ComparableSet set, RankingDirection direction)
    {
        IReadOnlyList<ComparableRecord> members = set.Contestants;
        int n = members.Count;
        var lows = new EndKey[n];
        var highs = new EndKey[n];
        for (int i = 0; i < n; i++)
        {
            lows[i] = EndKey.OfLow(members[i].Value.Value.Low);
            highs[i] = EndKey.OfHigh(members[i].Value.Value.High);
        }

        EndKey[] sortedLows = (EndKey[])lows.Clone(), sortedHighs = (EndKey[])highs.Clone();
        Array.Sort(sortedLows);
        Array.Sort(sortedHighs);
        var entries = new LeaderboardEntry[n];
        for (int i = 0; i < n; i++)
        {
            int above = n - UpperBound(sortedLows, highs[i]); // others whose every value is above this one's
            int below = LowerBound(sortedHighs, lows[i]);      // others whose every value is below this one's
            int ahead = direction == RankingDirection.HigherIsBetter ? above : below;
            entries[i] = new LeaderboardEntry(1 + ahead, n - 1 - above - below > 0, members[i], set.ClaimsOf(members[i].Subject));
        }

        Array.Sort(entries, static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.Subject, b.Subject));
        return entries;
    }

    private static int LowerBound(EndKey[] sorted, EndKey key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].CompareTo(key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(EndKey[] sorted, EndKey key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].CompareTo(key) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string Heading(ComparableRecord sample, RankingDirection direction, bool zh) =>
        $"{Facts.Basis(sample.Basis)} ({Facts.Where(sample, zh)}, {sample.Value.Unit.Symbol}): " + Better(direction, zh);

    private static string Better(RankingDirection direction, bool zh) => direction == RankingDirection.LowerIsBetter
        ? (zh ? "越低越好" : "lower leads")
        : (zh ? "越高越好" : "higher leads");

    private static string Explain(LeaderboardEntry[] entries, ComparableRecord sample, RankingDirection direction, EntityAliases aliases, bool zh)
    {
        string where = Facts.Where(sample, zh);
        string basis = Facts.Basis(sample.Basis);
        if (entries.Length == 1)
        {
            LeaderboardEntry only = entries[0];
            return (zh
                ? $"{Named(only.Subject, aliases)} 自称在“{basis}”（{where}）上第一：这是其自身的声明（{Facts.Source(only.Record, zh)}），该口径上没有其他数字可供排名。"
                : $"{Named(only.Subject, aliases)} claims first on {basis} ({where}): its own claim ({Facts.Source(only.Record, zh)}), with no other figure on this basis to rank it against.")
                + Duplicates(entries, zh);
        }

        LeaderboardEntry[] first = [.. entries.Where(e => e.Position == 1)];
        string leaders = Facts.List([.. first.Select(e => Named(e.Subject, aliases) + " " + Facts.Number(e.Record.Value.Value))], NamesShown, zh);
        string sources = Facts.List([.. first.Select(e => Facts.Source(e.Record, zh))], 1, zh);
        string ties = first.Any(e => e.Tied) ? (zh ? "（区间重叠，并列）" : " (overlapping intervals: a tie)") : string.Empty;
        string[] rest = [.. entries.Where(e => e.Position > 1).Select(e => Named(e.Subject, aliases) + " " + Facts.Number(e.Record.Value.Value))];
        string next = rest.Length == 0 ? string.Empty : (zh ? "，其后为 " : ", ahead of ") + Facts.List(rest, NamesShown, zh);
        return (zh
            ? $"{leaders} 在“{basis}”（{where}；{Better(direction, zh)}）上领先{ties}{next}。依据：{sources}。"
            : $"{leaders} leads on {basis} ({where}; {Better(direction, zh)}){ties}{next}. From {sources}.")
            + Duplicates(entries, zh);
    }

    private static string Duplicates(LeaderboardEntry[] entries, bool zh)
    {
        LeaderboardEntry[] repeated = [.. entries.Where(e => e.Claims > 1)];
        if (repeated.Length == 0)
        {
            return string.Empty;
        }

        string[] each = [.. repeated.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Subject} {e.Record.Id} ({(zh ? "共" : "of")} {e.Claims})"))];
        return zh
            ? $" 同一主体有多条记录时采用最新的一条：{Facts.List(each, NamesShown, zh)}。"
            : $" Several records of one subject: the latest of each is used, the others set aside: {Facts.List(each, NamesShown, zh)}.";
    }

    private static string Named(string subject, EntityAliases aliases) =>
        aliases.Find(subject) is { ParentId: { } parent, Kind: EntityKind.ModelFamily } ? $"{subject} ({parent})" : subject;

    // One end of an interval as a sortable key, so that "a ends before b begins" is highKey(a) < lowKey(b).
    private readonly record struct EndKey(int Infinity, decimal Value, int Tag) : IComparable<EndKey>
    {
        public static EndKey OfLow(Bound low) => low.IsUnbounded ? new(-1, 0m, 0) : new(0, low.Value, low.IsInclusive ? 1 : 2);

        public static EndKey OfHigh(Bound high) => high.IsUnbounded ? new(1, 0m, 0) : new(0, high.Value, high.IsInclusive ? 1 : 0);

        public int CompareTo(EndKey other)
        {
            int c = Infinity.CompareTo(other.Infinity);
            if (c != 0 || Infinity != 0)
            {
                return c;
            }

            c = Value.CompareTo(other.Value);
            return c != 0 ? c : Tag.CompareTo(other.Tag);
        }
    }
}
