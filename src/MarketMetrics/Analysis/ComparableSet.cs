namespace MarketMetrics.Analysis;

/// <summary>One comparable set: the records of one basis with scope, market, period, aggregation and unit; one per subject.</summary>
internal sealed class ComparableSet
{
    private readonly Dictionary<string, Slot> _contestants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> _groups = new(StringComparer.Ordinal);

    public ComparableSet(ComparableRecord sample) => Sample = sample;

    public static IComparer<ComparableSet> Order { get; } = Comparer<ComparableSet>.Create(static (a, b) =>
    {
        ComparableRecord x = a.Sample, y = b.Sample;
        int c = string.CompareOrdinal(x.Basis.Id, y.Basis.Id);
        c = c != 0 ? c : string.CompareOrdinal(x.Basis.Scope.ToString(), y.Basis.Scope.ToString());
        c = c != 0 ? c : string.CompareOrdinal(x.Market?.Id, y.Market?.Id);
        c = c != 0 ? c : Nullable.Compare(x.Period?.Start, y.Period?.Start);
        c = c != 0 ? c : Nullable.Compare(x.Period?.End, y.Period?.End);
        c = c != 0 ? c : x.Aggregation.CompareTo(y.Aggregation);
        c = c != 0 ? c : string.CompareOrdinal(x.Value.Unit.Symbol, y.Value.Unit.Symbol);
        return c != 0 ? c : (x.Status == FigureStatus.Forecast).CompareTo(y.Status == FigureStatus.Forecast);
    });

    /// <summary>Gets the first record of the set, whose basis, market, period, aggregation and unit every member shares.</summary>
    public ComparableRecord Sample { get; }

    /// <summary>Gets one record per contestant subject (groups and markets left out), ordered by subject.</summary>
    public IReadOnlyList<ComparableRecord> Contestants { get; private set; } = [];

    /// <summary>Gets one record per group subject ("top five combined"), ordered by subject.</summary>
    public IReadOnlyList<ComparableRecord> Groups { get; private set; } = [];

    public Unit Unit => Sample.Value.Unit;

    /// <summary>How many records of the subject the set held (1 when there was no duplicate).</summary>
    public int ClaimsOf(string subject) =>
        _contestants.TryGetValue(subject, out Slot? slot) || _groups.TryGetValue(subject, out slot) ? slot.Claims : 0;

    public void Add(ComparableRecord record, bool group)
    {
        Dictionary<string, Slot> slots = group ? _groups : _contestants;
        if (!slots.TryGetValue(record.Subject, out Slot? slot))
        {
            slots.Add(record.Subject, new Slot(record));
            return;
        }

        slot.Claims++;
        DateOnly? kept = slot.Record.Claim.PublishedOn, offered = record.Claim.PublishedOn;
        if (kept is null || (offered is not null && offered >= kept))
        {
            slot.Record = record;
        }
    }

    public void Complete()
    {
        Contestants = Sorted(_contestants);
        Groups = Sorted(_groups);
    }

    private static ComparableRecord[] Sorted(Dictionary<string, Slot> slots)
    {
        ComparableRecord[] records = new ComparableRecord[slots.Count];
        int i = 0;
        foreach (Slot slot in slots.Values)
        {
            records[i++] = slot.Record;
        }

        Array.Sort(records, static (a, b) => string.CompareOrdinal(a.Subject, b.Subject));
        return records;
    }

    private sealed class Slot(ComparableRecord record)
    {
        public ComparableRecord Record { get; set; } = record;

        public int Claims { get; set; } = 1;
    }
}
