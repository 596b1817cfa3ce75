using System.Globalization;
using System.Text;
using CsvHelper;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// The reader keeps the last results for a field's text (a period resolved against a published date with
/// a calendar, a date, a scope, a language, a market, a publisher) and hands them on when the text comes again. A file of
/// real rows, their values, periods, dates, languages and publisher kinds shuffled so that each text comes back with other
/// company, must read row for row as each row read alone in a file of its own, where nothing can be kept.
/// </summary>
public class RecentResultsTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");

    [Fact]
    public void Read_RowsWhoseTextsRepeatInOtherCompany_GiveWhatEachRowReadAloneGives()
    {
        (string[] header, List<string[]> rows) = Generated(4_000);
        string head = string.Join(",", header) + "\n";
        var whole = new StringBuilder(head);
        foreach (string[] row in rows)
        {
            whole.Append(Line(row));
        }

        var options = new ClaimsCsvOptions { DetectDuplicateIds = false };
        List<ClaimRow> together = Read(whole.ToString(), options);
        together.Should().HaveCount(rows.Count, "every generated row is one claim or rejection (no value of these splits in parts)");
        int accepted = 0, resolved = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            List<ClaimRow> alone = Read(head + Line(rows[i]), options);
            alone.Should().ContainSingle();
            ClaimRow a = alone[0], t = together[i];
            if (a.Claim is { } claim)
            {
                t.Claim.Should().NotBeNull("row {0}: {1}", i, Line(rows[i]));
                t.Claim!.Equals(claim).Should().BeTrue("row {0}: {1}", i, Line(rows[i]));
                t.Claim.Figure.Text.Should().Be(claim.Figure.Text);
                t.Claim.PublishedAsPrinted.Should().Be(claim.PublishedAsPrinted);
                accepted++;
                resolved += claim.PeriodResolution is null ? 0 : 1;
            }
            else
            {
                t.Rejection.Should().NotBeNull("row {0}: {1}", i, Line(rows[i]));
                (t.Rejection!.Code, t.Rejection.Column, t.Rejection.RawField, t.Rejection.Reason)
                    .Should().Be((a.Rejection!.Code, a.Rejection.Column, a.Rejection.RawField, a.Rejection.Reason), "row {0}", i);
            }
        }

        // The check means something only if both kinds of row, and relative periods resolved against the date, are there.
        accepted.Should().BeGreaterThan(rows.Count / 5);
        (rows.Count - accepted).Should().BeGreaterThan(rows.Count / 10);
        resolved.Should().BeGreaterThan(50);
    }

    private static List<ClaimRow> Read(string text, ClaimsCsvOptions options)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. new ClaimsCsvReader(options).Read(stream)];
    }

    // Rows of the real claims files with their value, period, published date, language, scope, market and publisher kind
    // drawn from the texts of other rows (and a few of the reader's edge cases), in a fixed random order.
    private static (string[] Header, List<string[]> Rows) Generated(int count)
    {
        var real = new List<string[]>();
        string[]? header = null;
        foreach (string file in (string[])["real-claims.csv", "holdout-claims.csv"])
        {
            using CsvReader csv = CsvReader.Create(File.ReadAllBytes(Path.Combine(Data, file)), CsvReaderOptions.Default with { FormatProvider = CultureInfo.InvariantCulture });
            header ??= [.. csv.Headers];
            csv.Headers.Should().Equal(header);
            while (csv.Read())
            {
                var row = new string[csv.FieldCount];
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = csv.GetString(i);
                }

                real.Add(row);
            }
        }

        var pools = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string[] mixed = ["value", "period", "published", "language", "scope", "market", "publisher_kind", "publisher", "status", "aggregation"];
        foreach (string column in mixed)
        {
            int at = Array.IndexOf(header!, column);
            pools[column] = [.. real.Select(r => r[at]).Distinct()];
        }

        pools["period"].AddRange(["去年", "上季度", "今年", "上半年", "本月", "去年同期", "FY2024@alibaba", "FY25 Q3", "not a period"]);
        pools["published"].AddRange(["2025-09-24", "2024-02-29", "2024-02-30", "2025-11", "2025/09", "11月25日", "10小时前", "not a date", " 2025-09-24"]);
        pools["language"].AddRange(["zh-TW", "ja", "zh_Hant", "en", "english", "zh-"]);
        pools["scope"].AddRange(["measure=market-size", "bad", "a=;b=c"]);
        pools["value"].AddRange(["5兆円", "5兆元", "'=5", "=5000亿tokens"]);
        var random = new Random(20251202);
        var rows = new List<string[]>(count);
        for (int n = 0; n < count; n++)
        {
            string[] row = [.. real[random.Next(real.Count)]];
            foreach (string column in mixed)
            {
                if (random.Next(3) == 0)
                {
                    List<string> pool = pools[column];
                    row[Array.IndexOf(header!, column)] = pool[random.Next(pool.Count)];
                }
            }

            if (random.Next(3) > 0)
            {
                // Most values from a few, so that they repeat as in a file of one report (a cache seldom found stops being used).
                row[Array.IndexOf(header!, "value")] = pools["value"][random.Next(12)];
            }

            if (n % 10 == 0)
            {
                // 兆 is 10¹² in Traditional Chinese and Japanese, 10⁶ otherwise: the same text read by two parsers.
                row[Array.IndexOf(header!, "value")] = n % 20 == 0 ? "1.5兆元" : "800兆";
                row[Array.IndexOf(header!, "language")] = random.Next(4) switch { 0 => "zh-TW", 1 => "zh-Hans", 2 => "ja", _ => string.Empty };
            }

            row[0] = "g" + n.ToString(CultureInfo.InvariantCulture);
            rows.Add(row);
        }

        // Values that split into parts give several rows each; kept out so that rows pair one to one.
        var single = new List<string[]>(rows.Count);
        foreach (string[] row in rows)
        {
            if (Read(string.Join(",", header!) + "\n" + Line(row), new ClaimsCsvOptions { DetectDuplicateIds = false }).Count == 1)
            {
                single.Add(row);
            }
        }

        return (header!, single);
    }

    private static string Line(string[] row) => string.Join(",", row.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n";
}
