using MarketMetrics.Parsing;

namespace MarketMetrics.Testing;

/// <summary>
/// Builds claims for tests with sensible defaults: a vendor's MaaS token volume of 1,000 tokens in China's
/// public-cloud LLM market over H1 2025. Change only what the test is about; values and periods are given as printed.
/// </summary>
/// <remarks>
/// <para>Unless <see cref="WithId"/> sets one, the id says what the claim is and does not depend on test order:
/// subject, basis, period and figure as printed, such as <c>火山引擎/maas-token-volume/2025-H1/46.4%</c>. Two claims
/// that differ in nothing of these get the same id; give one of them its own with <see cref="WithId"/>.</para>
/// <para>Mutable and not thread-safe, as builders are; every <see cref="Build"/> returns a new immutable claim.</para>
/// </remarks>
public sealed class ClaimBuilder
{
    private string? _id;
    private string _claimant = "volcano-engine";
    private string _subject = "volcano-engine";
    private Figure _figure = new(Interval.Exactly(1_000m), Units.Token);
    private MetricBasis _basis = MetricBasis.MaasTokenVolume;
    private Market? _market = Market.ChinaPublicCloudLlm;
    private ReportingPeriod? _period = ReportingPeriod.Half(2025, 1);
    private Aggregation _aggregation = Aggregation.Total;
    private FigureStatus _status = FigureStatus.Reported;
    private Publisher? _publisher;

    /// <summary>Sets the id, instead of the one made of subject, basis, period and figure.</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder WithId(string id) { _id = id; return this; }

    /// <summary>Sets claimant and subject to the same party.</summary>
    /// <param name="vendor">The vendor, printed name or id.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder By(string vendor) { _claimant = vendor; _subject = vendor; return this; }

    /// <summary>Sets the subject only.</summary>
    /// <param name="subject">Who or what the figure is about.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder About(string subject) { _subject = subject; return this; }

    /// <summary>Sets the figure from its printed form ("超5000億Tokens").</summary>
    /// <param name="printed">The figure as printed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="MarketMetricsParseException">The text does not parse; the message says why.</exception>
    public ClaimBuilder WithValue(string printed) { _figure = QuantityParser.Default.Parse(printed).Value; return this; }

    /// <summary>Sets the figure.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder WithValue(Figure figure) { _figure = figure; return this; }

    /// <summary>Sets the basis.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder OnBasis(MetricBasis basis) { _basis = basis; return this; }

    /// <summary>Sets the market; <see langword="null"/> for none.</summary>
    /// <param name="market">The market.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder InMarket(Market? market) { _market = market; return this; }

    /// <summary>Sets the period from its printed form ("2025上半年", "FY2024@alibaba"), or none with <see langword="null"/>.</summary>
    /// <param name="printed">The period as printed.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ForPeriod(string? printed)
    {
        _period = printed is null ? null : PeriodParser.Default.Parse(printed).Value.Period;
        return this;
    }

    /// <summary>Sets the aggregation.</summary>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Aggregated(Aggregation aggregation) { _aggregation = aggregation; return this; }

    /// <summary>Sets the status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder WithStatus(FigureStatus status) { _status = status; return this; }

    /// <summary>Sets the publisher.</summary>
    /// <param name="name">The publisher's name.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder PublishedBy(string name, PublisherKind kind) { _publisher = new Publisher(name, kind); return this; }

    /// <summary>Builds the claim.</summary>
    /// <returns>A new claim.</returns>
    public Claim Build() => new(_id ?? DefaultId(), _claimant, _subject, _figure, _basis)
    {
        Market = _market,
        Period = _period,
        Aggregation = _aggregation,
        Status = _status,
        Publisher = _publisher,
        Quote = _figure.Text,
    };

    private string DefaultId() =>
        string.Join('/', _subject, _basis.Id, _period?.Label ?? "no-period", _figure.Text ?? _figure.ToString());
}
