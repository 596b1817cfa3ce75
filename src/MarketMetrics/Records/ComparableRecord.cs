using System.Runtime.CompilerServices;

namespace MarketMetrics;

/// <summary>
/// The normalised form of a claim: the figure in its canonical unit, the canonical period and aggregation, the
/// basis with its scope and the market, with provenance back to the <see cref="Claim"/> and every assumption,
/// conversion and warning that normalisation recorded. Records on the same basis, market, period and aggregation
/// can be compared.
/// </summary>
/// <remarks>
/// <para>Equality is structural over every member, the source claim included. Lists are copied on init, so a record
/// never changes after construction. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ComparableRecord : IEquatable<ComparableRecord>
{
    // The three note lists in one shared instance (most records carry the same few lists): one field instead of three.
    private readonly Notes _notes = Notes.None;
    private readonly string[] _inputs = [];

    /// <summary>Creates a record.</summary>
    /// <param name="id">The record's id (by convention the claim's id, with a suffix when one claim gives several records).</param>
    /// <param name="claim">The claim it was normalised from.</param>
    /// <param name="value">The figure, in its canonical unit.</param>
    /// <param name="basis">The basis with its scope.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or <paramref name="value"/> is not in a canonical unit.</exception>
    public ComparableRecord(string id, Claim claim, Figure value, MetricBasis basis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(basis);
        if (!value.Unit.IsCanonical)
        {
            throw new ArgumentException($"A record's value must be in a canonical unit; '{value.Unit.Symbol}' converts to '{value.Unit.Canonical.Symbol}'.", nameof(value));
        }

        Id = id;
        Claim = claim;
        Value = value;
        Basis = basis;
        Subject = claim.Subject;
        Claimant = claim.Claimant;
        Market = claim.Market;
        Period = claim.Period;
        Aggregation = claim.Aggregation;
        Status = claim.Status;
    }

    /// <summary>A record built from a draft: the note lists given at once, so that they are looked up together.</summary>
    internal ComparableRecord(string id, Claim claim, Figure value, MetricBasis basis, IReadOnlyList<RecordNote> assumptions,
        IReadOnlyList<RecordNote> conversions, IReadOnlyList<RecordNote> warnings)
        : this(id, claim, value, basis)
    {
        _notes = Notes.Of(Copy(assumptions), Copy(conversions), Copy(warnings));
    }

    /// <summary>Gets the record's id.</summary>
    public string Id { get; }

    /// <summary>Gets the claim the record was normalised from (provenance).</summary>
    public Claim Claim { get; }

    /// <summary>Gets the figure in its canonical unit.</summary>
    public Figure Value { get; }

    /// <summary>Gets the value of the lower bound in the canonical unit (<c>Value.Unit</c>), or <see langword="null"/> when there is none; see <see cref="Figure.Low"/>.</summary>
    public decimal? Low => Value.Low;

    /// <summary>Gets the value of the upper bound in the canonical unit (<c>Value.Unit</c>), or <see langword="null"/> when there is none; see <see cref="Figure.High"/>.</summary>
    public decimal? High => Value.High;

    /// <summary>Gets the basis with its scope.</summary>
    public MetricBasis Basis { get; }

    /// <summary>Gets the normalised subject id; the claim's subject by default.</summary>
    public string Subject { get; init; }

    /// <summary>Gets the normalised claimant id; the claim's claimant by default.</summary>
    public string Claimant { get; init; }

    /// <summary>Gets the market; the claim's by default.</summary>
    public Market? Market { get; init; }

    /// <summary>Gets the period; the claim's by default.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets the aggregation; the claim's by default.</summary>
    public Aggregation Aggregation { get; init; }

    /// <summary>Gets the status; the claim's by default.</summary>
    public FigureStatus Status { get; init; }

    /// <summary>Gets the assumptions normalisation made (e.g. that an unlabelled volume is a period total).</summary>
    public IReadOnlyList<RecordNote> Assumptions { get => _notes.Assumptions; init => _notes = Notes.Of(Copy(value), _notes.Conversions, _notes.Warnings); }

    /// <summary>Gets the conversions applied (scale word, unit, aggregation, currency with its rate).</summary>
    public IReadOnlyList<RecordNote> Conversions { get => _notes.Conversions; init => _notes = Notes.Of(_notes.Assumptions, Copy(value), _notes.Warnings); }

    /// <summary>Gets warnings a reader should see (e.g. a share whose period was not stated).</summary>
    public IReadOnlyList<RecordNote> Warnings { get => _notes.Warnings; init => _notes = Notes.Of(_notes.Assumptions, _notes.Conversions, Copy(value)); }

    /// <summary>Gets, for a <see cref="FigureStatus.Derived"/> record, the formula it was computed with.</summary>
    public string? Formula { get; init; }

    /// <summary>Gets, for a <see cref="FigureStatus.Derived"/> record, the ids of the records it was computed from.</summary>
    public IReadOnlyList<string> Inputs
    {
        get => _inputs;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _inputs = value.Count == 0 ? [] : [.. value];
        }
    }

    /// <inheritdoc />
    public bool Equals(ComparableRecord? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Claim.Equals(other.Claim)
            && Value.Equals(other.Value)
            && Basis.Equals(other.Basis)
            && string.Equals(Subject, other.Subject, StringComparison.Ordinal)
            && string.Equals(Claimant, other.Claimant, StringComparison.Ordinal)
            && Equals(Market, other.Market)
            && Equals(Period, other.Period)
            && Aggregation == other.Aggregation
            && Status == other.Status
            && _notes.Assumptions.AsSpan().SequenceEqual(other._notes.Assumptions)
            && _notes.Conversions.AsSpan().SequenceEqual(other._notes.Conversions)
            && _notes.Warnings.AsSpan().SequenceEqual(other._notes.Warnings)
            && string.Equals(Formula, other.Formula, StringComparison.Ordinal)
            && _inputs.AsSpan().SequenceEqual(other._inputs);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComparableRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Value, Basis, Period);

    /// <summary>Formats as <c>id: subject value on basis</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Subject} {Value} on {Basis}";

    // The copy is shared with an earlier record of this thread that holds the same note instances in the same order (most
    // records carry the same few shared notes); the arrays are never written after construction.
    private static RecordNote[] Copy(IReadOnlyList<RecordNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        int count = notes.Count;
        if (count == 0)
        {
            return [];
        }

        uint hash = (uint)count;
        for (int i = 0; i < count; i++)
        {
            RecordNote note = notes[i] ?? throw new ArgumentException("A note list cannot contain null.", nameof(notes));
            hash = (hash * 31) + (uint)RuntimeHelpers.GetHashCode(note);
        }

        // Two places a list may be in (the rows of a file interleave a few lists, and two may share a slot); a new list goes
        // first, the one it displaces second.
        RecordNote[][] recent = t_recentNotes ??= new RecordNote[RecentNoteLists + 1][];
        int slot = (int)(hash % RecentNoteLists);
        if (Same(recent[slot], notes))
        {
            return recent[slot];
        }

        if (Same(recent[slot + 1], notes))
        {
            return recent[slot + 1];
        }

        var copy = new RecordNote[count];
        for (int i = 0; i < count; i++)
        {
            copy[i] = notes[i];
        }

        recent[slot + 1] = recent[slot];
        recent[slot] = copy;
        return copy;
    }

    private static bool Same(RecordNote[]? earlier, IReadOnlyList<RecordNote> notes)
    {
        if (earlier is null || earlier.Length != notes.Count)
        {
            return false;
        }

        for (int i = 0; i < earlier.Length; i++)
        {
            if (!ReferenceEquals(earlier[i], notes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private const int RecentNoteLists = 127;

    [ThreadStatic]
    private static RecordNote[][]? t_recentNotes;

    /// <summary>The three note lists of a record, shared by the records of a thread that hold the same three arrays (the
    /// arrays are shared by <see cref="Copy"/>); never written after construction.</summary>
    private sealed class Notes
    {
        public static readonly Notes None = new([], [], []);

        [ThreadStatic]
        private static Notes?[]? t_recent;

        private Notes(RecordNote[] assumptions, RecordNote[] conversions, RecordNote[] warnings)
        {
            Assumptions = assumptions;
            Conversions = conversions;
            Warnings = warnings;
        }

        public RecordNote[] Assumptions { get; }

        public RecordNote[] Conversions { get; }

        public RecordNote[] Warnings { get; }

        public static Notes Of(RecordNote[] assumptions, RecordNote[] conversions, RecordNote[] warnings)
        {
            if (assumptions.Length == 0 && conversions.Length == 0 && warnings.Length == 0)
            {
                return None;
            }

            uint hash = (uint)RuntimeHelpers.GetHashCode(assumptions);
            hash = (hash * 31) + (uint)RuntimeHelpers.GetHashCode(conversions);
            hash = (hash * 31) + (uint)RuntimeHelpers.GetHashCode(warnings);
            // Two places a bundle may be in (the file's rows interleave a few bundles, which may share a slot); a new one
            // goes first, the one it displaces second.
            Notes?[] recent = t_recent ??= new Notes?[RecentBundles + 1];
            int slot = (int)(hash % RecentBundles);
            if (Holds(recent[slot], assumptions, conversions, warnings))
            {
                return recent[slot]!;
            }

            if (Holds(recent[slot + 1], assumptions, conversions, warnings))
            {
                return recent[slot + 1]!;
            }

            var notes = new Notes(assumptions, conversions, warnings);
            recent[slot + 1] = recent[slot];
            recent[slot] = notes;
            return notes;
        }

        private static bool Holds(Notes? notes, RecordNote[] assumptions, RecordNote[] conversions, RecordNote[] warnings) =>
            notes is not null && ReferenceEquals(notes.Assumptions, assumptions) && ReferenceEquals(notes.Conversions, conversions)
            && ReferenceEquals(notes.Warnings, warnings);

        private const int RecentBundles = 127;
    }
}
