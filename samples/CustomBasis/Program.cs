using MarketMetrics;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using Microsoft.Extensions.DependencyInjection;

// 1. A basis of your own: what it counts, in which dimensions.
var gpuRental = new MetricBasis("gpu-rental-revenue", "GPU rental revenue",
    "Revenue from renting out GPUs by the hour, excluding model services.", [Dimension.Money]);

// 2. Register it with its normalizer, next to the built-ins.
using ServiceProvider services = new ServiceCollection()
    .AddMarketMetrics()
    .AddBasis(gpuRental)
    .AddNormalizer<GpuRentalNormalizer>()
    .Services.BuildServiceProvider();

// 3. Claims on it now come out as comparable records.
var claim = new Claim("gpu-1", "CoreWeave", "CoreWeave", QuantityParser.Default.Parse("超19亿美元").Value, gpuRental)
{
    Period = ReportingPeriod.Year(2024),
};
NormalizationResult result = services.GetRequiredService<NormalizationPipeline>().Normalize(claim);
Console.WriteLine(result);
return result.Success && result.Records[0].Value.Value == Interval.GreaterThan(1_900_000_000m) ? 0 : 1;

/// <summary>The basis's own rule: a rental revenue without GPU hours is flagged.</summary>
internal sealed class GpuRentalNormalizer() : ClaimNormalizer(["gpu-rental-revenue"])
{
    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        draft.Warnings.Add(new RecordNote("gpu.hours-unstated", "GPU hours sold are not stated."));
        return NormalizationResult.Normalized(claim, draft.Build());
    }
}
