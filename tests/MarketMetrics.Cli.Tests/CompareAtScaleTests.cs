using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MarketMetrics.Cli.Tests;

/// <summary>compare on a 20,000-claim file: one record per subject, the right leader, pairs only within candidate groups.</summary>
public sealed class CompareAtScaleTests : IDisposable
{
    private const int Vendors = 2_000;
    private const int Rounds = 10;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-compare-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Compare_20000Claims_RanksTheLatestOfEachVendor_AndListsPairsOnlyWithinTheCandidateGroup()
    {
        // Ten shares per vendor, in rounds; the last round is each vendor's latest claim.
        var csv = new StringBuilder("id,claimant,subject,basis,value,period,market,aggregation\n");
        var latest = new Dictionary<string, (string Id, decimal Value)>();
        for (int i = 0; i < Vendors * Rounds; i++)
        {
            int vendor = i % Vendors, round = i / Vendors;
            decimal value = ((vendor * 7 + round * 13) % 500) / 10m;
            string name = string.Create(CultureInfo.InvariantCulture, $"vendor-{vendor:D4}");
            string id = string.Create(CultureInfo.InvariantCulture, $"c{i}");
            csv.Append(CultureInfo.InvariantCulture, $"{id},沙利文,{name},self-developed-model-token-share,{value}%,2025上半年,cn-llm,daily-average\n");
            latest[name] = (id, value);
        }

        string path = Path.Combine(_folder.FullName, "claims.csv");
        File.WriteAllText(path, csv.ToString());
        decimal best = latest.Values.Max(v => v.Value);
        string[] expectedLeaders = [.. latest.Where(p => p.Value.Value == best).Select(p => p.Key).Order(StringComparer.Ordinal)];

        (int exit, string output, string error) = Run("compare", path, "--format", "json", "--quiet");

        exit.Should().Be(CliApplication.Success, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        root.GetProperty("records").GetArrayLength().Should().Be(Vendors * Rounds);
        root.GetProperty("leaders").EnumerateArray().Select(l => l.GetProperty("subject").GetString()).Order(StringComparer.Ordinal).Should().Equal(expectedLeaders);
        root.GetProperty("leaders").EnumerateArray().Should().OnlyContain(l => l.GetProperty("better").GetString() == "higher");
        JsonElement over = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "shares-exceed-100");
        over.GetProperty("records").EnumerateArray().Select(r => r.GetString()).Should().BeEquivalentTo(latest.Values.Select(v => v.Id), "each vendor counts once, with its latest share");
        over.GetProperty("explanation").GetString().Should().Contain(string.Create(CultureInfo.InvariantCulture, $"at least {latest.Values.Sum(v => v.Value)}%"));
        long pairs = (long)Vendors * Rounds * ((Vendors * Rounds) - 1) / 2;
        root.GetProperty("verdicts").GetArrayLength().Should().Be(10_000);
        root.GetProperty("verdictsOmitted").GetInt64().Should().Be(pairs - 10_000);

        (int tableExit, string table, _) = Run("compare", path, "--quiet");

        tableExit.Should().Be(CliApplication.Success);
        table.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"{pairs:N0} pairs within 1 candidate groups"))
            .And.Contain($"leader{(expectedLeaders.Length == 1 ? string.Empty : "s")} on 1 basis: {expectedLeaders[0]}");
    }

    [Fact]
    public void Compare_NamedPair_GivesItsVerdict_AndAllPairsStreamAsJsonLines()
    {
        string path = Path.Combine(_folder.FullName, "few.csv");
        File.WriteAllText(path, "id,claimant,subject,basis,value,period,market,aggregation\n"
            + "a,沙利文,通义,self-developed-model-token-share,17.7%,2025上半年,cn-llm,daily-average\n"
            + "b,沙利文,豆包,self-developed-model-token-share,14.1%,2025上半年,cn-llm,daily-average\n"
            + "c,火山引擎,火山引擎,maas-token-volume,46.4%,,cn-public-cloud-llm,\n");

        (int exit, string output, _) = Run("compare", path, "--pair", "a", "c");

        exit.Should().Be(CliApplication.Success);
        output.Should().StartWith("a ~ c: not-comparable").And.Contain("basis:").And.Contain("qwen 17.7 % on Self-developed-model token share");

        (int allExit, string lines, _) = Run("compare", path, "--pairs", "all");

        allExit.Should().Be(CliApplication.Success);
        string[] verdicts = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        verdicts.Should().HaveCount(3);
        JsonDocument.Parse(verdicts[0]).RootElement.GetProperty("kind").GetString().Should().Be("comparable");
        Run("compare", path, "--pair", "a", "nope").Exit.Should().Be(CliApplication.UsageError);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(args, output, error, TextReader.Null);
        return (exit, output.ToString(), error.ToString());
    }
}
