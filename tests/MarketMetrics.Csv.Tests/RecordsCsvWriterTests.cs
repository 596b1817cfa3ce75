using System.Text;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

public class RecordsCsvWriterTests
{
    private static string Write(params ComparableRecord[] records)
    {
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            foreach (ComparableRecord record in records)
            {
                writer.Write(record);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ComparableRecord Record(string claimant, string printed)
    {
        var claim = new Claim("c1", claimant, "x", Parsing.QuantityParser.Default.Parse(printed).Value, MetricBasis.MaasRevenue) { Period = ReportingPeriod.Year(2024) };
        return NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    [InlineData("＝1+1")]
    [InlineData("＠SUM(A1)")]
    [InlineData(" =1+1")]
    public void Write_FormulaLikeText_IsEscapedForSpreadsheets(string claimant)
    {
        string csv = Write(Record(claimant, "5億元"));

        string row = csv.Split('\n')[1];
        row.Should().Contain("'" + claimant[0]);
        row.Should().NotMatchRegex("(^|,)[=+@-][^,]*,x,");
    }

    [Fact]
    public void Write_NumbersAreInvariantAndOpenEndsEmpty()
    {
        string csv = Write(Record("a", "超5億元"));

        string[] header = csv.Split('\n')[0].Split(',');
        string[] row = csv.Split('\n')[1].Split(',');
        row[Array.IndexOf(header, "low")].Should().Be("500000000");
        row[Array.IndexOf(header, "low_inclusive")].Should().Be("false");
        row[Array.IndexOf(header, "high")].Should().BeEmpty();
        row[Array.IndexOf(header, "qualifier")].Should().Be("over");
        row[Array.IndexOf(header, "period_end")].Should().Be("2025-01-01");
    }

    [Fact]
    public void Write_NegativeAndFractionalNumbers_AreWrittenAsNumbersNotEscapedAsFormulas()
    {
        var claim = new Claim("c1", "a", "x", Parsing.QuantityParser.Default.Parse("-12.50%").Value, MetricBasis.MaasRevenue);
        var record = new ComparableRecord("c1", claim, claim.Figure, MetricBasis.MaasRevenue);

        string csv = Write(record);

        string[] header = csv.Split('\n')[0].Split(',');
        string[] row = csv.Split('\n')[1].Split(',');
        row[Array.IndexOf(header, "low")].Should().Be("-12.5", "a number is never escaped as a formula");
        row[Array.IndexOf(header, "high")].Should().Be("-12.5");
        row[Array.IndexOf(header, "claim_low")].Should().Be("-12.5");
    }
}
