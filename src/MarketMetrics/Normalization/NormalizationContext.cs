namespace MarketMetrics.Normalization;

/// <summary>What normalizers may consult: the alias table, FX rates, the reporting currency and fiscal calendars.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> uses the built-in tables, no FX rates and no reporting currency.</remarks>
public sealed class NormalizationContext
{
    private readonly string? _reportingCurrency;

    /// <summary>Gets the default context.</summary>
    public static NormalizationContext Default { get; } = new();

    /// <summary>Gets the table that turns printed names into ids; <see cref="EntityAliases.Default"/> by default.</summary>
    public EntityAliases Aliases { get; init; } = EntityAliases.Default;

    /// <summary>Gets the FX rate provider; none by default, so any requested conversion fails with <c>fx.missing-rate</c>.</summary>
    public IFxRateProvider FxRates { get; init; } = InMemoryFxRateProvider.Empty;

    /// <summary>Gets the currency money and prices are converted to, or <see langword="null"/> to keep each claim's own currency (the default).</summary>
    /// <exception cref="ArgumentException">The value is not an ISO 4217 code.</exception>
    public string? ReportingCurrency
    {
        get => _reportingCurrency;
        init
        {
            if (value is not null)
            {
                Units.ValidateCurrencyCode(value);
            }

            _reportingCurrency = value;
        }
    }

    /// <summary>Gets the fiscal calendars; <see cref="FiscalCalendarRegistry.Default"/> by default.</summary>
    public FiscalCalendarRegistry FiscalCalendars { get; init; } = FiscalCalendarRegistry.Default;
}
