namespace MarketMetrics.Analysis;

/// <summary>
/// Records gathered in one pass into comparable sets (basis with scope, market, period, aggregation, unit, forecast or
/// not), keeping one record per subject in each set: the latest published, or the later in the input when the dates
/// do not decide. Memory grows with the sets and their subjects, not with the number of records.
/// </summary>
internal sealed class ComparableSets
{
    private readonly Dictionary<SetKey, ComparableSet> _sets = [];
    private readonly List<ComparableRecord> _wholes = [];

    private ComparableSets(EntityAliases aliases) => Aliases = aliases;

    public EntityAliases Aliases { get; }

    public long RecordCount { get; private set; }

    public IReadOnlyList<ComparableRecord> Wholes => _wholes;

    /// <summary>Gets the sets, in a stable order (basis id, scope, market, period, unit).</summary>
    public IReadOnlyList<ComparableSet> Sets { get; private set; } = [];

    public static ComparableSets Collect(IEnumerable<ComparableRecord> records, EntityAliases aliases)
    {
        var sets = new ComparableSets(aliases);
        foreach (ComparableRecord record in records)
        {
            sets.Add(record);
        }

        sets.Complete();
        return sets;
    }

    private void Add(ComparableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record, "records");
        RecordCount++;
        if (record.Status == FigureStatus.Derived)
        {
            return;
        }

        if (Aliases.IsMarket(record.Subject))
        {
            _wholes.Add(record);
            return;
        }

        var key = new SetKey(record.Basis, record.Market?.Id, record.Period?.Start, record.Period?.End, record.Aggregation, record.Value.Unit.Symbol, record.Status == FigureStatus.Forecast);
        if (!_sets.TryGetValue(key, out ComparableSet? set))
        {
            set = new ComparableSet(record);
            _sets.Add(key, set);
        }

        set.Add(record, Aliases.IsGroup(record.Subject));
    }

    private void Complete()
    {
        ComparableSet[] ordered = [.. _sets.Values];
        Array.Sort(ordered, ComparableSet.Order);
        foreach (ComparableSet set in ordered)
        {
            set.Complete();
        }

        Sets = ordered;
    }

    private readonly record struct SetKey(MetricBasis Basis, string? Market, DateOnly? Start, DateOnly? End, Aggregation Aggregation, string Unit, bool Forecast);
}
