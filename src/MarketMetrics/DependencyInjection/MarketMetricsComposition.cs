using MarketMetrics.Normalization;

namespace MarketMetrics;

/// <summary>The registries built from validated <see cref="MarketMetricsOptions"/>; one instance per container.</summary>
internal sealed class MarketMetricsComposition
{
    private MarketMetricsComposition(MetricBasisRegistry bases, FiscalCalendarRegistry calendars, EntityAliases aliases, string? reportingCurrency)
    {
        Bases = bases;
        Calendars = calendars;
        Aliases = aliases;
        ReportingCurrency = reportingCurrency;
    }

    public MetricBasisRegistry Bases { get; }

    public FiscalCalendarRegistry Calendars { get; }

    public EntityAliases Aliases { get; }

    public string? ReportingCurrency { get; }

    /// <summary>Builds the registries, or throws with every fix the options need.</summary>
    /// <exception cref="MarketMetricsConfigurationException">The options contradict themselves or the built-in tables.</exception>
    public static MarketMetricsComposition Build(MarketMetricsOptions options)
    {
        var problems = new List<string>(options.Problems);
        MetricBasisRegistry bases = MetricBasisRegistry.Default;
        try
        {
            bases = MetricBasisRegistry.Create(MetricBasis.WellKnown.Concat(options.Bases));
        }
        catch (MarketMetricsConfigurationException exception)
        {
            problems.Add(exception.Message);
        }

        FiscalCalendarRegistry calendars = FiscalCalendarRegistry.Default;
        foreach (FiscalCalendarRegistration registration in options.FiscalCalendars)
        {
            try
            {
                calendars = calendars.With(registration.Calendar, [.. registration.Aliases]);
            }
            catch (ArgumentException exception)
            {
                problems.Add($"The fiscal calendar '{registration.Calendar.Id}' clashes with the calendar table: {exception.Message} Use another id or drop the clashing alias.");
            }
        }

        EntityAliases aliases = EntityAliases.Default;
        foreach (EntityAliasRegistration registration in options.Aliases)
        {
            try
            {
                aliases = aliases.With(registration.Entity, [.. registration.Names]);
            }
            catch (ArgumentException exception)
            {
                problems.Add($"AddVendorAliases for '{registration.Entity.Id}' clashes with the alias table: {exception.Message} Use another id or drop the clashing alias.");
            }
        }

        if (options.ReportingCurrency is { } currency)
        {
            try
            {
                _ = Units.Currency(currency);
            }
            catch (ArgumentException)
            {
                problems.Add($"The reporting currency '{currency}' is not an ISO 4217 code (three upper-case letters such as CNY or USD).");
            }
        }

        return problems.Count == 0
            ? new MarketMetricsComposition(bases, calendars, aliases, options.ReportingCurrency)
            : throw new MarketMetricsConfigurationException(string.Join(" ", problems));
    }

    /// <summary>Creates the normalization context with the given rate provider.</summary>
    public NormalizationContext CreateContext(IFxRateProvider rates) => new()
    {
        Aliases = Aliases,
        FxRates = rates,
        ReportingCurrency = ReportingCurrency,
        FiscalCalendars = Calendars,
    };
}
