using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// The records writer against a plain one written here: every cell built as a string (or a decimal) and handed to
/// CsvHelper with <c>CsvInjection.Escape</c>, the formula rule of docs/csv.md applied by hand. Both must give the same
/// bytes for the seed and for 20,000 generated rows, hostile texts among them.
/// </summary>
public class RecordsCsvByteIdentityTests
{
    private static readonly NormalizationPipeline Pipeline = NormalizationPipeline.CreateDefault();

    // Texts that a spreadsheet could run, that need quoting, or that start with apostrophes, for the text columns.
    private static readonly string[] Names =
    [
        "火山引擎", "阿里云", "百度", "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "＝1+1", "＋1", "－1", "＠x", "'=x", "''a", "'a",
        "a,b", "a\"b", "IDC", "沙利文", "'＝y", "'+z", "a'b", "x;y",
    ];

    [Fact]
    public void Write_SeedAndTwentyThousandGeneratedRows_GivesTheBytesOfAPlainWriter()
    {
        List<ComparableRecord> records = Normalized(SeedClaims().Concat(AiCloudArticle2025.Claims).Concat(GeneratedClaims(20_000)).Concat(HostileClaims()));
        records.Count.Should().BeGreaterThan(20_000);

        byte[] written = WriteWithWriter(records);
        byte[] expected = WritePlainly(records);

        string text = Encoding.UTF8.GetString(written);
        text.Should().Contain(",\"'=HYPERLINK(\"\"x\"\")\",", "the data must exercise CsvHelper's formula escape");
        text.Should().Contain(",'＝1+1,", "and the full-width one");
        text.Should().Contain(",'' =1,", "and the apostrophe in front of an escaped text");
        FirstDifference(written, expected).Should().Be(-1, "the writer must give the bytes of the plain writer");
        written.Length.Should().Be(expected.Length);
    }

    [Fact]
    public async Task Write_ThroughTextAndAsynchronously_GivesTheSameText()
    {
        List<ComparableRecord> records = Normalized(SeedClaims().Concat(GeneratedClaims(2_000)).Concat(HostileClaims()));
        string expected = Encoding.UTF8.GetString(WritePlainly(records));

        var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var writer = new RecordsCsvWriter(text))
        {
            foreach (ComparableRecord record in records)
            {
                await writer.WriteAsync(record);
            }
        }

        text.ToString().Should().Be(expected);
    }

    private static List<ComparableRecord> Normalized(IEnumerable<Claim> claims)
    {
        var records = new List<ComparableRecord>();
        foreach (Claim claim in claims)
        {
            records.AddRange(Pipeline.Normalize(claim).Records);
        }

        return records;
    }

    private static byte[] WriteWithWriter(List<ComparableRecord> records)
    {
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            foreach (ComparableRecord record in records)
            {
                writer.Write(record);
            }
        }

        return stream.ToArray();
    }

    private static int FirstDifference(byte[] a, byte[] b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return a.Length == b.Length ? -1 : length;
    }

    private static IEnumerable<Claim> SeedClaims() => ReadClaims(File.ReadAllBytes(RepoFile("docs/samples/seed-claims.csv")));

    private static IEnumerable<Claim> ReadClaims(byte[] csv)
    {
        var claims = new List<Claim>();
        using var stream = new MemoryStream(csv);
        foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(stream))
        {
            if (row.Claim is { } claim)
            {
                claims.Add(claim);
            }
        }

        return claims;
    }

    // The seed's rows as templates, each generated row with a new id and, in turns, other names, periods, publishers,
    // dates, sources and quotes; written with CsvHelper so that every text is quoted as it needs.
    private static IEnumerable<Claim> GeneratedClaims(int rows)
    {
        string[][] seed = Cells(File.ReadAllBytes(RepoFile("docs/samples/seed-claims.csv")));
        string[] header = seed[0];
        string[] periods = ["", "2025上半年", "2024年", "2025年", "FY2024@alibaba", "2025年第三季度", "Q3 2025", "2025-06-30", "2024年5月"];
        string[] published = ["", "2025-09-24", "2025-10", "2025"];
        string[] quotes = ["", "quote", "=1+1", "say \"hi\", then", "＠me", "'", "''", "'-x", "多行\n文本"];
        using var output = new MemoryStream();
        using (CsvWriter csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecord(header);
            for (int i = 0; i < rows; i++)
            {
                string[] row = [.. seed[1 + (i % (seed.Length - 1))]];
                Set(header, row, "id", "g" + i.ToString(CultureInfo.InvariantCulture));
                if (i % 3 == 1)
                {
                    Set(header, row, "claimant", Names[i / 3 % Names.Length]);
                }

                if (i % 5 == 2)
                {
                    Set(header, row, "subject", Names[i / 5 % Names.Length]);
                }

                if (i % 4 == 3)
                {
                    Set(header, row, "period", periods[i / 4 % periods.Length]);
                }

                Set(header, row, "publisher", i % 7 == 0 ? "" : Names[i / 7 % Names.Length]);
                Set(header, row, "published", published[i % published.Length]);
                Set(header, row, "source", i % 6 == 0 ? "https://example.org/a?b=" + i.ToString(CultureInfo.InvariantCulture) : "");
                if (i % 2 == 0)
                {
                    Set(header, row, "quote", quotes[i / 2 % quotes.Length]);
                }

                Set(header, row, "scope_notes", i % 11 == 0 ? "-note" : "");
                csv.WriteRecord(row);
            }
        }

        return ReadClaims(output.ToArray());
    }

    // Texts the claims reader would trim or that no file gives: leading blanks before a formula, tab, CR.
    private static IEnumerable<Claim> HostileClaims()
    {
        string[] texts = [" =1+1", "\u3000＝1", "\n+1", "\u00A0@x", "\tcmd", "\rcmd", "' =1", "'\t", "  plain", "\r\nx"];
        for (int i = 0; i < texts.Length; i++)
        {
            string t = texts[i];
            yield return new Claim("h" + i.ToString(CultureInfo.InvariantCulture), t, t, Parsing.QuantityParser.Default.Parse("超5億元").Value, MetricBasis.MaasRevenue)
            {
                Period = ReportingPeriod.Year(2024),
                Publisher = new Publisher(t, PublisherKind.Media),
                Source = t,
                Quote = t,
                ScopeNotes = t,
            };
        }
    }

    private static void Set(string[] header, string[] row, string column, string value) => row[Array.IndexOf(header, column)] = value;

    private static string[][] Cells(byte[] input)
    {
        using CsvReader reader = CsvReader.Create(input, CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<string[]> { reader.Headers.ToArray() };
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return [.. rows];
    }

    private static string RepoFile(string relative)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarketMetrics.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }

    // The plain writer: the columns of docs/csv.md, each cell a string handed to CsvHelper (numbers as decimals).
    private static byte[] WritePlainly(List<ComparableRecord> records)
    {
        using var output = new MemoryStream();
        CsvWriterOptions options = CsvWriterOptions.Default with
        {
            Separator = ',', FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n", Injection = CsvInjection.Escape, WriteByteOrderMark = false,
        };
        using (CsvWriter csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            csv.WriteRecord([.. RecordsCsv.Columns]);
            foreach (ComparableRecord r in records)
            {
                Claim c = r.Claim;
                Text(csv, r.Id); Text(csv, r.Claimant); Text(csv, r.Subject); Text(csv, r.Basis.Id); Text(csv, r.Basis.Scope.ToString());
                Interval(csv, r.Value.Value); Text(csv, ContractNames.Of(r.Value.Qualifier)); Text(csv, r.Value.Unit.Symbol);
                Text(csv, r.Period?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); Text(csv, r.Period?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Text(csv, r.Period?.Label); Text(csv, ContractNames.Of(r.Aggregation)); Text(csv, r.Market?.Id); Text(csv, ContractNames.Of(r.Status));
                Text(csv, c.Publisher?.Name); Text(csv, c.Source ?? c.Quote);
                Text(csv, r.Value.Scale?.Text); Number(csv, r.Value.Scale?.Multiplier); Text(csv, r.Value.Text); Text(csv, r.Formula);
                Json(csv, r.Inputs.ToArray()); Json(csv, [.. r.Assumptions.Select(n => n.Code + ": " + n.Message)]);
                Json(csv, [.. r.Conversions.Select(n => n.Code + ": " + n.Message)]); Json(csv, [.. r.Warnings.Select(n => n.Code + ": " + n.Message)]);
                Text(csv, c.Id); Text(csv, c.Claimant); Text(csv, c.Subject); Text(csv, c.Basis.Id); Text(csv, c.Basis.Scope.ToString());
                Interval(csv, c.Figure.Value); Text(csv, ContractNames.Of(c.Figure.Qualifier)); Text(csv, c.Figure.Unit.Symbol);
                Text(csv, c.Figure.Scale?.Text); Number(csv, c.Figure.Scale?.Multiplier); Text(csv, c.Figure.Text);
                Text(csv, c.Period?.Label); Text(csv, ContractNames.Of(c.Aggregation)); Text(csv, c.Market?.Id); Text(csv, ContractNames.Of(c.Status));
                Text(csv, c.Publisher?.Name); Text(csv, c.Publisher is { } p ? ContractNames.Of(p.Kind) : null);
                Text(csv, c.Published?.Label); Text(csv, c.Source); Text(csv, c.Quote); Text(csv, c.ScopeNotes);
                csv.EndRecord();
            }
        }

        return output.ToArray();

        static void Interval(CsvWriter csv, Interval interval)
        {
            Number(csv, interval.Low.ValueOrNull);
            Text(csv, interval.Low.IsInclusive ? "true" : "false");
            Number(csv, interval.High.ValueOrNull);
            Text(csv, interval.High.IsInclusive ? "true" : "false");
        }

        static void Number(CsvWriter csv, decimal? value)
        {
            if (value is { } number)
            {
                csv.WriteField(number, default);
            }
            else
            {
                csv.WriteField(string.Empty);
            }
        }

        static void Json(CsvWriter csv, string[] values)
        {
            if (values.Length == 0)
            {
                csv.WriteField(string.Empty);
                return;
            }

            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartArray();
                foreach (string value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            csv.WriteField(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        // docs/csv.md: CsvHelper puts an apostrophe before = + - @ tab CR; a text whose first character after blanks (space,
        // tab, CR, LF, U+3000, U+00A0) is one of = + - @ or their full-width forms gets one too, and so does a text starting
        // with an apostrophe followed by another or by such a text.
        static void Text(CsvWriter csv, string? value)
        {
            if (value is null)
            {
                csv.WriteField(string.Empty);
                return;
            }

            bool escape = value.Length > 0 && (value[0] == '\''
                ? value.Length > 1 && (value[1] == '\'' || FormulaLike(value.AsSpan(1)))
                : value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') && FormulaLike(value));
            csv.WriteField(escape ? "'" + value : value);
        }

        static bool FormulaLike(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return false;
            }

            if (text[0] is '\t' or '\r')
            {
                return true;
            }

            ReadOnlySpan<char> rest = text.TrimStart(" \t\r\n\u3000\u00A0");
            return !rest.IsEmpty && "=+-@＝＋－＠".Contains(rest[0]);
        }
    }
}
