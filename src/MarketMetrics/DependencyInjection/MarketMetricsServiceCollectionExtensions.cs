using MarketMetrics;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MarketMetrics in a <see cref="IServiceCollection"/>.</summary>
public static class MarketMetricsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the parsers, the basis registry, the normalization context and pipeline (singletons) and the built-in
    /// normalizers. Calling it twice is harmless: core services are added with <c>TryAdd</c>, normalizers with
    /// <c>TryAddEnumerable</c>. Misconfiguration (two normalizers for one basis at one priority, a basis id defined
    /// twice, clashing aliases) throws <see cref="MarketMetricsConfigurationException"/> when the service is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add normalizers, bases, aliases and FX rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IMarketMetricsBuilder AddMarketMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(QuantityParser.Default);
        services.TryAddSingleton(sp => new PeriodParser(sp.GetRequiredService<FiscalCalendarRegistry>()));
        services.TryAddSingleton(FiscalCalendarRegistry.Default);
        services.TryAddSingleton(sp => MetricBasisRegistry.Create(MetricBasis.WellKnown.Concat(sp.GetServices<BasisRegistration>().Select(r => r.Basis))));
        services.TryAddSingleton<IFxRateProvider>(sp => new InMemoryFxRateProvider(sp.GetServices<FxRateRegistration>().SelectMany(r => r.Rates)));
        services.TryAddSingleton(BuildContext);
        services.TryAddSingleton(sp => new NormalizationPipeline(sp.GetServices<IClaimNormalizer>(), sp.GetRequiredService<NormalizationContext>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, TokenVolumeNormalizer>(_ => new TokenVolumeNormalizer()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, RevenueNormalizer>(_ => new RevenueNormalizer()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, TenderWinsNormalizer>(_ => new TenderWinsNormalizer()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, UnitPriceNormalizer>(_ => new UnitPriceNormalizer()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, CapacityNormalizer>(_ => new CapacityNormalizer()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, LatencyNormalizer>(_ => new LatencyNormalizer()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, MarketStructureNormalizer>(_ => new MarketStructureNormalizer()));
        return new MarketMetricsBuilder(services);
    }

    private static NormalizationContext BuildContext(IServiceProvider services)
    {
        EntityAliases aliases = EntityAliases.Default;
        foreach (AliasRegistration registration in services.GetServices<AliasRegistration>())
        {
            try
            {
                aliases = aliases.With(registration.Entity, registration.Aliases);
            }
            catch (ArgumentException exception)
            {
                throw new MarketMetricsConfigurationException(
                    $"AddVendorAliases for '{registration.Entity.Id}' clashes with the alias table: {exception.Message} Use another id or drop the clashing alias.", exception);
            }
        }

        string[] currencies = [.. services.GetServices<ReportingCurrencyRegistration>().Select(r => r.Currency).Distinct(StringComparer.Ordinal)];
        if (currencies.Length > 1)
        {
            throw new MarketMetricsConfigurationException(
                $"UseReportingCurrency was called with {string.Join(" and ", currencies)}; records can be reported in one currency only.");
        }

        return new NormalizationContext
        {
            Aliases = aliases,
            FxRates = services.GetRequiredService<IFxRateProvider>(),
            ReportingCurrency = currencies.Length == 1 ? currencies[0] : null,
            FiscalCalendars = services.GetRequiredService<FiscalCalendarRegistry>(),
        };
    }

    private sealed class MarketMetricsBuilder(IServiceCollection services) : IMarketMetricsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
