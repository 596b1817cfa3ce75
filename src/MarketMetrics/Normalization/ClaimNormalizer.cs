using System.Globalization;

namespace MarketMetrics.Normalization;

/// <summary>
/// A base for normalizers: it checks the figure's dimension against the basis, converts it to the canonical unit,
/// resolves claimant and subject through the alias table, notes fiscal periods, converts currency when a
/// reporting currency is asked for, and turns overflow into a failure. Derived classes add the basis's own rules
/// in <see cref="Refine"/>.
/// </summary>
/// <remarks>Derived classes must stay stateless (or immutable) so that one instance serves many threads.</remarks>
public abstract class ClaimNormalizer : IClaimNormalizer
{
    private readonly string[] _basisIds;

    /// <summary>Creates the normalizer for the given basis ids.</summary>
    /// <param name="basisIds">The basis ids handled.</param>
    /// <param name="options">Options; <see langword="null"/> for <see cref="ClaimNormalizerOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">No basis id is given, or one is blank.</exception>
    protected ClaimNormalizer(IEnumerable<string> basisIds, ClaimNormalizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(basisIds);
        _basisIds = [.. basisIds];
        if (_basisIds.Length == 0 || Array.Exists(_basisIds, string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A normalizer handles at least one basis id, and none is blank.", nameof(basisIds));
        }

        Options = options ?? ClaimNormalizerOptions.Default;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> BasisIds => _basisIds;

    /// <summary>Gets the options.</summary>
    public ClaimNormalizerOptions Options { get; }

    /// <inheritdoc />
    public int Priority => Options.Priority;

    /// <inheritdoc />
    public virtual bool CanNormalize(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Array.IndexOf(_basisIds, claim.Basis.Id) >= 0;
    }

    /// <inheritdoc />
    public NormalizationResult Normalize(Claim claim, NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(context);
        Figure figure = claim.Figure;
        if (figure.IsChange && !claim.Basis.MeasuresChange)
        {
            return NormalizationResult.Failed(claim, "figure.is-change",
                $"'{figure.Text ?? figure.ToString()}' is a change, not a level: state it on a basis that measures change ({MetricBasis.GrowthRate.Id}, {MetricBasis.GrowthMultiple.Id}, {MetricBasis.ShareChange.Id}), with the measure in its scope.");
        }

        if (!claim.Basis.Accepts(figure.Unit.Dimension))
        {
            return NormalizationResult.Failed(claim, "dimension.not-accepted",
                $"A figure in '{figure.Unit.Symbol}' ({figure.Unit.Dimension.Id}) cannot be stated on basis '{claim.Basis.Id}', which takes {string.Join(", ", claim.Basis.Dimensions.Select(d => d.Id))}.");
        }

        if (TokenDirectionOf(figure.Modifiers) is { } printedDirection && claim.Basis.Scope[ScopeKeys.TokenDirection] is { } scopedDirection
            && !string.Equals(printedDirection, scopedDirection, StringComparison.Ordinal))
        {
            return NormalizationResult.Failed(claim, "scope.contradicts-value",
                $"The value says {printedDirection} tokens but the scope says token-direction={scopedDirection}.");
        }

        try
        {
            Figure canonical = figure.ToCanonical();
            RecordDraft draft = RecordDraft.Rent(claim, canonical);
            try
            {
                ApplyPrintedModifiers(claim, figure, draft);
                if (claim.BasisInferredFrom is { } inferred)
                {
                    draft.Assumptions.Add(SharedNotes.Of("basis.inferred", inferred));
                }

                if (claim.PrintedConversion is { } printedConversion)
                {
                    draft.Conversions.Add(new RecordNote("value.conversion-not-read",
                        $"'{printedConversion}' beside the figure is the publisher's conversion into another currency; kept as printed, not read as a second value."));
                }

                if (!figure.Unit.IsCanonical)
                {
                    draft.Conversions.Add(SharedNotes.UnitConverted(figure.Unit, canonical.Unit));
                }

                if (figure.Scale is { } scale)
                {
                    draft.Conversions.Add(SharedNotes.ScaleApplied(scale));
                }

                ResolveEntities(claim, draft, context.Aliases);
                if (claim.PublishedAsPrinted is { } partial)
                {
                    draft.Conversions.Add(new RecordNote("published.partial",
                        $"Published '{partial}' names no year, or is relative to when the page was read: kept as printed, not read as a date."));
                }

                if (claim.PeriodResolution is { } resolution)
                {
                    draft.Conversions.Add(SharedNotes.Of("period.resolved", resolution));
                }

                if (claim.Period is { Kind: PeriodKind.FiscalYear or PeriodKind.FiscalQuarter or PeriodKind.FiscalHalf } fiscal)
                {
                    draft.Conversions.Add(SharedNotes.PeriodFiscal(fiscal));
                }

                if (context.ReportingCurrency is { } currency && canonical.Unit.Currency is { } own && own != currency)
                {
                    DateOnly? on = claim.Period is null ? claim.PublishedOn : claim.Period.End.AddDays(-1);
                    if (!context.FxRates.TryGetRate(own, currency, on, out FxRate? rate))
                    {
                        return NormalizationResult.Failed(claim, "fx.missing-rate",
                            $"The figure is in {own} and the reporting currency is {currency}, but no {own}→{currency} rate on or before {on?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "any date"} was supplied.");
                    }

                    draft.Value = canonical.ConvertCurrency(rate);
                    draft.Conversions.Add(new RecordNote("fx.converted", $"{own} → {currency} at {rate}."));
                }

                return Refine(claim, draft, context);
            }
            finally
            {
                RecordDraft.Return(draft);
            }
        }
        catch (OverflowException)
        {
            return NormalizationResult.Failed(claim, "overflow", $"Normalising '{figure.Text ?? figure.ToString()}' goes beyond the range of decimal.");
        }
    }

    /// <summary>Applies the basis's own rules to the draft and returns the records (or a failure). The draft serves this
    /// call only: it is reused for the next claim, so keep the records <see cref="RecordDraft.Build"/> gives, never the draft.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="draft">The draft, already in the canonical unit with entities resolved.</param>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    protected abstract NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context);

    /// <summary>
    /// The rules of a share: it needs its denominator market, and its open ends are closed at 0% and 100%
    /// ("近半" (−∞, 50) becomes [0, 50)).
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="draft">The draft whose value is a share.</param>
    /// <returns>A failure, or <see langword="null"/> when the draft is fine.</returns>
    protected static NormalizationResult? ApplyShareRules(Claim claim, RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Market is null && MarketCues.TryInfer(claim, out Market market, out string inferred))
        {
            // Only from the claim's own words (worldwide, 全球, beside the cloud-infrastructure basis), marked as inferred.
            draft.Market = market;
            draft.Assumptions.Add(SharedNotes.Of("market.inferred", inferred));
        }

        if (draft.Market is null)
        {
            return NormalizationResult.Failed(claim, "share.missing-market",
                "A share is comparable only with its denominator: give the market it is a share of (e.g. cn-public-cloud-llm).");
        }

        Interval value = draft.Value.Value;
        if ((!value.Low.IsUnbounded && value.Low.Value < 0m) || (!value.High.IsUnbounded && value.High.Value > 100m && !value.Low.IsUnbounded && value.Low.Value > 100m))
        {
            return NormalizationResult.Failed(claim, "share.out-of-range", $"A share of a market lies between 0% and 100%; {value} does not.");
        }

        if (value.Low.IsUnbounded || value.High.IsUnbounded)
        {
            Bound low = value.Low.IsUnbounded ? Bound.Inclusive(0m) : value.Low;
            Bound high = value.High.IsUnbounded ? Bound.Inclusive(100m) : value.High;
            draft.Value = new Figure(new Interval(low, high), draft.Value.Unit, FigureQualifier.Range, draft.Value.Scale, draft.Value.Text);
            draft.Conversions.Add(new RecordNote("share.bounded", $"Open ends of a share closed at 0% and 100%: {value} → {draft.Value.Value}."));
        }

        return null;
    }

    /// <summary>Takes a figure whose source states no aggregation as a value at a point in time (prices, capacities, latencies).</summary>
    /// <param name="draft">The draft.</param>
    protected static void DefaultToPointInTime(RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Aggregation == Aggregation.Unspecified)
        {
            draft.Aggregation = Aggregation.PointInTime;
        }
    }

    /// <summary>Warns when a figure has no period; most bases cannot be compared without one.</summary>
    /// <param name="draft">The draft.</param>
    protected static void WarnIfNoPeriod(RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Period is null)
        {
            draft.Warnings.Add(SharedNotes.PeriodMissing);
        }
    }

    // What the printed words say beyond the number becomes part of the record: the token direction of a price
    // (输入 → token-direction=input), what a change is measured against (同比 → comparison=year-on-year), a forecast (预计).
    private static void ApplyPrintedModifiers(Claim claim, Figure figure, RecordDraft draft)
    {
        if (TokenDirectionOf(figure.Modifiers) is { } direction && claim.Basis.Scope[ScopeKeys.TokenDirection] is null)
        {
            draft.Basis = draft.Basis.WithScope(ScopeKeys.TokenDirection, direction);
            draft.Conversions.Add(SharedNotes.ScopeFromValue("token-direction", direction));
        }

        if (figure.IsChange && claim.Basis.Scope[ScopeKeys.Comparison] is null)
        {
            string? comparison = (figure.Modifiers & FigureModifiers.YearOnYear) != 0 ? "year-on-year"
                : (figure.Modifiers & FigureModifiers.PeriodOnPeriod) != 0 ? "period-on-period" : null;
            if (comparison is not null)
            {
                draft.Basis = draft.Basis.WithScope(ScopeKeys.Comparison, comparison);
                draft.Conversions.Add(SharedNotes.ScopeFromValue("comparison", comparison));
            }
        }

        if ((figure.Modifiers & FigureModifiers.Forecast) != 0 && draft.Status == FigureStatus.Reported)
        {
            draft.Status = FigureStatus.Forecast;
            draft.Conversions.Add(SharedNotes.ForecastFromValue);
        }
    }

    private static string? TokenDirectionOf(FigureModifiers modifiers) =>
        (modifiers & FigureModifiers.CachedInputTokens) != 0 ? "cached-input"
        : (modifiers & FigureModifiers.InputTokens) != 0 ? "input"
        : (modifiers & FigureModifiers.OutputTokens) != 0 ? "output"
        : null;

    private static void ResolveEntities(Claim claim, RecordDraft draft, EntityAliases aliases)
    {
        draft.Subject = Resolve(claim.Subject, "subject", draft, aliases);
        draft.Claimant = Resolve(claim.Claimant, "claimant", draft, aliases);
    }

    private static string Resolve(string name, string role, RecordDraft draft, EntityAliases aliases)
    {
        if (aliases.TryResolve(name, out Entity? entity))
        {
            if (!string.Equals(entity.Id, name, StringComparison.Ordinal))
            {
                draft.Conversions.Add(SharedNotes.AliasResolved(role, name, entity.Id));
            }

            return entity.Id;
        }

        if (role == "subject" && EntityAliases.TryResolveGroup(aliases, name, out string? groupId))
        {
            draft.Conversions.Add(SharedNotes.SubjectGroup(name, groupId));
            return groupId;
        }

        draft.Warnings.Add(SharedNotes.AliasUnknown(role, name));
        return name;
    }
}
