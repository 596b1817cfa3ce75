namespace MarketMetrics;

/// <summary>
/// What <c>AddMarketMetrics</c> composes: extra bases, aliases, fiscal calendars, FX rates and a reporting currency.
/// Bound from code (<c>AddMarketMetrics(options => ...)</c>) or from configuration (<c>AddMarketMetrics(configuration)</c>),
/// and validated when the host starts.
/// </summary>
/// <remarks>
/// Configuration reads a section such as <c>MarketMetrics</c> with the keys <c>ReportingCurrency</c>,
/// <c>FxRates:n:From|To|Rate|Date|Source</c>, <c>Aliases:n:Id|Kind|Names:n</c> and
/// <c>FiscalCalendars:n:Id|Name|YearEnd|Aliases:n</c> (<c>YearEnd</c> as <c>MM-dd</c>); see
/// docs/how-to/use-with-dependency-injection.md.
/// </remarks>
public sealed class MarketMetricsOptions
{
    /// <summary>The configuration section name the documentation uses: <c>MarketMetrics</c>.</summary>
    public const string SectionName = "MarketMetrics";

    /// <summary>Gets or sets the ISO 4217 code that money and prices are reported in; <see langword="null"/> keeps each claim's currency.</summary>
    public string? ReportingCurrency { get; set; }

    /// <summary>Gets the bases added to <see cref="MetricBasis.WellKnown"/>.</summary>
    public IList<MetricBasis> Bases { get; } = [];

    /// <summary>Gets the entities, each with the printed names that should find it, added to <see cref="EntityAliases.Default"/>.</summary>
    public IList<EntityAliasRegistration> Aliases { get; } = [];

    /// <summary>Gets the fiscal calendars, each with its aliases, added to <see cref="FiscalCalendarRegistry.Default"/>.</summary>
    public IList<FiscalCalendarRegistration> FiscalCalendars { get; } = [];

    /// <summary>Gets the exchange rates of the default in-memory <see cref="Normalization.IFxRateProvider"/>.</summary>
    public IList<FxRate> FxRates { get; } = [];

    /// <summary>Gets problems found while the options were filled (a configuration value that does not parse); the validator reports them.</summary>
    internal List<string> Problems { get; } = [];
}
