using MarketMetrics.Normalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketMetrics;

/// <summary>
/// Validates the whole composition (options, registered normalizers) so that <c>ValidateOnStart</c> reports a
/// misconfiguration when the host starts, not at the first claim.
/// </summary>
internal sealed class MarketMetricsOptionsValidator(IServiceProvider services) : IValidateOptions<MarketMetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MarketMetricsOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            MarketMetricsComposition composition = MarketMetricsComposition.Build(options);
            _ = new NormalizationPipeline(services.GetServices<IClaimNormalizer>(), composition.CreateContext(InMemoryFxRateProvider.Empty));
            return ValidateOptionsResult.Success;
        }
        catch (MarketMetricsConfigurationException exception)
        {
            return ValidateOptionsResult.Fail("MarketMetrics is misconfigured: " + exception.Message);
        }
    }
}
