using FluentAssertions;
using MarketMetrics;
using MarketMetrics.Analysis;
using MarketMetrics.Testing;
using Xunit;

namespace TestingYourAnalytics;

/// <summary>Your analytics code: the top vendor of each basis, for a dashboard.</summary>
public static class TopVendorReport
{
    public static IReadOnlyDictionary<string, string> TopVendorByBasis(IEnumerable<ComparableRecord> records) =>
        Leaderboards.Build(records)
            .GroupBy(b => b.Basis.Id)
            .ToDictionary(g => g.Key, g => g.First().Leaders[0].Subject);
}

/// <summary>Its tests, written with MarketMetrics.Testing's builders, sample data and assertions.</summary>
public class TopVendorReportTests
{
    [Fact]
    public void TopVendorByBasis_OnTheArticle_NamesOneLeaderPerBasis()
    {
        IReadOnlyDictionary<string, string> top = TopVendorReport.TopVendorByBasis(SampleData.Records);

        top.Should().Contain("maas-token-volume", "volcano-engine")
            .And.Contain("self-developed-model-token-share", "qwen")
            .And.Contain("llm-tender-wins", "baidu-ai-cloud");
    }

    [Fact]
    public void TopVendorByBasis_TwoVendorsOnOneBasis_PicksTheLarger()
    {
        ComparableRecord a = RecordBuilder.From(new ClaimBuilder().By("阿里云").WithValue("12%").Build());
        ComparableRecord b = RecordBuilder.From(new ClaimBuilder().By("火山引擎").WithValue("46.4%").Build());

        a.Should().BeComparableTo(b);
        TopVendorReport.TopVendorByBasis([a, b])["maas-token-volume"].Should().Be("volcano-engine");
    }
}
