using System.Globalization;
using CsvHelper;
using MarketMetrics.Csv;

namespace MarketMetrics.Cli.Tests;

/// <summary>normalize --layout lean: the records CSV with the record's columns, claim_id and claim_quote only.</summary>
public sealed class NormalizeLeanLayoutTests : IDisposable
{
    private const string Claims = "id,claimant,subject,basis,value,period,market,quote\n"
        + "c1,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,cn-public-cloud-llm,全國大模型調用量僅536.7萬億Tokens\n"
        + "c2,a,b,maas-token-volume,46.4%,,\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-cli-lean-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Lean_WritesTheLeanColumns()
    {
        (int exit, string path, string error) = Normalize("records.csv", "--layout", "lean");

        exit.Should().Be(CliApplication.PartialFailure, "c2 is a share without its market");
        error.Should().Contain("2 rows read: 1 accepted, 1 rejected; 2 records written.");
        using CsvReader csv = CsvReader.Create(File.ReadAllBytes(path), CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
        csv.Headers.ToArray().Should().Equal(RecordsCsv.LeanColumns);
        var rows = new List<(string Id, string ClaimId, string Quote, string Low)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString(0), csv.GetString(27), csv.GetString(28), csv.GetString(5)));
        }

        rows.Should().Equal(
            ("c1", "c1", "全國大模型調用量僅536.7萬億Tokens", "536700000000000"),
            ("c1#daily-average", "c1", "全國大模型調用量僅536.7萬億Tokens", "2965193370165.7458563535911602"));
    }

    [Fact]
    public void Full_IsTheDefault()
    {
        (int exit, string path, _) = Normalize("records.csv");

        exit.Should().Be(CliApplication.PartialFailure);
        File.ReadLines(path).First().Should().Be(string.Join(',', RecordsCsv.Columns));
    }

    [Theory]
    [InlineData("records.json")]
    [InlineData("records.parquet")]
    public void Lean_WithAnotherFormat_IsAUsageError(string name)
    {
        (int exit, string path, string error) = Normalize(name, "--layout", "lean");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("--layout lean is a layout of the records CSV");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Layout_Unknown_IsAUsageError()
    {
        (int exit, _, string error) = Normalize("records.csv", "--layout", "narrow");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("narrow");
    }

    private (int Exit, string Path, string Error) Normalize(string name, params string[] more)
    {
        string claims = Path.Combine(_folder.FullName, "claims.csv");
        File.WriteAllText(claims, Claims);
        string path = Path.Combine(_folder.FullName, name);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(["normalize", claims, "-o", path, .. more], output, error, TextReader.Null);
        return (exit, path, error.ToString());
    }
}
