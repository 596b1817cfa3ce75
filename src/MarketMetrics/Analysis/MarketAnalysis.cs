namespace MarketMetrics.Analysis;

/// <summary>
/// Leaderboards, consistency checks, the checks that passed and share × total estimates, from one pass over the
/// records: O(n log n) time, and memory for one record per subject and comparable set (plus the market totals),
/// however many records are read.
/// </summary>
public static class MarketAnalysis
{
    /// <summary>Analyses records, reading them once.</summary>
    /// <param name="records">The records; read once, so a lazy sequence (a file being read) is fine.</param>
    /// <param name="aliases">The alias table; <see langword="null"/> for the default.</param>
    /// <param name="language">The language of the sentences.</param>
    /// <returns>What was found.</returns>
    public static MarketAnalysisResult Run(IEnumerable<ComparableRecord> records, EntityAliases? aliases = null, AnalysisLanguage language = AnalysisLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(records);
        ComparableSets sets = ComparableSets.Collect(records, aliases ?? EntityAliases.Default);
        IReadOnlyList<Leaderboard> boards = Leaderboards.Build(sets, language);
        var passed = new List<Finding>();
        List<Finding> findings = ConsistencyChecks.Run(sets, language, passed);
        return new MarketAnalysisResult(sets.RecordCount, boards, Leaderboards.Summarize(boards, language), findings, passed, SharesOfTotals(sets));
    }

    private static List<EstimateResult> SharesOfTotals(ComparableSets sets)
    {
        var totals = new Dictionary<(MetricBasis, string), List<ComparableRecord>>();
        foreach (ComparableRecord whole in sets.Wholes)
        {
            if (whole.Market is not null && whole.Period is not null && whole.Status != FigureStatus.Forecast && !whole.Value.Unit.Dimension.Equals(Dimension.Share))
            {
                if (!totals.TryGetValue((whole.Basis, whole.Market.Id), out List<ComparableRecord>? list))
                {
                    totals.Add((whole.Basis, whole.Market.Id), list = []);
                }

                list.Add(whole);
            }
        }

        var derived = new List<EstimateResult>();
        if (totals.Count == 0)
        {
            return derived;
        }

        foreach (ComparableSet set in sets.Sets)
        {
            ComparableRecord sample = set.Sample;
            if (!set.Unit.Dimension.Equals(Dimension.Share) || sample.Market is null || sample.Period is null || sample.Status == FigureStatus.Forecast
                || !totals.TryGetValue((sample.Basis, sample.Market.Id), out List<ComparableRecord>? wholes))
            {
                continue;
            }

            foreach (ComparableRecord total in wholes)
            {
                if (!total.Period!.Coincides(sample.Period))
                {
                    continue;
                }

                foreach (ComparableRecord share in set.Contestants)
                {
                    EstimateResult estimate = DerivedEstimates.ShareOfTotal($"est-{share.Id}-of-{total.Id}", share, total);
                    if (estimate.Success)
                    {
                        derived.Add(estimate);
                    }
                }
            }
        }

        return derived;
    }
}
