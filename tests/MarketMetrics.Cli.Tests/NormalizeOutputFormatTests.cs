using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DuckDB.NET.Data;

namespace MarketMetrics.Cli.Tests;

/// <summary>normalize picks the records writer by the output file's extension.</summary>
public sealed class NormalizeOutputFormatTests : IDisposable
{
    private const string Claims = "id,claimant,subject,basis,value,period,market\n"
        + "c1,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,cn-public-cloud-llm\n"
        + "c2,a,b,maas-token-volume,46.4%,,\n"
        + "c3,a,b,no-such-basis,5,,\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Xlsx_HoldsTheRecordsAndTheRejections()
    {
        (int exit, string path, string error) = Normalize("records.xlsx");

        exit.Should().Be(CliApplication.PartialFailure);
        error.Should().Contain("3 rows read: 1 accepted, 2 rejected; 2 records written.");
        using SpreadsheetDocument document = SpreadsheetDocument.Open(path, false);
        WorkbookPart workbook = document.WorkbookPart!;
        List<string> sheets = [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
        sheets.Should().Equal("records", "rejections", "bases");
        Row[] records = Rows(workbook, "records");
        records.Skip(1).Select(r => r.Elements<Cell>().First().InnerText).Should().Equal("c1", "c1#daily-average");
        Row[] rejections = Rows(workbook, "rejections");
        rejections.Skip(1).Select(r => r.Elements<Cell>().ElementAt(2).InnerText).Should().BeEquivalentTo("share.missing-market", "basis.unknown");
        rejections.Skip(1).Select(r => r.Elements<Cell>().First().CellValue!.Text).Should().BeEquivalentTo("3", "4");
    }

    [Fact]
    public void Parquet_IsReadByDuckDb()
    {
        (int exit, string path, string error) = Normalize("records.parquet");

        exit.Should().Be(CliApplication.PartialFailure);
        error.Should().Contain("share.missing-market").And.Contain("basis.unknown");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT id, unit, low, low_exact FROM '{path}' ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, decimal?, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDecimal(2), reader.GetString(3)));
        }

        rows.Should().HaveCount(2);
        rows[0].Should().Be(("c1", "token", 536_700_000_000_000m, "536700000000000"));
        rows[1].Item1.Should().Be("c1#daily-average");
        rows[1].Item2.Should().Be("token");
    }

    private (int Exit, string Path, string Error) Normalize(string name)
    {
        string claims = Path.Combine(_folder.FullName, "claims.csv");
        File.WriteAllText(claims, Claims);
        string path = Path.Combine(_folder.FullName, name);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(["normalize", claims, "-o", path], output, error, TextReader.Null);
        return (exit, path, error.ToString());
    }

    private static Row[] Rows(WorkbookPart workbook, string sheet)
    {
        string id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!;
        return [.. ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Row>()];
    }
}
