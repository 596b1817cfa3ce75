using System.Globalization;
using System.Text;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// The reader decodes a value repeated in its column once and hands the same string on; values that look alike to its
/// cheap lookup (same length, same first, middle and last character) must still come back as written, in any order,
/// quoted or not, and a column of values that never repeat must read as written too.
/// </summary>
public class RepeatedFieldValuesTests
{
    [Fact]
    public void Read_ColumnsOfLookAlikeAndRepeatedValues_GiveEveryValueAsWritten()
    {
        // Differ only in the second and fourth characters: one slot of the lookup for all of them.
        string[] claimants = ["aXbYc", "aYbXc", "aZbZc", "aXbXc", "aYbYc", "a,b,c", "a\"b\"c", "a b c", "aébèc", "a火b山c", "aXbYc "];
        string[] periods = ["2024", "2025上半年", "2024年", "2023"];
        var text = new StringBuilder("id,claimant,subject,basis,value,period,quote\n");
        var expected = new List<(string Claimant, string Subject, string Quote)>();
        var random = new Random(7);
        for (int i = 0; i < 3_000; i++)
        {
            string claimant = claimants[random.Next(claimants.Length)];
            string subject = i % 5 == 0 ? "subject-" + i.ToString(CultureInfo.InvariantCulture) : claimants[random.Next(claimants.Length)];
            string quote = "quote " + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"r{i},{Quoted(claimant)},{Quoted(subject)},maas-revenue,5億元,{periods[i % periods.Length]},{quote}\n");
            expected.Add((claimant.Trim(), subject.Trim(), quote));
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        List<ClaimRow> rows = [.. new ClaimsCsvReader().Read(stream)];

        rows.Should().HaveCount(expected.Count).And.OnlyContain(r => r.Accepted);
        for (int i = 0; i < rows.Count; i++)
        {
            Claim claim = rows[i].Claim!;
            claim.Id.Should().Be("r" + i.ToString(CultureInfo.InvariantCulture));
            claim.Claimant.Should().Be(expected[i].Claimant, "row {0}", i);
            claim.Subject.Should().Be(expected[i].Subject, "row {0}", i);
            claim.Quote.Should().Be(expected[i].Quote, "row {0}", i);
            claim.Period!.Label.Should().Be(ReportingPeriodLabel(i % periods.Length));
        }
    }

    private static string ReportingPeriodLabel(int k) => k switch { 0 => "2024", 1 => "2025-H1", 2 => "2024", _ => "2023" };

    private static string Quoted(string value) => value.AsSpan().IndexOfAny(",\" ") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
