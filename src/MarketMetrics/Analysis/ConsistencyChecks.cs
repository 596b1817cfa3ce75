using System.Globalization;

namespace MarketMetrics.Analysis;

/// <summary>
/// Finds records that cannot all be true as stated, and the differences that explain apparent clashes: a vendor's
/// figure above the total of a market that should contain it; shares of one market past 100%; a group's share
/// ("top five combined") below what its members add up to; shares of one entity on different bases; market totals
/// of different scopes. When the scopes differ, the finding names the difference instead of calling it a
/// contradiction. Every sentence is composed from the records' own fields.
/// </summary>
/// <remarks>One pass over the records, one record per subject and comparable set (the latest); O(n log n) time.</remarks>
public static class ConsistencyChecks
{
    private const int NamesShown = 5;

    /// <summary>Runs every check.</summary>
    /// <param name="records">The records.</param>
    /// <param name="aliases">The alias table; <see langword="null"/> for the default.</param>
    /// <param name="language">The language of the explanations.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<Finding> Run(IEnumerable<ComparableRecord> records, EntityAliases? aliases = null, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Run(ComparableSets.Collect(records, aliases ?? EntityAliases.Default), language, passed: null);
    }

    internal static List<Finding> Run(ComparableSets sets, AnalysisLanguage language, List<Finding>? passed)
    {
        bool zh = language == AnalysisLanguage.Chinese;
        var findings = new List<Finding>();
        PartsAgainstWholes(sets, zh, findings);
        SharesOverHundred(sets, zh, findings, passed);
        GroupsAgainstMembers(sets, zh, findings, passed);
        SharesOnDifferentBases(sets, zh, findings);
        WholesOfDifferentScopes(sets, zh, findings);
        return findings;
    }

    private static void PartsAgainstWholes(ComparableSets sets, bool zh, List<Finding> findings)
    {
        var wholes = new List<(ComparableRecord Record, Interval PerDay)>();
        foreach (ComparableRecord whole in sets.Wholes)
        {
            if (whole.Status != FigureStatus.Forecast && PerDay(whole) is { } perDay)
            {
                wholes.Add((whole, perDay));
            }
        }

        if (wholes.Count == 0)
        {
            return;
        }

        foreach (ComparableSet set in sets.Sets)
        {
            if (!set.Unit.Dimension.Equals(Dimension.TokenCount) || set.Sample.Status == FigureStatus.Forecast)
            {
                continue;
            }

            // Parts by their lower end, highest first: those above a whole's upper end come first.
            var parts = new List<(ComparableRecord Record, Interval PerDay)>();
            foreach (ComparableRecord part in set.Contestants)
            {
                if (PerDay(part) is { Low.IsUnbounded: false } perDay)
                {
                    parts.Add((part, perDay));
                }
            }

            parts.Sort(static (a, b) =>
            {
                int c = b.PerDay.Low.Value.CompareTo(a.PerDay.Low.Value);
                return c != 0 ? c : a.PerDay.Low.IsInclusive.CompareTo(b.PerDay.Low.IsInclusive);
            });
            foreach ((ComparableRecord whole, Interval wholePerDay) in wholes)
            {
                if (!whole.Value.Unit.Equals(set.Unit))
                {
                    continue;
                }

                foreach ((ComparableRecord part, Interval partPerDay) in parts)
                {
                    if (!wholePerDay.IsEntirelyBelow(partPerDay))
                    {
                        break;
                    }

                    findings.Add(PartExceedsWhole(part, partPerDay, whole, wholePerDay, zh));
                }
            }
        }
    }

    private static Finding PartExceedsWhole(ComparableRecord part, Interval partPerDay, ComparableRecord whole, Interval wholePerDay, bool zh)
    {
        var differences = new List<string>();
        var explaining = new List<string>();
        if (part.Basis.Id != whole.Basis.Id)
        {
            differences.Add(zh ? $"口径不同（{part.Basis.Name} 与 {whole.Basis.Name}）" : $"the bases differ ({part.Basis.Name} vs {whole.Basis.Name})");
        }

        foreach (string key in part.Basis.Scope.Differences(whole.Basis.Scope))
        {
            if (part.Basis.Scope[key] is not { } a || whole.Basis.Scope[key] is not { } b)
            {
                continue; // implied by the bases being different
            }

            differences.Add(zh ? $"{key}：{part.Subject} 为 {a}，{whole.Claimant} 为 {b}" : $"{key} is {a} for {part.Subject} but {b} for {whole.Claimant}");
            if (a == ScopeKeys.Included && b == ScopeKeys.Excluded)
            {
                explaining.Add(key);
            }
        }

        string figures = zh
            ? $"{part.Subject} 每日{Trillions(partPerDay, zh)} 万亿 tokens（{Facts.Source(part, zh)}），高于 {whole.Claimant} 统计的全市场每日{Trillions(wholePerDay, zh)} 万亿（{Facts.Where(whole, zh)}；{Facts.Source(whole, zh)}）"
            : $"{part.Subject} at {Trillions(partPerDay, zh)} trillion tokens a day ({Facts.Source(part, zh)}) exceeds the whole market's {Trillions(wholePerDay, zh)} trillion a day by {whole.Claimant} ({Facts.Where(whole, zh)}; {Facts.Source(whole, zh)})";
        if (differences.Count == 0)
        {
            return new Finding("contradiction", [part.Id, whole.Id], figures + (zh ? "；口径与范围相同，两者不可能同时成立。" : "; same basis and scope, so both cannot be true."));
        }

        string keys = string.Join(", ", explaining);
        string likely = explaining.Count > 0
            ? (zh ? $"。最可能的解释：{part.Subject} 的数字计入了 {keys}，而 {whole.Claimant} 的数字不计入。" : $". Likely explanation: {part.Subject}'s figure counts {keys}, which {whole.Claimant}'s leaves out.")
            : (zh ? "。范围不同，可解释这一差异。" : ". The scope difference is the likely explanation.");
        return new Finding("part-exceeds-whole", [part.Id, whole.Id], figures + (zh ? "；两者可同时成立，因为范围不同：" : "; both can be true because the scopes differ: ") + string.Join(zh ? "；" : "; ", differences) + likely);
    }

    private static void SharesOverHundred(ComparableSets sets, bool zh, List<Finding> findings, List<Finding>? passed)
    {
        foreach (ComparableSet set in sets.Sets)
        {
            if (!set.Unit.Dimension.Equals(Dimension.Share) || set.Sample.Market is null || set.Contestants.Count == 0)
            {
                continue;
            }

            decimal lows = 0m;
            bool exact = true;
            foreach (ComparableRecord r in set.Contestants)
            {
                lows += r.Value.Value.Low.IsUnbounded ? 0m : r.Value.Value.Low.Value;
                exact &= r.Value.Value.IsPoint;
            }

            string sum = lows.ToString(CultureInfo.InvariantCulture);
            string what = zh
                ? $"{set.Sample.Market.Name} 在“{Facts.Basis(set.Sample.Basis)}”上的份额（{set.Sample.Period?.Label ?? "未注明期间"}；{Publishers(set.Contestants, zh)}）"
                : $"Shares of {set.Sample.Market.Name} on {Facts.Basis(set.Sample.Basis)} ({set.Sample.Period?.Label ?? "period unstated"}; {Publishers(set.Contestants, zh)})";
            if (lows > 100m)
            {
                string members = Facts.List([.. set.Contestants.Select(r => r.Subject + " " + Facts.Number(r.Value.Value))], NamesShown, zh);
                findings.Add(new Finding("shares-exceed-100", set.Contestants.Select(r => r.Id),
                    zh ? $"{what}合计至少 {sum}%，超过 100%：{members}。" : $"{what} add up to at least {sum}%, past 100%: {members}."));
            }
            else if (passed is not null && set.Contestants.Count > 1)
            {
                passed.Add(new Finding("shares-within-100", set.Contestants.Select(r => r.Id),
                    zh ? $"{what}合计{(exact ? string.Empty : "至少 ")}{sum}% ≤ 100%。" : $"{what} sum to {(exact ? string.Empty : "at least ")}{sum}% ≤ 100%."));
            }
        }
    }

    private static void GroupsAgainstMembers(ComparableSets sets, bool zh, List<Finding> findings, List<Finding>? passed)
    {
        foreach (ComparableSet set in sets.Sets)
        {
            if (!set.Unit.Dimension.Equals(Dimension.Share) || set.Groups.Count == 0 || set.Contestants.Count == 0)
            {
                continue;
            }

            ComparableRecord[] largest = [.. set.Contestants.OrderByDescending(r => r.Value.Value.Low.IsUnbounded ? 0m : r.Value.Value.Low.Value).ThenBy(r => r.Subject, StringComparer.Ordinal)];
            foreach (ComparableRecord group in set.Groups)
            {
                if (GroupNames.SizeOf(group.Subject) is not { } size)
                {
                    continue;
                }

                ComparableRecord[] members = [.. largest.Take(size)];
                decimal sum = members.Sum(r => r.Value.Value.Low.IsUnbounded ? 0m : r.Value.Value.Low.Value);
                string names = Facts.List([.. members.Select(r => r.Subject + " " + Facts.Number(r.Value.Value))], NamesShown, zh);
                string count = members.Length.ToString(CultureInfo.InvariantCulture);
                string total = sum.ToString(CultureInfo.InvariantCulture);
                Interval figure = group.Value.Value;
                bool impossible = !figure.High.IsUnbounded && (sum > figure.High.Value || (sum == figure.High.Value && !figure.High.IsInclusive));
                string head = zh
                    ? $"{group.Subject} {Facts.Number(figure)}%（{Facts.Basis(group.Basis)}；{Facts.Where(group, zh)}；{Facts.Source(group, zh)}）"
                    : $"{group.Subject} at {Facts.Number(figure)}% ({Facts.Basis(group.Basis)}; {Facts.Where(group, zh)}; {Facts.Source(group, zh)})";
                IEnumerable<string> ids = members.Select(r => r.Id).Prepend(group.Id);
                if (impossible)
                {
                    findings.Add(new Finding("group-below-members", ids, zh
                        ? $"{head}不可能成立：其中最大的 {count} 个成员合计至少 {total}%（{names}）。"
                        : $"{head} cannot be true: its {count} largest members alone add up to at least {total}% ({names})."));
                }
                else
                {
                    passed?.Add(new Finding("group-covers-members", ids, zh
                        ? $"{head}与成员相符：最大的 {count} 个成员合计至少 {total}%（{names}），未超过该组数字的上限；组不与成员相加。"
                        : $"{head} is consistent with its members: the {count} largest add up to at least {total}% ({names}), within the group's figure; the group is not added to them."));
                }
            }
        }
    }

    private static void SharesOnDifferentBases(ComparableSets sets, bool zh, List<Finding> findings)
    {
        var bySubject = new Dictionary<string, List<ComparableRecord>>(StringComparer.Ordinal);
        foreach (ComparableSet set in sets.Sets)
        {
            if (!set.Unit.Dimension.Equals(Dimension.Share))
            {
                continue;
            }

            foreach (ComparableRecord share in set.Contestants)
            {
                if (!bySubject.TryGetValue(share.Subject, out List<ComparableRecord>? shares))
                {
                    bySubject.Add(share.Subject, shares = []);
                }

                if (!shares.Exists(s => s.Basis.Equals(share.Basis) && Equals(s.Market, share.Market)))
                {
                    shares.Add(share);
                }
            }
        }

        foreach ((string subject, List<ComparableRecord> shares) in bySubject.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (shares.Count < 2)
            {
                continue;
            }

            bool bases = shares.Select(s => s.Basis).Distinct().Count() > 1;
            string each = string.Join(zh ? "；" : "; ", shares.Select(s => zh
                ? $"{Facts.Number(s.Value.Value)}%，口径 {Facts.Basis(s.Basis)}，分母 {s.Market?.Name ?? "未注明"}（{s.Period?.Label ?? "未注明期间"}；{Facts.Source(s, zh)}）"
                : $"{Facts.Number(s.Value.Value)}% on {Facts.Basis(s.Basis)} of {s.Market?.Name ?? "an unstated market"} ({s.Period?.Label ?? "period unstated"}; {Facts.Source(s, zh)})"));
            string verdict = bases
                ? (zh ? "口径不同，不是矛盾。" : "different bases, not a contradiction.")
                : (zh ? "分母不同，不是矛盾。" : "shares of different wholes, not a contradiction.");
            findings.Add(new Finding("shares-on-different-bases", shares.Select(s => s.Id), zh ? $"{subject}：{each}：{verdict}" : $"{subject}: {each}: {verdict}"));
        }
    }

    private static void WholesOfDifferentScopes(ComparableSets sets, bool zh, List<Finding> findings)
    {
        // One total per publisher, basis, aggregation and unit (the latest), then pairs of those: few, whatever the number of records.
        var latest = new Dictionary<(string, MetricBasis, Aggregation, string), ComparableRecord>();
        foreach (ComparableRecord whole in sets.Wholes)
        {
            latest[(whole.Claimant, whole.Basis, whole.Aggregation, whole.Value.Unit.Symbol)] = whole;
        }

        ComparableRecord[] wholes = [.. latest.Values];
        for (int i = 0; i < wholes.Length; i++)
        {
            for (int j = i + 1; j < wholes.Length; j++)
            {
                ComparableRecord a = wholes[i], b = wholes[j];
                if (!a.Value.Unit.Dimension.Equals(b.Value.Unit.Dimension) || a.Claimant == b.Claimant || a.Basis.Equals(b.Basis))
                {
                    continue;
                }

                var differences = new List<string>();
                if (a.Basis.Id != b.Basis.Id)
                {
                    differences.Add(zh ? $"口径不同（{a.Basis.Name} 与 {b.Basis.Name}）" : $"different bases ({a.Basis.Name} vs {b.Basis.Name})");
                }

                foreach (string key in a.Basis.Scope.Differences(b.Basis.Scope))
                {
                    differences.Add(zh
                        ? $"{key}：{a.Claimant} 为 {a.Basis.Scope[key] ?? "未注明"}，{b.Claimant} 为 {b.Basis.Scope[key] ?? "未注明"}"
                        : $"{key} is {a.Basis.Scope[key] ?? "unstated"} for {a.Claimant} and {b.Basis.Scope[key] ?? "unstated"} for {b.Claimant}");
                }

                string perDay = PerDay(a) is { } pa && PerDay(b) is { } pb
                    ? (zh ? $"（每日{Trillions(pa, zh)} 与{Trillions(pb, zh)} 万亿）" : $" ({Trillions(pa, zh)} vs {Trillions(pb, zh)} trillion a day)")
                    : string.Empty;
                findings.Add(new Finding("scope-difference", [a.Id, b.Id], zh
                    ? $"两个市场总量（{Facts.Full(a, zh)}；{Facts.Full(b, zh)}）{perDay}统计范围不同：{string.Join("；", differences)}。是范围差异，不是矛盾。"
                    : $"Two market totals{perDay} measure different scopes: {Facts.Full(a, zh)}; {Facts.Full(b, zh)}. {string.Join("; ", differences)}: a scope difference, not a contradiction."));
            }
        }
    }

    private static string Publishers(IReadOnlyList<ComparableRecord> records, bool zh) =>
        Facts.List([.. records.Select(r => r.Claim.Publisher is { } p ? p.Name + " (" + ContractNames.Of(p.Kind) + ")" : r.Claimant).Distinct(StringComparer.Ordinal)], 3, zh);

    private static Interval? PerDay(ComparableRecord record)
    {
        if (!record.Value.Unit.Dimension.Equals(Dimension.TokenCount))
        {
            return null;
        }

        return record.Aggregation switch
        {
            Aggregation.DailyAverage => record.Value.Value,
            Aggregation.Total when record.Period is { } period => period.TotalToDailyAverage(record.Value.Value),
            _ => null,
        };
    }

    // "about 2.97" / "约 2.97": the figure in trillions, with the word for how it is bounded in the language asked.
    private static string Trillions(Interval perDay, bool zh)
    {
        decimal value = perDay.Low.IsUnbounded ? perDay.High.Value : perDay.Low.Value;
        string number = decimal.Round(value / 1_000_000_000_000m, 2).ToString("0.##", CultureInfo.InvariantCulture);
        string word = perDay.IsPoint || perDay.IsBounded ? (zh ? "约" : "about") : perDay.High.IsUnbounded ? (zh ? "超过" : "over") : (zh ? "不到" : "under");
        return word + " " + number;
    }
}
