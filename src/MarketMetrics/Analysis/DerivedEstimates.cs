using System.Globalization;
using MarketMetrics.Normalization;

namespace MarketMetrics.Analysis;

/// <summary>
/// Figures that follow from other records, each carrying its formula, its inputs (record ids) and its
/// assumptions, with status <see cref="FigureStatus.Derived"/>. Estimates whose inputs do not line up (different
/// periods, different denominators) are refused with a reason rather than computed.
/// </summary>
public static class DerivedEstimates
{
    /// <summary>Revenue = tokens × unit price (536.7萬億 tokens at 0.0008元/千 → 4.2936億元).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="tokens">A token-count total.</param>
    /// <param name="price">A unit price (currency per token).</param>
    /// <returns>The revenue estimate in the price's currency over the tokens' period, or a refusal.</returns>
    public static EstimateResult Revenue(string id, ComparableRecord tokens, ComparableRecord price)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(price);
        if (!tokens.Value.Unit.Equals(Units.Token) || !price.Value.Unit.Dimension.Equals(Dimension.UnitPrice))
        {
            return EstimateResult.Refused("inputs", "Revenue needs a token count and a price per token.");
        }

        Interval value = tokens.Value.Value.Multiply(price.Value.Value);
        RecordDraft draft = Draft(id, tokens, new Figure(value, Units.Currency(price.Value.Unit.Currency!), Shape(value)), MetricBasis.MaasRevenue,
            "tokens × unit price", tokens, price);
        draft.Assumptions.Add(new RecordNote("price.applies-to-all", $"Every token of {tokens.Id} is priced at {price.Value} ({price.Id}); discounts, other models and free tiers are ignored."));
        return EstimateResult.Made(draft.Build());
    }

    /// <summary>Average price = revenue ÷ tokens, with the tokens scaled to the revenue's period in proportion to days (an assumption, recorded).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="revenue">A revenue total with a period.</param>
    /// <param name="tokens">A token-count total with a period.</param>
    /// <returns>The implied price per token, or a refusal.</returns>
    public static EstimateResult AveragePrice(string id, ComparableRecord revenue, ComparableRecord tokens)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(revenue);
        ArgumentNullException.ThrowIfNull(tokens);
        if (revenue.Value.Unit.Currency is not { } currency || !revenue.Value.Unit.Dimension.Equals(Dimension.Money) || !tokens.Value.Unit.Equals(Units.Token))
        {
            return EstimateResult.Refused("inputs", "An average price needs revenue in money and a token count.");
        }

        if (revenue.Period is not { } revenuePeriod || tokens.Period is not { } tokenPeriod)
        {
            return EstimateResult.Refused("period-missing", "Both revenue and tokens need a period to be set against each other.");
        }

        Interval scaledTokens = tokens.Value.Value.Scale(revenuePeriod.Days).Divide(tokenPeriod.Days);
        Interval price = revenue.Value.Value.Divide(scaledTokens);
        RecordDraft draft = Draft(id, revenue, new Figure(price, Units.PricePerToken(currency), Shape(price)), MetricBasis.ModelUnitPrice.WithScope(ScopeKeys.PriceType, "effective"),
            string.Create(CultureInfo.InvariantCulture, $"revenue ÷ (tokens × {revenuePeriod.Days}/{tokenPeriod.Days} days)"), revenue, tokens);
        if (!revenuePeriod.Coincides(tokenPeriod))
        {
            draft.Assumptions.Add(new RecordNote("tokens.scaled-by-days",
                string.Create(CultureInfo.InvariantCulture, $"Token volume of {tokenPeriod.Label} scaled to {revenuePeriod.Label} in proportion to days ({revenuePeriod.Days}/{tokenPeriod.Days}).")));
        }

        return EstimateResult.Made(draft.Build());
    }

    /// <summary>Vendor volume = share × market total; refused when periods, markets or bases differ.</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="share">The vendor's share.</param>
    /// <param name="total">The market total.</param>
    /// <returns>The vendor's volume, or a refusal naming the mismatch.</returns>
    public static EstimateResult ShareOfTotal(string id, ComparableRecord share, ComparableRecord total)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(total);
        if (!share.Value.Unit.Dimension.Equals(Dimension.Share))
        {
            return EstimateResult.Refused("inputs", $"{share.Id} is not a share.");
        }

        if (!share.Basis.Equals(total.Basis))
        {
            return EstimateResult.Refused("basis", $"The share is of {share.Basis}, the total of {total.Basis}.");
        }

        if (!Equals(share.Market, total.Market))
        {
            return EstimateResult.Refused("denominator", $"The share is of {share.Market?.Name ?? "an unstated market"}, the total of {total.Market?.Name ?? "an unstated market"}.");
        }

        if (share.Period is null || total.Period is null || !share.Period.Coincides(total.Period))
        {
            return EstimateResult.Refused("period", $"The share is for {share.Period?.Label ?? "an unstated period"}, the total for {total.Period?.Label ?? "an unstated period"}.");
        }

        Interval value = total.Value.Value.Multiply(share.Value.Value).Divide(100m);
        string formula = string.Create(CultureInfo.InvariantCulture,
            $"market total × share ÷ 100 = {total.Claim.Figure.Text ?? total.Value.ToString()} × {share.Claim.Figure.Text ?? share.Value.ToString()} ÷ 100 = {Facts.Number(value)} {total.Value.Unit.Symbol}");
        RecordDraft draft = Draft(id, total, new Figure(value, total.Value.Unit, Shape(value)), total.Basis, formula, share, total);
        draft.Subject = share.Subject;
        return EstimateResult.Made(draft.Build());
    }

    /// <summary>Users served = capacity ÷ per-user load (500萬 TPM ÷ 500 TPM per user = 10,000 users).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="capacity">A capacity in tokens per minute.</param>
    /// <param name="perUserLoad">The load of one user, in tokens per minute; positive.</param>
    /// <returns>The number of users, or a refusal.</returns>
    public static EstimateResult UsersServed(string id, ComparableRecord capacity, Interval perUserLoad)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(capacity);
        if (!capacity.Value.Unit.Equals(Units.TokensPerMinute) || perUserLoad.Contains(0m) || perUserLoad.Low.IsUnbounded || perUserLoad.Low.Value < 0m)
        {
            return EstimateResult.Refused("inputs", "Users served needs a capacity in token/min and a positive per-user load.");
        }

        Interval users = capacity.Value.Value.Divide(perUserLoad);
        RecordDraft draft = Draft(id, capacity, new Figure(users, Units.Count, Shape(users)),
            capacity.Basis.WithScope(ScopeKeys.Measure, "users-served").WithScope(ScopeKeys.PerUserLoad, perUserLoad + " token/min"), "capacity ÷ per-user load", capacity);
        draft.Assumptions.Add(new RecordNote("load.per-user", $"Each user needs {perUserLoad} token/min."));
        return EstimateResult.Made(draft.Build());
    }

    /// <summary>Tokens per second per stream = 1 ÷ inter-token latency (20-40ms → 25-50 tokens/s).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="latency">An inter-token latency in seconds.</param>
    /// <returns>The throughput per stream in token/min (canonical), or a refusal.</returns>
    public static EstimateResult StreamThroughput(string id, ComparableRecord latency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(latency);
        if (!latency.Value.Unit.Equals(Units.Second) || latency.Value.Value.Contains(0m) || latency.Value.Value.Low.IsUnbounded)
        {
            return EstimateResult.Refused("inputs", "Throughput needs a positive inter-token latency in seconds.");
        }

        Interval perSecond = Interval.Exactly(1m).Divide(latency.Value.Value);
        Interval perMinute = Units.TokensPerSecond.Convert(perSecond, Units.TokensPerMinute);
        RecordDraft draft = Draft(id, latency, new Figure(perMinute, Units.TokensPerMinute, Shape(perMinute)),
            MetricBasis.ServingCapacity.WithScope(ScopeKeys.Measure, "per-stream"), "1 ÷ inter-token latency", latency);
        return EstimateResult.Made(draft.Build());
    }

    /// <summary>The starting value a growth multiple implies: current ÷ multiple (Doubao's 超16.4萬億 a day ÷ 137 ≈ 1197億 at launch).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="current">The current figure.</param>
    /// <param name="multiple">The growth multiple since the start.</param>
    /// <returns>The implied starting value, or a refusal.</returns>
    public static EstimateResult ImpliedStart(string id, ComparableRecord current, ComparableRecord multiple)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(multiple);
        if (!multiple.Value.Unit.Equals(Units.Multiple) || multiple.Value.Value.Contains(0m) || multiple.Value.Value.Low.IsUnbounded)
        {
            return EstimateResult.Refused("inputs", $"{multiple.Id} is not a positive growth multiple.");
        }

        Interval start = current.Value.Value.Divide(multiple.Value.Value);
        RecordDraft draft = Draft(id, current, new Figure(start, current.Value.Unit, Shape(start)), current.Basis, "current ÷ growth multiple", current, multiple);
        draft.Period = null;
        draft.Assumptions.Add(new RecordNote("multiple.same-measure", $"The multiple {multiple.Id} applies to the measure of {current.Id}."));
        return EstimateResult.Made(draft.Build());
    }

    private static RecordDraft Draft(string id, ComparableRecord template, Figure value, MetricBasis basis, string formula, params ComparableRecord[] inputs)
    {
        var draft = new RecordDraft(template.Claim, value)
        {
            Id = id,
            Basis = basis,
            Subject = template.Subject,
            Claimant = "marketmetrics",
            Market = template.Market,
            Period = template.Period,
            Aggregation = template.Aggregation,
            Status = FigureStatus.Derived,
            Formula = formula,
        };
        foreach (ComparableRecord input in inputs)
        {
            draft.Inputs.Add(input.Id);
            if (input.Status is FigureStatus.Estimate or FigureStatus.Forecast)
            {
                draft.Warnings.Add(new RecordNote("input." + (input.Status == FigureStatus.Estimate ? "estimate" : "forecast"), $"Input {input.Id} is itself an {input.Status.ToString().ToLowerInvariant()}."));
            }
        }

        return draft;
    }

    private static FigureQualifier Shape(Interval value) =>
        value.IsPoint ? FigureQualifier.Exact
        : value.IsBounded ? FigureQualifier.Range
        : value.High.IsUnbounded ? (value.Low.IsInclusive ? FigureQualifier.AtLeast : FigureQualifier.Over)
        : value.High.IsInclusive ? FigureQualifier.AtMost : FigureQualifier.Under;
}
