using System.Globalization;

namespace MarketMetrics.Analysis;

/// <summary>
/// Finds records that cannot all be true as stated: a vendor's figure above the total of a market that should
/// contain it, and shares of one market that add up past 100%. When the scopes differ, the finding names the
/// difference as the likely explanation instead of calling it a contradiction.
/// </summary>
public static class ConsistencyChecks
{
    /// <summary>Runs every check.</summary>
    /// <param name="records">The records.</param>
    /// <param name="aliases">The alias table; <see langword="null"/> for the default.</param>
    /// <param name="language">The language of the explanations.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<Finding> Run(IEnumerable<ComparableRecord> records, EntityAliases? aliases = null, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(records);
        aliases ??= EntityAliases.Default;
        ComparableRecord[] all = [.. records.Where(r => r.Status != FigureStatus.Derived)];
        var findings = new List<Finding>();
        PartsAgainstWholes(all, aliases, language, findings);
        SharesOverHundred(all, language, findings);
        return findings;
    }

    private static void PartsAgainstWholes(ComparableRecord[] all, EntityAliases aliases, AnalysisLanguage language, List<Finding> findings)
    {
        bool zh = language == AnalysisLanguage.Chinese;
        foreach (ComparableRecord whole in all.Where(r => aliases.IsMarket(r.Subject)))
        {
            if (PerDay(whole) is not { } wholePerDay)
            {
                continue;
            }

            foreach (ComparableRecord part in all.Where(r => !aliases.IsMarket(r.Subject) && r.Value.Unit.Equals(whole.Value.Unit)))
            {
                if (PerDay(part) is not { } partPerDay || !wholePerDay.IsEntirelyBelow(partPerDay))
                {
                    continue;
                }

                var differences = new List<string>();
                if (part.Basis.Id != whole.Basis.Id)
                {
                    differences.Add(zh ? $"口径不同（{part.Basis.Name} 与 {whole.Basis.Name}）" : $"the bases differ ({part.Basis.Name} vs {whole.Basis.Name})");
                }

                foreach (string key in part.Basis.Scope.Differences(whole.Basis.Scope))
                {
                    if (part.Basis.Scope[key] is null || whole.Basis.Scope[key] is null)
                    {
                        continue; // implied by the bases being different
                    }

                    differences.Add(zh
                        ? $"{key}：{part.Subject} 为 {part.Basis.Scope[key] ?? "未注明"}，{whole.Claimant} 为 {whole.Basis.Scope[key] ?? "未注明"}"
                        : $"{key} is {part.Basis.Scope[key] ?? "unstated"} for {part.Subject} but {whole.Basis.Scope[key] ?? "unstated"} for {whole.Claimant}");
                }

                string figures = zh
                    ? $"{part.Subject} 每日{Trillions(partPerDay, zh)} 万亿 tokens，高于 {whole.Claimant} 统计的全市场每日{Trillions(wholePerDay, zh)} 万亿（{whole.Period?.Label ?? "期间未注明"}）"
                    : $"{part.Subject} at {Trillions(partPerDay, zh)} trillion tokens a day exceeds the whole market's {Trillions(wholePerDay, zh)} trillion a day by {whole.Claimant} ({whole.Period?.Label ?? "period unstated"})";
                if (differences.Count == 0)
                {
                    findings.Add(new Finding("contradiction", [part.Id, whole.Id], figures + (zh ? "；口径与范围相同，两者不可能同时成立。" : "; same basis and scope, so both cannot be true.")));
                    continue;
                }

                string why = string.Join(zh ? "；" : "; ", differences);
                bool ownProducts = part.Basis.Scope[ScopeKeys.InternalBusinessCalls] == ScopeKeys.Included && whole.Basis.Scope[ScopeKeys.InternalBusinessCalls] != ScopeKeys.Included;
                string likely = ownProducts
                    ? (zh ? $"。最可能的解释：{part.Subject} 的数字包含其母公司自有产品的调用，而 {whole.Claimant} 只统计公有云 MaaS 调用。" : $". Likely explanation: {part.Subject}'s figure includes its owner's own products, while {whole.Claimant}'s counts public-cloud MaaS calls only.")
                    : (zh ? "。范围不同，可解释这一差异。" : ". The scope difference is the likely explanation.");
                findings.Add(new Finding("part-exceeds-whole", [part.Id, whole.Id], figures + (zh ? "；两者可同时成立，因为范围不同：" : "; both can be true because the scopes differ: ") + why + likely));
            }
        }
    }

    private static void SharesOverHundred(ComparableRecord[] all, AnalysisLanguage language, List<Finding> findings)
    {
        foreach (var group in all.Where(r => r.Value.Unit.Dimension.Equals(Dimension.Share) && r.Market is not null)
                     .GroupBy(r => (r.Basis, r.Market!.Id, r.Period?.Start, r.Period?.End, r.Aggregation)))
        {
            decimal lows = 0m;
            foreach (ComparableRecord r in group)
            {
                lows += r.Value.Value.Low.IsUnbounded ? 0m : r.Value.Value.Low.Value;
            }

            if (lows > 100m)
            {
                string sum = lows.ToString(CultureInfo.InvariantCulture);
                findings.Add(new Finding("shares-exceed-100", group.Select(r => r.Id),
                    language == AnalysisLanguage.Chinese ? $"同一市场、同一口径的份额合计至少 {sum}%，超过 100%。" : $"Shares of one market on one basis add up to at least {sum}%, past 100%."));
            }
        }
    }

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
