namespace MarketMetrics.Cli.Tests;

/// <summary>normalize and compare on real files on disk.</summary>
public sealed class NormalizeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(args, output, error, TextReader.Null);
        return (exit, output.ToString(), error.ToString());
    }

    private string File(string name, string content)
    {
        string path = Path.Combine(_folder.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Normalize_SomeRowsRejected_WritesRecordsAndRejects_AndExits2()
    {
        string claims = File("claims.csv", "id,claimant,subject,basis,value,period,market\n"
            + "c1,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,cn-public-cloud-llm\n"
            + "c2,a,b,maas-token-volume,46.4%,,\n"
            + "c3,a,b,no-such-basis,5,,\n");
        string records = Path.Combine(_folder.FullName, "records.csv");
        string rejects = Path.Combine(_folder.FullName, "rejects.csv");

        (int exit, _, string error) = Run("normalize", claims, "-o", records, "--rejects", rejects);

        exit.Should().Be(CliApplication.PartialFailure);
        error.Should().Contain("3 rows read: 1 accepted, 2 rejected; 2 records written.");
        string[] recordLines = System.IO.File.ReadAllLines(records);
        recordLines.Should().HaveCount(3);
        recordLines[1].Should().StartWith("c1,idc,market,maas-token-volume,");
        recordLines[2].Should().StartWith("c1#daily-average,");
        string rejected = System.IO.File.ReadAllText(rejects);
        rejected.Should().Contain("share.missing-market").And.Contain("basis.unknown");
    }

    [Fact]
    public void Normalize_RowRejectedByNormalisation_IsWrittenBackWithEveryField()
    {
        // A share without its market parses but does not normalise; every other column must survive into the rejects file.
        string claims = File("full.csv", "id,claimant,subject,basis,scope,value,period,aggregation,market,scope_notes,publisher,publisher_kind,published,source,quote,status\n"
            + "c9,@火山引擎,火山引擎,maas-token-volume,,-46.4%,2025上半年,daily-average,,\"incl. \"\"internal\"\" calls\",IDC,analyst,2025-09-24,https://example.com/a,\"quote, with comma\",estimate\n");
        string rejects = Path.Combine(_folder.FullName, "full-rejects.csv");

        (int exit, _, _) = Run("normalize", claims, "-o", Path.Combine(_folder.FullName, "full-records.csv"), "--rejects", rejects, "--quiet");

        exit.Should().Be(CliApplication.PartialFailure);
        Claim original = ReadClaims(claims).Single();
        Claim written = ReadClaims(rejects).Single();
        written.Should().BeEquivalentTo(original, options => options.ComparingByMembers<Claim>());
        written.Figure.Text.Should().Be("-46.4%");
        written.Claimant.Should().Be("@火山引擎", "the formula escape of the rejects file is removed on reading");
        using CsvHelper.CsvReader csv = CsvHelper.CsvReader.Create(System.IO.File.ReadAllBytes(rejects),
            CsvHelper.CsvReaderOptions.Default with { Separator = ',', FormatProvider = System.Globalization.CultureInfo.InvariantCulture });
        csv.Read().Should().BeTrue();
        int raw = csv.Headers.ToArray().ToList().IndexOf("_raw");
        csv.GetString(csv.Headers.ToArray().ToList().IndexOf("_code")).Should().Be("share.missing-market");
        csv.GetString(raw).Should().StartWith("c9,@火山引擎,火山引擎,maas-token-volume,", "the _raw column holds the row, not its quote")
            .And.EndWith("\"quote, with comma\",estimate,", "the language column, empty, closes the row");
    }

    private static List<Claim> ReadClaims(string path)
    {
        using FileStream stream = System.IO.File.OpenRead(path);
        return [.. new Csv.ClaimsCsvReader().Read(stream).Select(row => row.Claim ?? throw new InvalidOperationException(row.Rejection!.ToString()))];
    }

    [Fact]
    public void Normalize_ToJson_WritesTheRecordsJsonContract()
    {
        string claims = File("one.csv", "id,claimant,subject,basis,value,period\nc1,阿里云,阿里云,full-stack-cloud-revenue,超800億元,2024年\n");
        string json = Path.Combine(_folder.FullName, "records.json");

        (int exit, _, _) = Run("normalize", claims, "-o", json, "--quiet");

        exit.Should().Be(CliApplication.Success);
        string text = System.IO.File.ReadAllText(json);
        text.Should().StartWith("[{\"id\":\"c1\"").And.Contain("\"low\":80000000000").And.Contain("\"subject\":\"alibaba-cloud\"").And.Contain("超800億元");
    }

    [Fact]
    public void Normalize_WithCurrencyAndFxFile_ConvertsWithTheDatedRate()
    {
        string claims = File("usd.csv", "id,claimant,subject,basis,value,period\nc1,AWS,AWS,full-stack-cloud-revenue,$2 billion,2024年\n");
        string rates = File("rates.csv", "from,to,rate,date,source\nUSD,CNY,7,2024-12-31,test rate\n");
        string records = Path.Combine(_folder.FullName, "cny.json");

        (int exit, _, string error) = Run("normalize", claims, "-o", records, "--currency", "CNY", "--fx", rates, "--quiet");

        exit.Should().Be(CliApplication.Success, error);
        System.IO.File.ReadAllText(records).Should().Contain("\"low\":14000000000").And.Contain("\"unit\":\"CNY\"");
    }

    [Fact]
    public void Normalize_BadFxRow_Exits1()
    {
        string claims = File("usd2.csv", "id,claimant,subject,basis,value,period\nc1,AWS,AWS,full-stack-cloud-revenue,$2 billion,2024年\n");
        string rates = File("bad-rates.csv", "from,to,rate,date,source\nUSD,CNY,0,2024-12-31,zero\n");

        (int exit, _, string error) = Run("normalize", claims, "--currency", "CNY", "--fx", rates, "--quiet");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("fx.invalid");
    }

    [Fact]
    public void Normalize_BadHeader_Exits1AndNamesTheColumn()
    {
        string claims = File("bad.csv", "id,claimant,subject,basis\nc1,a,b,maas-revenue\n");

        (int exit, _, string error) = Run("normalize", claims, "--quiet");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("value");
    }

    [Fact]
    public void Normalize_MissingFile_Exits1()
    {
        (int exit, _, string error) = Run("normalize", Path.Combine(_folder.FullName, "nope.csv"));

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("does not exist");
    }

    [Fact]
    public void Compare_ClaimsFile_RanksItsOwnRecords()
    {
        string claims = File("shares.csv", "id,claimant,subject,basis,value,period,market,aggregation\n"
            + "s1,沙利文,通义,self-developed-model-token-share,17.7%,2025上半年,cn-llm,daily-average\n"
            + "s2,沙利文,豆包,self-developed-model-token-share,14.1%,2025上半年,cn-llm,daily-average\n");

        (int exit, string output, _) = Run("compare", claims);

        exit.Should().Be(CliApplication.Success);
        output.Should().Contain("1 leader on 1 basis: qwen leads on Self-developed-model token share");
    }
}
