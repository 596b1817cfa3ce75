using System.Text;

namespace MarketMetrics.Csv.Tests;

/// <summary>The market column names a known market; a typo is a rejection, not a new market.</summary>
public class MarketColumnTests
{
    private const string Csv = "id,claimant,subject,basis,value,period,market\n"
        + "c1,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,CN-Public-Cloud-LLM\n"
        + "c2,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,cn-pubic-cloud-llm\n"
        + "c3,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,eu-gpu-cloud\n";

    private static List<ClaimRow> Read(ClaimsCsvOptions? options = null) =>
        [.. new ClaimsCsvReader(options).Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv)))];

    [Fact]
    public void MarketColumn_AKnownIdInAnyCase_IsThatMarket_AndATypoIsRejectedWithWhereAndWhy()
    {
        List<ClaimRow> rows = Read();

        rows[0].Claim!.Market.Should().BeSameAs(Market.ChinaPublicCloudLlm);
        CsvRejection typo = rows[1].Rejection!;
        typo.LineNumber.Should().Be(3);
        typo.Column.Should().Be("market");
        typo.Code.Should().Be("market.unknown");
        typo.Reason.Should().Be("No market has the id 'cn-pubic-cloud-llm'; see 'marketmetrics markets'.");
        rows[2].Rejection!.Code.Should().Be("market.unknown");
    }

    [Fact]
    public void MarketColumn_WithTheCallersMarkets_AcceptsThem()
    {
        var euGpuCloud = new Market("eu-gpu-cloud", "EU GPU cloud", "EU");

        List<ClaimRow> rows = Read(new ClaimsCsvOptions { Markets = [.. Market.WellKnown, euGpuCloud] });

        rows[2].Claim!.Market.Should().BeSameAs(euGpuCloud);
        rows[1].Rejection!.Code.Should().Be("market.unknown");
    }
}
