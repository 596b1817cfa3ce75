using System.Globalization;
using CsvHelper;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

/// <summary>The lean records layout: a real file written and read back with CsvHelper, its cells those of the full layout's
/// columns of the same name.</summary>
public sealed class LeanLayoutTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-lean-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Write_Lean_HasTheRecordsColumnsThenClaimIdAndQuote_EachCellAsInTheFullLayout()
    {
        List<ComparableRecord> records = Records(
            "id,claimant,subject,basis,value,period,market,source,quote,publisher\n"
            + "c1,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,cn-public-cloud-llm,,\"全國大模型調用量僅536.7萬億Tokens, 據IDC\",IDC\n"
            + "c2,火山引擎,火山引擎,maas-token-volume,46.4%,,cn-public-cloud-llm,https://example.org/ad,=1+1,火山引擎\n");
        string lean = WriteFile("lean.csv", records, RecordsCsvLayout.Lean);
        string full = WriteFile("full.csv", records, RecordsCsvLayout.Full);

        string[][] leanRows = Cells(lean);
        string[][] fullRows = Cells(full);
        leanRows[0].Should().Equal(RecordsCsv.LeanColumns);
        leanRows[0].Should().HaveCount(29).And.EndWith(["warnings", "claim_id", "claim_quote"]);
        leanRows[0].Should().Contain(["value_as_printed", "source"]).And.NotContain(["claim_claimant", "claim_low", "claim_source"]);
        leanRows.Should().HaveCount(4, "c1 gives its total and a derived daily average, c2 one record");

        for (int r = 1; r < leanRows.Length; r++)
        {
            for (int c = 0; c < leanRows[0].Length; c++)
            {
                int inFull = Array.IndexOf(fullRows[0], leanRows[0][c]);
                leanRows[r][c].Should().Be(fullRows[r][inFull], $"column {leanRows[0][c]} of row {r}");
            }
        }

        string Cell(int row, string column) => leanRows[row][Array.IndexOf(leanRows[0], column)];
        Cell(1, "id").Should().Be("c1");
        Cell(2, "id").Should().Be("c1#daily-average");
        Cell(2, "claim_id").Should().Be("c1");
        Cell(2, "low").Should().Be("2965193370165.7458563535911602", "536.7萬億 over the 181 days of 2025-H1 is 2965193370165.74585635359116022…, rounded down at 29 digits");
        Cell(2, "high").Should().Be("2965193370165.7458563535911603", "and up");
        Cell(1, "claim_quote").Should().Be("全國大模型調用量僅536.7萬億Tokens, 據IDC");
        Cell(1, "value_as_printed").Should().Be("536.7萬億Tokens");
        Cell(3, "source").Should().Be("https://example.org/ad");
        Cell(3, "claim_quote").Should().Be("'=1+1", "a formula-like quote is escaped as in the full layout");
        File.ReadAllText(lean).Length.Should().BeLessThan(File.ReadAllText(full).Length * 2 / 3);
    }

    [Fact]
    public void Write_NoRecords_LeanHeaderOnly()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new RecordsCsvWriter(text, RecordsCsvLayout.Lean, ';'))
        {
            writer.Layout.Should().Be(RecordsCsvLayout.Lean);
            writer.WriteHeader();
        }

        text.ToString().Should().Be(string.Join(';', RecordsCsv.LeanColumns) + "\n");
    }

    [Fact]
    public void Layouts_UndefinedValue_IsACallerError()
    {
        FluentActions.Invoking(() => new RecordsCsvWriter(Stream.Null, (RecordsCsvLayout)7)).Should().Throw<ArgumentException>().WithParameterName("layout");
        FluentActions.Invoking(() => RecordsCsv.ColumnsOf((RecordsCsvLayout)7)).Should().Throw<ArgumentException>();
        RecordsCsv.ColumnsOf(RecordsCsvLayout.Full).Should().BeSameAs(RecordsCsv.Columns);
    }

    private static List<ComparableRecord> Records(string claims)
    {
        var pipeline = NormalizationPipeline.CreateDefault();
        var records = new List<ComparableRecord>();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(claims));
        foreach (ClaimRow row in new ClaimsCsvReader().Read(stream))
        {
            row.Claim.Should().NotBeNull(row.Rejection?.ToString());
            records.AddRange(pipeline.Normalize(row.Claim!).Records);
        }

        return records;
    }

    private string WriteFile(string name, List<ComparableRecord> records, RecordsCsvLayout layout)
    {
        string path = Path.Combine(_folder.FullName, name);
        using (FileStream file = File.Create(path))
        using (var writer = new CsvWriterFactory().CreateRecordsWriter(file, layout))
        {
            foreach (ComparableRecord record in records)
            {
                writer.Write(record);
            }
        }

        return path;
    }

    private static string[][] Cells(string path)
    {
        using CsvReader reader = CsvReader.Create(File.ReadAllBytes(path), CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
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
}
