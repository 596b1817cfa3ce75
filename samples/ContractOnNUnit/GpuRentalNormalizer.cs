using MarketMetrics;
using MarketMetrics.Normalization;

namespace GpuRental;

/// <summary>A custom basis and its normalizer, as a user of the library would write them.</summary>
public sealed class GpuRentalNormalizer() : ClaimNormalizer([Basis.Id])
{
    public static readonly MetricBasis Basis =
        new("gpu-rental-revenue", "GPU rental revenue", "Revenue from renting out GPUs by the hour.", [Dimension.Money]);

    protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
    {
        if (claim.Period is null)
        {
            return NormalizationResult.Failed(claim, "gpu.no-period", "GPU rental revenue needs the period it was earned in.");
        }

        draft.Warnings.Add(new RecordNote("gpu.hours-unstated", "GPU hours sold are not stated."));
        return NormalizationResult.Normalized(claim, draft.Build());
    }
}
