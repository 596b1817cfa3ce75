using System.Collections.Frozen;
using System.Globalization;

namespace MarketMetrics;

/// <summary>
/// An immutable set of <see cref="FiscalCalendar"/>s, found by company id or alias (阿里云 → alibaba).
/// </summary>
/// <remarks>
/// <see cref="Default"/> is loaded from the data table <c>Periods/fiscal-calendars.tsv</c> embedded in the assembly.
/// Lookups are case-insensitive (ordinal). Instances are immutable and thread-safe; <see cref="With"/> returns a new registry.
/// </remarks>
public sealed class FiscalCalendarRegistry
{
    private readonly FrozenDictionary<string, FiscalCalendar> _byKey;

    private FiscalCalendarRegistry(IReadOnlyList<FiscalCalendar> calendars, FrozenDictionary<string, FiscalCalendar> byKey)
    {
        Calendars = calendars;
        _byKey = byKey;
    }

    /// <summary>Gets the built-in calendars (Alibaba's fiscal year ends 31 March; Microsoft's 30 June; Oracle's 31 May; the rest 31 December).</summary>
    public static FiscalCalendarRegistry Default { get; } = LoadDefault();

    /// <summary>Gets every calendar in the registry.</summary>
    public IReadOnlyList<FiscalCalendar> Calendars { get; }

    /// <summary>Creates a registry from calendars and their aliases.</summary>
    /// <param name="entries">Each calendar with the names that should find it besides its id.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentException">Two calendars share an id or an alias.</exception>
    public static FiscalCalendarRegistry Create(IEnumerable<(FiscalCalendar Calendar, IEnumerable<string> Aliases)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendars = new List<FiscalCalendar>();
        var byKey = new Dictionary<string, FiscalCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach ((FiscalCalendar calendar, IEnumerable<string> aliases) in entries)
        {
            ArgumentNullException.ThrowIfNull(calendar);
            calendars.Add(calendar);
            AddKey(byKey, calendar.Id, calendar);
            foreach (string alias in aliases ?? [])
            {
                AddKey(byKey, alias, calendar);
            }
        }

        return new FiscalCalendarRegistry(calendars, byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Returns a registry with one more calendar.</summary>
    /// <param name="calendar">The calendar to add.</param>
    /// <param name="aliases">Other names that should find it.</param>
    /// <returns>A new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">Its id or an alias is already taken.</exception>
    public FiscalCalendarRegistry With(FiscalCalendar calendar, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(aliases);
        var byKey = new Dictionary<string, FiscalCalendar>(_byKey, StringComparer.OrdinalIgnoreCase);
        AddKey(byKey, calendar.Id, calendar);
        foreach (string alias in aliases)
        {
            AddKey(byKey, alias, calendar);
        }

        return new FiscalCalendarRegistry([.. Calendars, calendar], byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Finds a calendar by company id or alias.</summary>
    /// <param name="idOrAlias">An id such as <c>alibaba</c> or an alias such as <c>阿里云</c>.</param>
    /// <param name="calendar">The calendar, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string idOrAlias, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FiscalCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        return _byKey.TryGetValue(idOrAlias.Trim(), out calendar);
    }

    private static void AddKey(Dictionary<string, FiscalCalendar> byKey, string key, FiscalCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (byKey.TryGetValue(key, out FiscalCalendar? existing) && !existing.Equals(calendar))
        {
            throw new ArgumentException($"The name '{key}' already finds fiscal calendar '{existing.Id}'; it cannot also find '{calendar.Id}'.", nameof(key));
        }

        byKey[key] = calendar;
    }

    private static FiscalCalendarRegistry LoadDefault()
    {
        using Stream stream = typeof(FiscalCalendarRegistry).Assembly.GetManifestResourceStream("MarketMetrics.Periods.fiscal-calendars.tsv")
            ?? throw new MarketMetricsException("The embedded fiscal calendar table is missing from the MarketMetrics assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<(FiscalCalendar, IEnumerable<string>)>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length < 4 || cells[2].Length != 5 || cells[2][2] != '-')
            {
                throw new MarketMetricsException($"fiscal-calendars.tsv line {lineNumber}: expected 'id, name, MM-DD, naming, aliases'.");
            }

            int month = int.Parse(cells[2].AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            int day = int.Parse(cells[2].AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            FiscalYearNaming naming = cells[3] == "start-year" ? FiscalYearNaming.StartYear : FiscalYearNaming.EndYear;
            string[] aliases = cells.Length > 4 ? cells[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            entries.Add((new FiscalCalendar(cells[0], cells[1], month, day, naming), aliases));
        }

        return Create(entries);
    }
}
