using MarketMetrics;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MarketMetrics in a <see cref="IServiceCollection"/>.</summary>
public static class MarketMetricsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the parsers, the basis and fiscal calendar registries, the normalization context and pipeline (singletons),
    /// the built-in normalizers and <see cref="MarketMetricsOptions"/> with a validator that runs when the host starts
    /// (<c>ValidateOnStart</c>). Calling it twice is harmless: core services are added with <c>TryAdd</c>, normalizers
    /// with <c>TryAddEnumerable</c>. Misconfiguration (two normalizers for one basis at one priority, a basis id
    /// defined twice, clashing aliases, a configuration value that does not parse) fails the host's start with an
    /// <see cref="OptionsValidationException"/>, and without a host throws <see cref="MarketMetricsConfigurationException"/>
    /// when a MarketMetrics service is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add normalizers, bases, aliases and FX rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IMarketMetricsBuilder AddMarketMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(MarketMetricsComposition)))
        {
            // ValidateOnStart adds a registration on each call; once is enough.
            services.AddOptions<MarketMetricsOptions>().ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MarketMetricsOptions>, MarketMetricsOptionsValidator>());
        services.TryAddSingleton(Compose);
        services.TryAddSingleton(QuantityParser.Default);
        services.TryAddSingleton(sp => new PeriodParser(sp.GetRequiredService<FiscalCalendarRegistry>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<MarketMetricsComposition>().Calendars);
        services.TryAddSingleton(sp => sp.GetRequiredService<MarketMetricsComposition>().Bases);
        services.TryAddSingleton<IFxRateProvider>(sp => new InMemoryFxRateProvider(Options(sp).FxRates));
        services.TryAddSingleton(sp => sp.GetRequiredService<MarketMetricsComposition>().CreateContext(sp.GetRequiredService<IFxRateProvider>()));
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

    /// <summary>Adds MarketMetrics (see <see cref="AddMarketMetrics(IServiceCollection)"/>) and configures its options in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Fills the options; it runs when the options are first read.</param>
    /// <returns>A builder to add normalizers, bases, aliases and FX rates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IMarketMetricsBuilder AddMarketMetrics(this IServiceCollection services, Action<MarketMetricsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        IMarketMetricsBuilder builder = services.AddMarketMetrics();
        services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds MarketMetrics (see <see cref="AddMarketMetrics(IServiceCollection)"/>) and binds its options from a
    /// configuration section, for example <c>builder.Configuration.GetSection(MarketMetricsOptions.SectionName)</c>.
    /// The keys are listed on <see cref="MarketMetricsOptions"/>; a value that does not parse or an unknown key
    /// fails the host's start with a message naming its path.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the settings.</param>
    /// <returns>A builder to add normalizers, bases, aliases and FX rates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IMarketMetricsBuilder AddMarketMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        IMarketMetricsBuilder builder = services.AddMarketMetrics();
        services.AddSingleton<IConfigureOptions<MarketMetricsOptions>>(new MarketMetricsConfigurationBinder(configuration));
        return builder;
    }

    private static MarketMetricsOptions Options(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IOptions<MarketMetricsOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            throw new MarketMetricsConfigurationException(exception.Message, exception);
        }
    }

    private static MarketMetricsComposition Compose(IServiceProvider services) => MarketMetricsComposition.Build(Options(services));

    private sealed class MarketMetricsBuilder(IServiceCollection services) : IMarketMetricsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
