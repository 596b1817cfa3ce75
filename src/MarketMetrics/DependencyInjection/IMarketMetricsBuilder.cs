namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures MarketMetrics in a service collection; returned by <see cref="MarketMetricsServiceCollectionExtensions.AddMarketMetrics(IServiceCollection)"/>.</summary>
public interface IMarketMetricsBuilder
{
    /// <summary>Gets the service collection MarketMetrics is registered in.</summary>
    IServiceCollection Services { get; }
}
