using MarketMetrics;
using MarketMetrics.Csv;
using MarketMetrics.Parsing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the CSV readers and writers of MarketMetrics.Csv through <see cref="IMarketMetricsBuilder"/>.</summary>
public static class MarketMetricsCsvBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ClaimsCsvOptions"/>, <see cref="ClaimsCsvReader"/>, <see cref="RecordsCsvReader"/> and <see cref="CsvWriterFactory"/> (thread-safe
    /// singletons). The claims reader reads values and periods with the container's <see cref="QuantityParser"/> and
    /// <see cref="PeriodParser"/> (so every added fiscal calendar) and names bases from the container's
    /// <see cref="MetricBasisRegistry"/> (so every added basis); the records reader reads bases and period labels
    /// with the same registries. <see cref="CsvWriterFactory"/> creates the records and rejects writers with the same
    /// separator. Calling it twice is harmless.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMarketMetrics</c>.</param>
    /// <param name="configure">Adjusts the options (separator, record size, duplicate check); <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IMarketMetricsBuilder AddCsv(this IMarketMetricsBuilder builder, Func<ClaimsCsvOptions, ClaimsCsvOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(sp =>
        {
            var options = new ClaimsCsvOptions
            {
                QuantityParser = sp.GetRequiredService<QuantityParser>(),
                PeriodParser = sp.GetRequiredService<PeriodParser>(),
                Bases = sp.GetRequiredService<MetricBasisRegistry>(),
            };
            return configure is null ? options : configure(options);
        });
        builder.Services.TryAddSingleton(sp => new ClaimsCsvReader(sp.GetRequiredService<ClaimsCsvOptions>()));
        builder.Services.TryAddSingleton(sp => new RecordsCsvReader(
            sp.GetRequiredService<ClaimsCsvOptions>().Separator, sp.GetRequiredService<MetricBasisRegistry>(), sp.GetRequiredService<PeriodParser>()));
        builder.Services.TryAddSingleton(sp => new CsvWriterFactory(sp.GetRequiredService<ClaimsCsvOptions>().Separator));
        return builder;
    }
}
