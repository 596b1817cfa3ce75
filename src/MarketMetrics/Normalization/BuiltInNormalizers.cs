namespace MarketMetrics.Normalization;

/// <summary>The normalizers for every built-in <see cref="MetricBasis"/>.</summary>
public static class BuiltInNormalizers
{
    /// <summary>Creates one instance of each built-in normalizer.</summary>
    /// <returns>The normalizers, one per family of bases.</returns>
    public static IReadOnlyList<IClaimNormalizer> Create() =>
    [
        new TokenVolumeNormalizer(), new RevenueNormalizer(), new TenderWinsNormalizer(), new UnitPriceNormalizer(),
        new CapacityNormalizer(), new LatencyNormalizer(), new MarketStructureNormalizer(),
    ];
}

/// <summary>
/// Token volumes and token shares (MaaS token volume, own-products consumption, self-developed-model share):
/// shares keep their market; a volume with a period but no stated aggregation is assumed a total (recorded); a
/// total over a period also yields its daily average, and a daily average its total, as derived records.
/// </summary>
public sealed class TokenVolumeNormalizer : ClaimNormalizer
{
    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public TokenVolumeNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.MaasTokenVolume.Id, MetricBasis.OwnProductsTokenConsumption.Id, MetricBasis.SelfDevelopedModelTokenShare.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Value.Unit.Dimension.Equals(Dimension.Share))
        {
            return ApplyShareRules(claim, draft) ?? NormalizationResult.Normalized(claim, draft.Build());
        }

        WarnIfNoPeriod(draft);
        if (!draft.Value.Unit.Dimension.Equals(Dimension.TokenCount) || draft.Period is not { } period)
        {
            return NormalizationResult.Normalized(claim, draft.Build());
        }

        if (draft.Aggregation == Aggregation.Unspecified)
        {
            draft.Aggregation = Aggregation.Total;
            draft.Assumptions.Add(SharedNotes.AssumedTotalOfVolume(period.Label));
        }

        ComparableRecord primary = draft.Build();
        if (draft.Aggregation is not (Aggregation.Total or Aggregation.DailyAverage))
        {
            return NormalizationResult.Normalized(claim, primary);
        }

        // The derived record is the primary one with its value, aggregation, status, formula and input changed: the draft,
        // already built into the primary record, is changed in place rather than forked (the same fields, no copies).
        bool toDaily = draft.Aggregation == Aggregation.Total;
        Figure original = draft.Value;
        Interval value = toDaily ? period.TotalToDailyAverage(original.Value) : period.DailyAverageToTotal(original.Value);
        RecordDraft derived = draft;
        derived.Id = primary.Id + (toDaily ? "#daily-average" : "#total");
        derived.Value = new Figure(value, original.Unit, ShapeOf(value, original.Qualifier), null, null);
        derived.Aggregation = toDaily ? Aggregation.DailyAverage : Aggregation.Total;
        derived.Status = FigureStatus.Derived;
        derived.Formula = FormulaOf(toDaily, period);
        derived.Inputs.Add(primary.Id);
        if (!value.Equals(Interval.All) && !value.IsPoint && original.Value.IsPoint)
        {
            derived.Conversions.Add(SharedNotes.RoundedOutward);
        }

        return NormalizationResult.Of(claim, [primary, derived.Build()]);
    }

    // "total ÷ 181 days of 2025-H1", one instance per period and direction (up to a bound) rather than one per record.
    private static string FormulaOf(bool toDaily, ReportingPeriod period) => SharedNotes.Formula(toDaily, period.Label, period.Days);

    private static FigureQualifier ShapeOf(Interval value, FigureQualifier original) =>
        value.IsPoint ? (original == FigureQualifier.About ? FigureQualifier.About : FigureQualifier.Exact)
        : original is FigureQualifier.Over or FigureQualifier.AtLeast or FigureQualifier.Nearly or FigureQualifier.Under or FigureQualifier.AtMost ? original
        : FigureQualifier.Range;
}

/// <summary>Revenue (full stack, AI public-cloud services, MaaS): native currency kept unless a reporting currency is asked for; shares keep their market.</summary>
public sealed class RevenueNormalizer : ClaimNormalizer
{
    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public RevenueNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.FullStackCloudRevenue.Id, MetricBasis.AiPublicCloudServicesRevenue.Id, MetricBasis.MaasRevenue.Id, MetricBasis.AnalystAiCloudRevenue.Id, MetricBasis.CloudInfrastructureRevenue.Id,
            MetricBasis.CloudSegmentRevenue.Id, MetricBasis.CapitalExpenditure.Id, MetricBasis.CompanyRevenue.Id, MetricBasis.AdjustedEbita.Id,
            MetricBasis.OperatingProfit.Id, MetricBasis.AiRevenue.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Value.Unit.Dimension.Equals(Dimension.Share))
        {
            return ApplyShareRules(claim, draft) ?? NormalizationResult.Normalized(claim, draft.Build());
        }

        WarnIfNoPeriod(draft);
        if (draft.Aggregation == Aggregation.Unspecified && draft.Period is not null)
        {
            draft.Aggregation = Aggregation.Total;
            draft.Assumptions.Add(SharedNotes.AssumedTotalOfRevenue(draft.Period.Label));
        }

        return NormalizationResult.Normalized(claim, draft.Build());
    }
}

/// <summary>LLM tender wins: by count, by amount, or both ("数量和金额双第一" gives two records, one per measure).</summary>
public sealed class TenderWinsNormalizer : ClaimNormalizer
{
    /// <summary>The scope value of <see cref="ScopeKeys.Measure"/> for a claim that covers count and amount at once.</summary>
    public const string CountAndAmount = "count-and-amount";

    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public TenderWinsNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.LlmTenderWinsByCount.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(draft);
        WarnIfNoPeriod(draft);
        if (draft.Value.Unit.Dimension.Equals(Dimension.Share) && ApplyShareRules(claim, draft) is { } failure)
        {
            return failure;
        }

        if (claim.Basis.Scope[ScopeKeys.Measure] != CountAndAmount)
        {
            return NormalizationResult.Normalized(claim, draft.Build());
        }

        if (!draft.Value.Unit.Dimension.Equals(Dimension.Rank))
        {
            return NormalizationResult.Failed(claim, "tender.both-measures-need-rank", "Only a rank can hold for count and amount at once; give the two figures as two claims.");
        }

        RecordDraft byCount = draft.Fork(claim.Id + "#count");
        byCount.Basis = claim.Basis.WithScope(ScopeKeys.Measure, "count");
        RecordDraft byAmount = draft.Fork(claim.Id + "#amount");
        byAmount.Basis = claim.Basis.WithScope(ScopeKeys.Measure, "amount");
        return NormalizationResult.Normalized(claim, byCount.Build(), byAmount.Build());
    }
}

/// <summary>Unit prices: canonical currency per token; list, discounted and effective prices, and input and output tokens, stay apart through the basis scope.</summary>
public sealed class UnitPriceNormalizer : ClaimNormalizer
{
    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public UnitPriceNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.ModelUnitPrice.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Basis.Scope[ScopeKeys.TokenDirection] is null)
        {
            draft.Warnings.Add(SharedNotes.PriceDirectionUnstated);
        }

        DefaultToPointInTime(draft);

        return NormalizationResult.Normalized(claim, draft.Build());
    }
}

/// <summary>Serving capacity: tokens per minute canonical; "users served" keeps the per-user load it assumes.</summary>
public sealed class CapacityNormalizer : ClaimNormalizer
{
    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public CapacityNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.ServingCapacity.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(draft);

        // A rate limit in requests (10K RPM) and one in tokens (800K TPM) are two limits, never one measure.
        string? measure = claim.Basis.Scope[ScopeKeys.Measure];
        bool requests = claim.Figure.Unit.Dimension.Equals(Dimension.RequestRate);
        if (requests != (measure == "rpm"))
        {
            return NormalizationResult.Failed(claim, "scope.contradicts-value", requests
                ? $"A figure in '{claim.Figure.Unit.Symbol}' is a request rate, but the scope says measure={measure}; state measure=rpm."
                : $"The scope says measure=rpm, but the figure is in '{claim.Figure.Unit.Symbol}', not requests per minute.");
        }

        if (claim.Basis.Scope[ScopeKeys.Measure] == "users-served" && claim.Basis.Scope[ScopeKeys.PerUserLoad] is null)
        {
            draft.Warnings.Add(SharedNotes.CapacityLoadUnstated);
        }

        DefaultToPointInTime(draft);

        return NormalizationResult.Normalized(claim, draft.Build());
    }
}

/// <summary>Serving latency: seconds canonical, ranges kept as ranges.</summary>
public sealed class LatencyNormalizer : ClaimNormalizer
{
    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public LatencyNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.ServingLatency.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        DefaultToPointInTime(draft);

        return NormalizationResult.Normalized(claim, draft.Build());
    }
}

/// <summary>Market structure: the number of vendors in a market, active users, and changes (growth multiples, growth rates, share
/// changes); and measures of one company that are no market share or flow total: margins (a ratio of its own revenue), a revenue
/// backlog, downloads and derived models (stocks at a point in time), AI interactions.</summary>
public sealed class MarketStructureNormalizer : ClaimNormalizer
{
    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    public MarketStructureNormalizer(ClaimNormalizerOptions? options = null)
        : base([MetricBasis.VendorCount.Id, MetricBasis.GrowthMultiple.Id, MetricBasis.GrowthRate.Id, MetricBasis.ShareChange.Id, MetricBasis.ActiveUsers.Id,
            MetricBasis.GrossMargin.Id, MetricBasis.OperatingMargin.Id, MetricBasis.RevenueBacklog.Id, MetricBasis.Downloads.Id, MetricBasis.DerivedModels.Id,
            MetricBasis.AiInteractions.Id], options)
    {
    }

    /// <inheritdoc />
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(draft);
        if (claim.Basis.Id == MetricBasis.VendorCount.Id && draft.Market is null)
        {
            draft.Warnings.Add(SharedNotes.CountMissingMarket);
        }

        if (claim.Basis.MeasuresChange)
        {
            WarnIfNoPeriod(draft);
        }
        else if (claim.Basis.Id == MetricBasis.ActiveUsers.Id || claim.Basis.Id == MetricBasis.RevenueBacklog.Id || claim.Basis.Id == MetricBasis.Downloads.Id
            || claim.Basis.Id == MetricBasis.DerivedModels.Id)
        {
            DefaultToPointInTime(draft);
            if (claim.Basis.Id == MetricBasis.RevenueBacklog.Id && draft.Aggregation == Aggregation.PointInTime && draft.Period is { Days: > 1 } period)
            {
                // A backlog is reported as it stands at the close of the period ("Q3 2025 backlog": at 30 September 2025).
                draft.Period = ReportingPeriod.Day(period.End.AddDays(-1));
                draft.Assumptions.Add(new RecordNote("period.end-of-period", $"A backlog for {period.Label} is taken as it stood on the period's last day, {draft.Period.Label}."));
            }
        }

        return NormalizationResult.Normalized(claim, draft.Build());
    }
}
