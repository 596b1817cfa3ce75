namespace MarketMetrics.Cli.Commands;

/// <summary>
/// Records grouped where a pairwise verdict can be worth asking for: same dimension and same market (the market
/// unstated counting as one). Each group keeps at most a set number of records and counts the rest, so memory stays
/// flat; pairs across groups differ in dimension or market and are never compared unless named.
/// </summary>
internal sealed class CandidateGroups(int keepPerGroup)
{
    private readonly Dictionary<(string, string?), Group> _groups = [];

    public long PairCount
    {
        get
        {
            long pairs = 0;
            foreach (Group g in _groups.Values)
            {
                pairs += g.Count * (g.Count - 1) / 2;
            }

            return pairs;
        }
    }

    public int Count => _groups.Count;

    public void Add(ComparableRecord record)
    {
        if (record.Status == FigureStatus.Derived)
        {
            return;
        }

        var key = (record.Value.Unit.Dimension.Id, record.Market?.Id);
        if (!_groups.TryGetValue(key, out Group? group))
        {
            _groups.Add(key, group = new Group());
        }

        group.Count++;
        if (group.Kept.Count < keepPerGroup)
        {
            group.Kept.Add(record);
        }
    }

    /// <summary>Every pair of kept records within a group, groups in first-seen order.</summary>
    public IEnumerable<(ComparableRecord First, ComparableRecord Second)> Pairs()
    {
        foreach (Group group in _groups.Values)
        {
            List<ComparableRecord> kept = group.Kept;
            for (int i = 0; i < kept.Count; i++)
            {
                for (int j = i + 1; j < kept.Count; j++)
                {
                    yield return (kept[i], kept[j]);
                }
            }
        }
    }

    /// <summary>Each group's record count and the records it kept, groups in first-seen order.</summary>
    public IEnumerable<(long Count, IReadOnlyList<ComparableRecord> Kept)> All()
    {
        foreach (Group group in _groups.Values)
        {
            yield return (group.Count, group.Kept);
        }
    }

    private sealed class Group
    {
        public long Count { get; set; }

        public List<ComparableRecord> Kept { get; } = [];
    }
}
