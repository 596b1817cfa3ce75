using MarketMetrics.Datasets;
using MarketMetrics.Normalization;

namespace MarketMetrics.Testing;

/// <summary>The built-in dataset (every figure of the September 2025 AI-cloud article) as claims and as normalised records.</summary>
public static class SampleData
{
    private static readonly Lazy<IReadOnlyList<ComparableRecord>> LazyRecords = new(() =>
        [.. NormalizationPipeline.CreateDefault().NormalizeAll(AiCloudArticle2025.Claims).SelectMany(r => r.Records)]);

    /// <summary>Gets the article's claims.</summary>
    public static IReadOnlyList<Claim> Claims => AiCloudArticle2025.Claims;

    /// <summary>Gets the article's records, derived daily averages included.</summary>
    public static IReadOnlyList<ComparableRecord> Records => LazyRecords.Value;

    /// <summary>Gets one record by id (e.g. <c>seed-09</c>, IDC's 536.7萬億 tokens over H1 2025).</summary>
    /// <param name="id">The record id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="KeyNotFoundException">No record has the id.</exception>
    public static ComparableRecord Record(string id) =>
        Records.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"The sample data has no record '{id}'.");
}
