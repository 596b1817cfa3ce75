using System.Text.Json;

namespace MarketMetrics.Cli.Tests;

public class CliApplicationTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(args, output, error, TextReader.Null);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Demo_ShowsTheThreeLeadersTheClashAndTheMarketSize()
    {
        (int exit, string output, string error) = Run("demo");

        exit.Should().Be(CliApplication.Success);
        error.Should().BeEmpty();
        output.Should().Contain("3 leaders on 3 bases")
            .And.Contain("baidu-ai-cloud").And.Contain("volcano-engine").And.Contain("alibaba-cloud").And.Contain("qwen")
            .And.Contain("part-exceeds-whole")
            .And.Contain("≈4.294亿元")
            .And.Contain("536.7萬億Tokens");
        output.Should().NotContain("\u001b[", "output that is not a terminal carries no escape codes");
    }

    [Theory]
    [InlineData("--lang", "en", "536.7 trillion tokens")]
    [InlineData("--exact", null, "429360000")]
    public void Demo_FigureOptions(string option, string? value, string expected)
    {
        (int exit, string output, _) = value is null ? Run("demo", option) : Run("demo", option, value);

        exit.Should().Be(CliApplication.Success);
        output.Should().Contain(expected);
    }

    [Fact]
    public void Demo_Json_FollowsTheContract()
    {
        (int exit, string output, _) = Run("demo", "--format", "json");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        JsonElement idc = root.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "seed-09");
        idc.GetProperty("low").GetDecimal().Should().Be(536_700_000_000_000m);
        idc.GetProperty("periodStart").GetString().Should().Be("2025-01-01");
        idc.GetProperty("periodEnd").GetString().Should().Be("2025-07-01");
        idc.GetProperty("aggregation").GetString().Should().Be("total");
        idc.GetProperty("claimant").GetString().Should().Be("idc");
        foreach (string field in new[] { "id", "claimant", "subject", "basis", "low", "lowInclusive", "high", "highInclusive", "qualifier", "unit",
                     "periodStart", "periodEnd", "aggregation", "market", "status", "publisher", "source", "assumptions", "warnings" })
        {
            idc.TryGetProperty(field, out _).Should().BeTrue("records carry '{0}'", field);
        }

        root.GetProperty("leaders").EnumerateArray().Select(l => l.GetProperty("subject").GetString()).Distinct()
            .Should().BeEquivalentTo(["baidu-ai-cloud", "volcano-engine", "alibaba-cloud", "qwen"]);
        JsonElement finding = root.GetProperty("findings").EnumerateArray().Single();
        finding.GetProperty("kind").GetString().Should().Be("part-exceeds-whole");
        finding.GetProperty("records").EnumerateArray().Select(r => r.GetString()).Should().Equal("seed-13", "seed-09");
        JsonElement revenue = root.GetProperty("derived").EnumerateArray().First();
        revenue.GetProperty("status").GetString().Should().Be("derived");
        revenue.GetProperty("low").GetDecimal().Should().Be(429_360_000m);
        revenue.GetProperty("formula").GetString().Should().Be("tokens × unit price");
        revenue.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()).Should().Equal("seed-09", "seed-07");
    }

    [Fact]
    public void Demo_Chinese_ExplainsInChinese()
    {
        (_, string output, _) = Run("demo", "--language", "zh");

        output.Should().Contain("个领先者").And.Contain("并不矛盾");
    }

    [Fact]
    public void Compare_Json_HasASymmetricVerdictMatrixWithReasons()
    {
        (int exit, string output, _) = Run("compare", "--format", "json");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement[] verdicts = [.. json.RootElement.GetProperty("verdicts").EnumerateArray()];
        verdicts.Should().NotBeEmpty();
        verdicts.Where(v => v.GetProperty("kind").GetString() == "not-comparable")
            .Should().OnlyContain(v => v.GetProperty("reasons").GetArrayLength() > 0);
        JsonElement shares = verdicts.Single(v => v.GetProperty("first").GetString() == "seed-15a" && v.GetProperty("second").GetString() == "seed-15b");
        shares.GetProperty("kind").GetString().Should().Be("comparable");
    }

    [Fact]
    public void Bases_ListsEveryBuiltInBasisWithItsScope()
    {
        (int exit, string output, _) = Run("bases");

        exit.Should().Be(CliApplication.Success);
        foreach (MetricBasis basis in MetricBasis.WellKnown)
        {
            output.Should().Contain(basis.Id);
        }

        output.Should().Contain("internal-business-calls=excluded");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsNonZeroAndSaysWhy()
    {
        (int exit, _, string error) = Run("no-such-command");

        exit.Should().NotBe(CliApplication.Success);
        error.Should().Contain("no-such-command");
    }

    [Fact]
    public void Run_BadFormat_IsRejected()
    {
        (int exit, _, string error) = Run("demo", "--format", "xml");

        exit.Should().NotBe(CliApplication.Success);
        error.Should().Contain("xml");
    }
}
