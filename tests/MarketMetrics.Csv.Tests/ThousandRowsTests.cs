using System.Text;

namespace MarketMetrics.Csv.Tests;

/// <summary>1,000 rows, 37 of them broken in 37 different ways: 963 claims and 37 rejections, each at its line with its reason.</summary>
public class ThousandRowsTests
{
    private const string Header = "id,claimant,subject,basis,scope,value,period,aggregation,market,status,publisher_kind,published";

    // Each broken row (with {id} for a fresh id) and the column and code it must be rejected with.
    private static readonly (string Row, string? Column, string Code)[] Broken =
    [
        (",a,b,maas-revenue,,5億元,2024,,,,,", "id", "field.missing"),
        ("{id},,b,maas-revenue,,5億元,2024,,,,,", "claimant", "field.missing"),
        ("{id},a,,maas-revenue,,5億元,2024,,,,,", "subject", "field.missing"),
        ("{id},a,b,,,5億元,2024,,,,,", "basis", "basis.undecided"),
        ("{id},a,b,maas-revenue,,,2024,,,,,", "value", "field.missing"),
        ("row-2,a,b,maas-revenue,,5億元,2024,,,,,", "id", "id.duplicate"),
        ("{id},a,b,gpu-rental,,5億元,2024,,,,,", "basis", "basis.unknown"),
        ("{id},a,b,maas-revenue,measure,5億元,2024,,,,,", "scope", "scope.invalid"),
        ("{id},a,b,maas-revenue,=x,5億元,2024,,,,,", "scope", "scope.invalid"),
        ("{id},a,b,maas-revenue,,超,2024,,,,,", "value", "value.qualifier-without-number"),
        ("{id},a,b,maas-revenue,,no figure here,2024,,,,,", "value", "value.no-number"),
        ("{id},a,b,maas-revenue,,46.4% and 17.7%,2024,,,,,", "value", "value.ambiguous"),
        ("{id},a,b,maas-revenue,,9999999999999999999999999999萬億元,2024,,,,,", "value", "value.overflow"),
        ("{id},a,b,maas-revenue,,1234567890123456789012345678901元,2024,,,,,", "value", "value.overflow"),
        ("{id},a,b,maas-revenue,,1e99999,2024,,,,,", "value", "value.overflow"),
        ("{id},a,b,maas-token-volume,,-5 tokens,2024,,,,,", "value", "value.negative"),
        ("{id},a,b,maas-revenue,,500 widgets,2024,,,,,", "value", "value.unknown-unit"),
        ("{id},a,b,maas-revenue,,1/3,2024,,,,,", "value", "value.invalid-number"),
        ("{id},a,b,maas-revenue,,6-5亿元,2024,,,,,", "value", "value.invalid-range"),
        ("{id},a,b,maas-revenue,,5%-6元,2024,,,,,", "value", "value.invalid-range"),
        ("{id},a,b,maas-revenue,,5兆元,2024,,,,,", "value", "value.ambiguous-scale"),
        ("{id},a,b,maas-revenue,," + new string('9', 5000) + ",2024,,,,,", "value", "value.too-long"),
        ("{id},a,b,maas-revenue,,5億元,2025-02-30,,,,,", "period", "period.invalid-period"),
        ("{id},a,b,maas-revenue,,5億元,2025年13月,,,,,", "period", "period.invalid-period"),
        ("{id},a,b,maas-revenue,,5億元,2025-07-01/2025-01-01,,,,,", "period", "period.invalid-period"),
        ("{id},a,b,maas-revenue,,5億元,sometime,,,,,", "period", "period.invalid-period"),
        ("{id},a,b,maas-revenue,,5億元,FY2024,,,,,", "period", "period.unknown-fiscal-calendar"),
        ("{id},a,b,maas-revenue,,5億元,FY2024@nosuchco,,,,,", "period", "period.unknown-fiscal-calendar"),
        ("{id},a,b,maas-revenue,,5億元,2024,weekly,,,,", "aggregation", "aggregation.unknown"),
        ("{id},a,b,maas-revenue,,5億元,2024,,,rumour,,", "status", "status.unknown"),
        ("{id},a,b,maas-revenue,,5億元,2024,,,,blogger,", "publisher_kind", "publisher-kind.unknown"),
        ("{id},a,b,maas-revenue,,5億元,2024,,,,,2025-02-30", "published", "published.invalid"),
        ("{id},a,b,maas-revenue,,5億元,2024,,,,,soon", "published", "published.invalid"),
        ("{id},a,b,maas-revenue,,5\"億元,2024,,,,,", null, "csv.malformed"),
        ("{id},a,b,maas-revenue,,\"5億元\"x,2024,,,,,", null, "csv.malformed"),
        ("{id},a,b,maas-revenue,,5億元,2024", null, "csv.malformed"),
        ("{id},a,b,maas-revenue,,5億元,2024,,,,,,extra", null, "csv.malformed"),
    ];

    private static readonly string[] ValidValues = ["5億元", "超800億元", "5-6億元", "RMB 80 billion", "約10億元", "不到3億元", "US$1.5 billion", "1,234.5萬元"];

    [Fact]
    public void Read_1000RowsWith37BrokenIn37Ways_Gives963ClaimsAnd37RejectionsAtTheirLines()
    {
        Broken.Should().HaveCount(37);
        var text = new StringBuilder(Header).Append('\n');
        var expected = new Dictionary<long, (string? Column, string Code)>();
        int broken = 0;
        for (int row = 1; row <= 1000; row++)
        {
            long line = row + 1;
            if (row % 27 == 0 && broken < Broken.Length)
            {
                (string template, string? column, string code) = Broken[broken++];
                text.Append(template.Replace("{id}", "bad-" + row, StringComparison.Ordinal)).Append('\n');
                expected[line] = (column, code);
            }
            else
            {
                text.Append("row-").Append(row).Append(",阿里云,阿里云,maas-revenue,,\"").Append(ValidValues[row % ValidValues.Length]).Append("\",2024,total,,,,\n");
            }
        }

        broken.Should().Be(37);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));

        List<ClaimRow> rows = [.. new ClaimsCsvReader().Read(stream)];

        rows.Should().HaveCount(1000, "accepted + rejected = rows read");
        rows.Where(r => !r.Accepted && !expected.ContainsKey(r.LineNumber)).Take(3).Select(r => r.Rejection!.ToString()).Should().BeEmpty();
        rows.Count(r => r.Accepted).Should().Be(963);
        var rejections = rows.Where(r => !r.Accepted).ToDictionary(r => r.LineNumber, r => (r.Rejection!.Column, r.Rejection.Code));
        rejections.Should().Equal(expected);
        rows.Where(r => !r.Accepted).Should().OnlyContain(r => r.Rejection!.Reason.Length > 10 && r.Rejection.RawRecord.Length > 0);
    }
}
