using System.Collections.Concurrent;
using System.Globalization;

namespace MarketMetrics.Normalization;

/// <summary>
/// The notes normalisation attaches, one instance per distinct text: most records carry the same few ("'萬億' = ×
/// 1000000000000.", "subject '火山引擎' → 'volcano-engine'."), so they are built once and shared instead of per record.
/// Keyed by what the text is made from, so a hit allocates nothing; each table stops growing at a bound (names that are
/// not in the alias table differ per row), after which a note is built per call as before. Thread-safe.
/// </summary>
internal static class SharedNotes
{
    private const int MaxPerTable = 4096;

    public static readonly RecordNote PeriodMissing = new("period.missing", "The source states no period; the figure cannot be compared across time.");
    public static readonly RecordNote ForecastFromValue = new("status.from-value", "A forecast, as the value's words say (预计, expected).");
    public static readonly RecordNote RoundedOutward = new("value.rounded-outward", "The quotient does not terminate; its bounds are rounded outward at 28 digits.");
    public static readonly RecordNote PriceDirectionUnstated = new("price.direction-unstated", "The price does not say whether it is for input, output or blended tokens.");
    public static readonly RecordNote CapacityLoadUnstated = new("capacity.load-unstated", "Users served means little without the per-user load; add the scope key per-user-load.");
    public static readonly RecordNote CountMissingMarket = new("count.missing-market", "A number of vendors says little without the market counted.");

    private static readonly Table<(string Text, decimal Multiplier, byte Digits)> Scales = new();
    private static readonly Table<(Unit From, Unit To)> UnitConversions = new();
    private static readonly Table<(string Role, string Name, string Id)> Aliases = new();
    private static readonly Table<(string Role, string Name)> UnknownAliases = new();
    private static readonly Table<(string Name, string Group)> Groups = new();
    private static readonly Table<(string Code, string Message)> Given = new();
    private static readonly Table<(int Kind, string Label)> AssumedTotals = new();
    private static readonly Table<(string Key, string Value)> ScopesFromValue = new();
    private static readonly Table<(bool ToDaily, string Label, int Days), string> Formulas = new();
    private static readonly Table<(string Label, DateOnly Start, DateOnly End, string Calendar)> Fiscal = new();

    /// <summary>scale.applied: <c>'萬億' = × 1000000000000.</c></summary>
    public static RecordNote ScaleApplied(ScaleWord scale) => Scales.Get((scale.Text, scale.Multiplier, scale.Multiplier.Scale), Hint(scale.Text), static key =>
        new RecordNote("scale.applied", string.Create(CultureInfo.InvariantCulture, $"'{key.Text}' = × {key.Multiplier}.")));

    /// <summary>unit.converted: <c>ms → s (× 1/1000).</c></summary>
    public static RecordNote UnitConverted(Unit from, Unit to) => UnitConversions.Get((from, to), Hint(from.Symbol) + Hint(to.Symbol), static key =>
        new RecordNote("unit.converted", $"{key.From.Symbol} → {key.To.Symbol} (× {key.From.Factor})."));

    /// <summary>alias.resolved: <c>subject '火山引擎' → 'volcano-engine'.</c></summary>
    public static RecordNote AliasResolved(string role, string name, string id) => Aliases.Get((role, name, id), Hint(name) + role.Length, static key =>
        new RecordNote("alias.resolved", $"{key.Role} '{key.Name}' → '{key.Id}'."));

    /// <summary>alias.unknown: <c>subject 'x' is not in the alias table; kept as given.</c></summary>
    public static RecordNote AliasUnknown(string role, string name) => UnknownAliases.Get((role, name), Hint(name) + role.Length, static key =>
        new RecordNote("alias.unknown", $"{key.Role} '{key.Name}' is not in the alias table; kept as given."));

    /// <summary>subject.group: the subject counted as its group.</summary>
    public static RecordNote SubjectGroup(string name, string groupId) => Groups.Get((name, groupId), Hint(name), static key =>
        new RecordNote("subject.group", $"subject '{key.Name}' → the group '{key.Group}' (its members counted together; never ranked beside them)."));

    /// <summary>A note whose message the claim gives as it is (basis.inferred, period.resolved).</summary>
    public static RecordNote Of(string code, string message) => Given.Get((code, message), Hint(message) + code.Length, static key => new RecordNote(key.Code, key.Message));

    /// <summary>aggregation.assumed-total of a token volume.</summary>
    public static RecordNote AssumedTotalOfVolume(string periodLabel) => AssumedTotals.Get((0, periodLabel), Hint(periodLabel), static key =>
        new RecordNote("aggregation.assumed-total", $"The source did not say total or daily average; taken as the total over {key.Label}."));

    /// <summary>aggregation.assumed-total of revenue.</summary>
    public static RecordNote AssumedTotalOfRevenue(string periodLabel) => AssumedTotals.Get((1, periodLabel), Hint(periodLabel) + 1, static key =>
        new RecordNote("aggregation.assumed-total", $"Revenue for {key.Label} taken as the total over the period."));

    /// <summary>scope.from-value: <c>token-direction=input, as the value prints it.</c></summary>
    public static RecordNote ScopeFromValue(string key, string value) => ScopesFromValue.Get((key, value), Hint(value) + key.Length, static k =>
        new RecordNote("scope.from-value", $"{k.Key}={k.Value}, as the value prints it."));

    /// <summary>The formula of a derived total or daily average: <c>total ÷ 181 days of 2025-H1</c>.</summary>
    public static string Formula(bool toDaily, string periodLabel, int days) => Formulas.Get((toDaily, periodLabel, days), Hint(periodLabel) + (toDaily ? 1 : 0), static key =>
    {
        string count = key.Days.ToString(CultureInfo.InvariantCulture);
        return key.ToDaily ? $"total ÷ {count} days of {key.Label}" : $"daily average × {count} days of {key.Label}";
    });

    /// <summary>period.fiscal: the dates a fiscal period covers, by its calendar.</summary>
    public static RecordNote PeriodFiscal(ReportingPeriod fiscal) => Fiscal.Get((fiscal.Label, fiscal.Start, fiscal.End, fiscal.FiscalCalendar!.Name), Hint(fiscal.Label), static key =>
        new RecordNote("period.fiscal", string.Create(CultureInfo.InvariantCulture,
            $"{key.Label} = {key.Start:yyyy-MM-dd} to {key.End:yyyy-MM-dd} (end exclusive), by the {key.Calendar} fiscal calendar.")));

    private sealed class Table<TKey> : Table<TKey, RecordNote>
        where TKey : notnull;

    // A cheap spread of a text over the slots of a table's recent entries (length, first and last characters).
    private static int Hint(string text) => text.Length == 0 ? 0 : text.Length ^ (text[0] * 31) ^ (text[^1] * 7);

    private class Table<TKey, TValue>
        where TKey : notnull
        where TValue : class
    {
        private const int RecentSlots = 16;

        private readonly ConcurrentDictionary<TKey, Entry> _notes = new();

        // The entries found last, by a hint of the caller's (most rows carry the same few notes): an equal key here is
        // answered without hashing it (a key of strings and decimals hashes slowly). Slots are replaced whole, so a
        // reader on another thread sees an entry or its successor, never a mix.
        private readonly Entry?[] _recent = new Entry?[RecentSlots];
        private int _count;

        public TValue Get(TKey key, int hint, Func<TKey, TValue> create)
        {
            int slot = hint & (RecentSlots - 1);
            if (Volatile.Read(ref _recent[slot]) is { } recent && EqualityComparer<TKey>.Default.Equals(recent.Key, key))
            {
                return recent.Value;
            }

            if (!_notes.TryGetValue(key, out Entry? entry))
            {
                entry = new Entry(key, create(key));
                if (Volatile.Read(ref _count) >= MaxPerTable || !_notes.TryAdd(key, entry))
                {
                    return entry.Value;
                }

                Interlocked.Increment(ref _count);
            }

            Volatile.Write(ref _recent[slot], entry);
            return entry.Value;
        }

        private sealed class Entry(TKey key, TValue value)
        {
            public TKey Key { get; } = key;

            public TValue Value { get; } = value;
        }
    }
}
