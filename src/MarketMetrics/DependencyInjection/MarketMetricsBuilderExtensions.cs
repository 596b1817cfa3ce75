using System.Diagnostics.CodeAnalysis;
using MarketMetrics;
using MarketMetrics.Normalization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds plug-ins and data to MarketMetrics through <see cref="IMarketMetricsBuilder"/>.</summary>
public static class MarketMetricsBuilderExtensions
{
    /// <summary>Adds a normalizer (a singleton; registering one type twice is harmless).</summary>
    /// <typeparam name="TNormalizer">The normalizer type; give it a priority above 0 to take a basis from a built-in.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IMarketMetricsBuilder AddNormalizer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TNormalizer>(this IMarketMetricsBuilder builder)
        where TNormalizer : class, IClaimNormalizer
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimNormalizer, TNormalizer>());
        return builder;
    }

    /// <summary>Adds a basis to the <see cref="MetricBasisRegistry"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="basis">The basis.</param>
    /// <returns>The builder.</returns>
    public static IMarketMetricsBuilder AddBasis(this IMarketMetricsBuilder builder, MetricBasis basis)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(basis);
        builder.Services.Configure<MarketMetricsOptions>(options => options.Bases.Add(basis));
        return builder;
    }

    /// <summary>Adds an entity and its printed names to the alias table.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="aliases">The names that should find it.</param>
    /// <returns>The builder.</returns>
    public static IMarketMetricsBuilder AddVendorAliases(this IMarketMetricsBuilder builder, Entity entity, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(aliases);
        var registration = new EntityAliasRegistration(entity, aliases);
        builder.Services.Configure<MarketMetricsOptions>(options => options.Aliases.Add(registration));
        return builder;
    }

    /// <summary>Adds exchange rates to the default in-memory <see cref="IFxRateProvider"/> (ignored when the application registers its own provider first).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="rates">The rates.</param>
    /// <returns>The builder.</returns>
    public static IMarketMetricsBuilder AddFxRates(this IMarketMetricsBuilder builder, IEnumerable<FxRate> rates)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rates);
        FxRate[] copy = [.. rates];
        builder.Services.Configure<MarketMetricsOptions>(options =>
        {
            foreach (FxRate rate in copy)
            {
                options.FxRates.Add(rate);
            }
        });
        return builder;
    }

    /// <summary>Reports money and prices in one currency; each conversion then needs a rate (no rate → the claim fails with <c>fx.missing-rate</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not an ISO 4217 code.</exception>
    public static IMarketMetricsBuilder UseReportingCurrency(this IMarketMetricsBuilder builder, string currency)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = Units.Currency(currency);
        builder.Services.Configure<MarketMetricsOptions>(options =>
        {
            if (options.ReportingCurrency is { } earlier && !string.Equals(earlier, currency, StringComparison.Ordinal))
            {
                options.Problems.Add($"The reporting currency is set to both {earlier} and {currency}; records can be reported in one currency only.");
            }

            options.ReportingCurrency = currency;
        });
        return builder;
    }

    /// <summary>Adds a fiscal calendar to the <see cref="FiscalCalendarRegistry"/> that periods such as <c>FY2024</c> are read with.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="aliases">Other names that should find it.</param>
    /// <returns>The builder.</returns>
    public static IMarketMetricsBuilder AddFiscalCalendar(this IMarketMetricsBuilder builder, FiscalCalendar calendar, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(aliases);
        var registration = new FiscalCalendarRegistration(calendar, aliases);
        builder.Services.Configure<MarketMetricsOptions>(options => options.FiscalCalendars.Add(registration));
        return builder;
    }
}
