using System.Text.Json;

namespace MarketMetrics.Cli.Tests;

/// <summary>What a new user of the installed tool sees first: names, examples and messages, exactly.</summary>
public sealed class FirstUseTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-first-use-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
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
    public void Help_NamesTheCommandAsInstalled()
    {
        (int exit, string output, _) = Run("--help");

        exit.Should().Be(CliApplication.Success);
        output.Should().Contain("Usage:" + Environment.NewLine + "  marketmetrics [command] [options]");
        output.Should().NotContain("MarketMetrics.Cli");
    }

    [Fact]
    public void Help_ExamplesUseOnlyWhatTheInstalledToolHas()
    {
        foreach (string command in new[] { "normalize", "compare", "demo", "sample" })
        {
            (_, string output, _) = Run(command, "--help");

            output.Should().NotContain("docs/samples", "the installed tool has no docs folder ({0} --help)", command);
            output.Should().NotContain("see docs/", "the installed tool has no docs folder ({0} --help)", command);
            output.Should().NotContain("Normalise", "the command is spelt normalize, and so is its help ({0} --help)", command);
        }

        Run("normalize", "--help").Output.Should().Contain("marketmetrics sample claims > claims.csv")
            .And.Contain("marketmetrics normalize claims.csv -o records.csv --rejects rejects.csv");
    }

    [Fact]
    public void SampleClaims_WritesTheShippedFile_WhichNormalizesWithoutRejections()
    {
        (int exit, string sample, _) = Run("sample", "claims");
        string claims = File("claims.csv", sample);

        (int normalizeExit, _, string error) = Run("normalize", claims, "-o", Path.Combine(_folder.FullName, "records.csv"));

        exit.Should().Be(CliApplication.Success);
        sample.Should().StartWith("id,claimant,subject,basis,");
        sample.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(22, "a header, the article's 18 figures and its three claims to lead");
        int expectedRecords = Normalization.NormalizationPipeline.CreateDefault().NormalizeAll(Datasets.AiCloudArticle2025.Claims).Sum(r => r.Records.Count);
        normalizeExit.Should().Be(CliApplication.Success);
        error.Should().Be($"21 rows read: 21 accepted, 0 rejected; {expectedRecords} records written." + Environment.NewLine, "the shipped file is the built-in dataset");
    }

    [Fact]
    public void Period_FiscalYearWithoutCompany_SaysHowToGiveOneOnTheCommandLine()
    {
        (int exit, string output, _) = Run("period", "FY2024");

        exit.Should().Be(CliApplication.PartialFailure);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("error").GetProperty("message").GetString().Should().Be(
            "'FY2024' names no company, so its dates are unknown: name one (FY2024@alibaba) or give the last day of the fiscal year with --fiscal-year-end MM-DD (e.g. 03-31).");
    }

    [Fact]
    public void Period_FiscalYearOfAnUnknownCompany_NamesItAndTheOption()
    {
        (_, string output, _) = Run("period", "FY2025@nvidia");

        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("error").GetProperty("message").GetString().Should().Be(
            "No fiscal calendar is known for 'nvidia'; give the last day of its fiscal year with --fiscal-year-end MM-DD (e.g. 01-31).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF\n\n")]
    public void Normalize_AnEmptyFile_SaysItIsEmpty(string content)
    {
        string claims = File("empty.csv", content);

        (int exit, string output, string error) = Run("normalize", claims);

        exit.Should().Be(CliApplication.UsageError);
        output.Should().BeEmpty();
        error.Should().Be("The claims file 'empty.csv' is empty: it needs a header row (id,claimant,subject,basis,value and optional columns) and one row per claim; 'marketmetrics sample claims' writes an example." + Environment.NewLine);
    }

    [Fact]
    public void Normalize_AHeaderOnlyFile_WritesTheRecordsHeader()
    {
        string claims = File("header.csv", "id,claimant,subject,basis,value\n");
        string records = Path.Combine(_folder.FullName, "records.csv");

        (int exit, _, string error) = Run("normalize", claims, "-o", records);

        exit.Should().Be(CliApplication.Success);
        error.Should().Be("0 rows read: 0 accepted, 0 rejected; 0 records written." + Environment.NewLine);
        System.IO.File.ReadAllText(records).Should().Be(string.Join(',', Csv.RecordsCsv.Columns) + "\n");
    }

    [Fact]
    public void Summary_AfterAProgressLine_StartsOnALineOfItsOwn()
    {
        Commands.NormalizeCommand.Summary(afterProgress: true, 1_279_458, 0, 1_279_458).Should().Be(
            Environment.NewLine + "1279458 rows read: 1279458 accepted, 0 rejected; 1279458 records written.");
        Commands.NormalizeCommand.Summary(afterProgress: false, 3, 1, 2).Should().Be("3 rows read: 2 accepted, 1 rejected; 2 records written.");
    }

    [Fact]
    public void Normalize_AMarketIdTypo_IsRejectedNamingTheMarketsCommand()
    {
        string claims = File("typo.csv", "id,claimant,subject,basis,value,period,market\n"
            + "c1,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,cn-pubic-cloud-llm\n");

        (int exit, _, string error) = Run("normalize", claims, "-o", Path.Combine(_folder.FullName, "records.csv"));

        exit.Should().Be(CliApplication.PartialFailure);
        error.Should().Contain("line 2, market: market.unknown: No market has the id 'cn-pubic-cloud-llm'; see 'marketmetrics markets'.");
    }

    [Fact]
    public void Markets_ListsTheIdsTheMarketColumnTakes()
    {
        (int exit, string output, _) = Run("markets");

        exit.Should().Be(CliApplication.Success);
        foreach (Market market in Market.WellKnown)
        {
            output.Should().Contain(market.Id).And.Contain(market.Name);
        }
    }
}
