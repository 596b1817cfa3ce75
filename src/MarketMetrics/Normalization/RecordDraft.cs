namespace MarketMetrics.Normalization;

/// <summary>
/// A mutable builder for a <see cref="ComparableRecord"/>, handed to normalizers by <see cref="ClaimNormalizer"/>.
/// Not thread-safe: use one draft per claim and call <see cref="Build"/> at the end.
/// </summary>
public sealed class RecordDraft
{
    /// <summary>Creates a draft from a claim and its figure in a canonical unit.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="value">The figure in a canonical unit.</param>
    public RecordDraft(Claim claim, Figure value)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(value);
        Claim = claim;
        Id = claim.Id;
        Value = value;
        Basis = claim.Basis;
        Subject = claim.Subject;
        Claimant = claim.Claimant;
        Market = claim.Market;
        Period = claim.Period;
        Aggregation = claim.Aggregation;
        Status = claim.Status;
    }

    /// <summary>Gets the claim the record comes from.</summary>
    public Claim Claim { get; private set; }

    /// <summary>Gets or sets the record id (the claim id by default).</summary>
    public string Id { get; set; }

    /// <summary>Gets or sets the figure; it must be in a canonical unit when <see cref="Build"/> is called.</summary>
    public Figure Value { get; set; }

    /// <summary>Gets or sets the basis.</summary>
    public MetricBasis Basis { get; set; }

    /// <summary>Gets or sets the subject id.</summary>
    public string Subject { get; set; }

    /// <summary>Gets or sets the claimant id.</summary>
    public string Claimant { get; set; }

    /// <summary>Gets or sets the market.</summary>
    public Market? Market { get; set; }

    /// <summary>Gets or sets the period.</summary>
    public ReportingPeriod? Period { get; set; }

    /// <summary>Gets or sets the aggregation.</summary>
    public Aggregation Aggregation { get; set; }

    /// <summary>Gets or sets the status.</summary>
    public FigureStatus Status { get; set; }

    /// <summary>Gets the assumptions made so far.</summary>
    public List<RecordNote> Assumptions { get; } = [];

    /// <summary>Gets the conversions applied so far.</summary>
    public List<RecordNote> Conversions { get; } = [];

    /// <summary>Gets the warnings so far.</summary>
    public List<RecordNote> Warnings { get; } = [];

    /// <summary>Gets or sets the formula of a derived record.</summary>
    public string? Formula { get; set; }

    /// <summary>Gets the ids of the records a derived record was computed from.</summary>
    public List<string> Inputs { get; } = [];

    /// <summary>Copies this draft (notes included) for a second record of the same claim.</summary>
    /// <param name="id">The new record's id.</param>
    /// <returns>The copy.</returns>
    public RecordDraft Fork(string id)
    {
        var copy = new RecordDraft(Claim, Value)
        {
            Id = id,
            Basis = Basis,
            Subject = Subject,
            Claimant = Claimant,
            Market = Market,
            Period = Period,
            Aggregation = Aggregation,
            Status = Status,
            Formula = Formula,
        };
        copy.Assumptions.AddRange(Assumptions);
        copy.Conversions.AddRange(Conversions);
        copy.Warnings.AddRange(Warnings);
        copy.Inputs.AddRange(Inputs);
        return copy;
    }

    /// <summary>A draft for a claim: the one this thread used last when it is free (its lists keep their capacity), so
    /// that normalising allocates no draft per claim. Give it back with <see cref="Return"/> once its records are built.</summary>
    internal static RecordDraft Rent(Claim claim, Figure value)
    {
        RecordDraft? draft = t_spare;
        if (draft is null)
        {
            return new RecordDraft(claim, value);
        }

        t_spare = null; // a normaliser that normalises another claim meanwhile gets a draft of its own
        draft.Claim = claim;
        draft.Id = claim.Id;
        draft.Value = value;
        draft.Basis = claim.Basis;
        draft.Subject = claim.Subject;
        draft.Claimant = claim.Claimant;
        draft.Market = claim.Market;
        draft.Period = claim.Period;
        draft.Aggregation = claim.Aggregation;
        draft.Status = claim.Status;
        draft.Formula = null;
        draft.Assumptions.Clear();
        draft.Conversions.Clear();
        draft.Warnings.Clear();
        draft.Inputs.Clear();
        return draft;
    }

    /// <summary>Makes a draft from <see cref="Rent"/> free again; the records built from it hold copies of its lists.</summary>
    internal static void Return(RecordDraft draft) => t_spare = draft;

    [ThreadStatic]
    private static RecordDraft? t_spare;

    /// <summary>Builds the immutable record.</summary>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">The value is not in a canonical unit.</exception>
    public ComparableRecord Build() => new(Id, Claim, Value, Basis, Assumptions, Conversions, Warnings)
    {
        Subject = Subject,
        Claimant = Claimant,
        Market = Market,
        Period = Period,
        Aggregation = Aggregation,
        Status = Status,
        Formula = Formula,
        Inputs = Inputs,
    };
}
