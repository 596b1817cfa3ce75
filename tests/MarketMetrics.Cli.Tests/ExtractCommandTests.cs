using System.Text.Json;

namespace MarketMetrics.Cli.Tests;

/// <summary><c>marketmetrics extract</c> on the seed article, then <c>normalize</c> and <c>compare</c> on what it wrote: the
/// article's three claims to lead and its clash of 16.4万亿 a day against 536.7万亿 in a half-year, without a hand-made CSV.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "Data", "seed-article.txt");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-extract-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Exit, string Output, string Error) Run(TextReader? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(args, output, error, input ?? TextReader.Null);
        return (exit, output.ToString(), error.ToString());
    }

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public void ExtractNormalizeCompare_OnTheSeedArticle_GivesItsThreeLeadersAndItsFinding()
    {
        (int exit, _, string error) = Run(null, "extract", Article, "--published", "2025-09-25", "--publisher", "media", "--publisher-kind", "media",
            "-o", PathOf("claims.csv"), "--skipped", PathOf("skipped.csv"));
        exit.Should().Be(CliApplication.Success, error);
        error.Should().MatchRegex(@"^\d+ claims proposed, \d+ numbers not taken\.");

        (int normalizeExit, _, string normalizeError) = Run(null, "normalize", PathOf("claims.csv"), "-o", PathOf("records.csv"), "--rejects", PathOf("rejects.csv"), "--quiet");
        normalizeExit.Should().Be(CliApplication.Success, "every proposed claim of the article normalises: " + normalizeError + File.ReadAllText(PathOf("rejects.csv")));

        (int compareExit, string json, _) = Run(null, "compare", PathOf("claims.csv"), "--format", "json", "--quiet");
        compareExit.Should().Be(CliApplication.Success);
        using JsonDocument document = JsonDocument.Parse(json);
        var leaders = document.RootElement.GetProperty("leaders").EnumerateArray()
            .Select(l => (l.GetProperty("subject").GetString(), l.GetProperty("basis").GetString())).ToList();
        leaders.Should().Contain(("volcano-engine", "maas-token-volume"));
        leaders.Should().Contain(("alibaba-cloud", "full-stack-cloud-revenue"));
        leaders.Should().Contain(("baidu", "ai-public-cloud-services-revenue"), "the article names 百度 (the seed dataset's 百度智能云 is its cloud arm)");
        leaders.Should().Contain(("qwen", "self-developed-model-token-share"));

        JsonElement finding = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "part-exceeds-whole");
        string[] records = [.. finding.GetProperty("records").EnumerateArray().Select(r => r.GetString()!)];
        string[] claims = File.ReadAllLines(PathOf("claims.csv"));
        claims.Single(l => l.StartsWith(records[0] + ",", StringComparison.Ordinal)).Should().Contain("超16.4萬億Tokens");
        claims.Single(l => l.StartsWith(records[1] + ",", StringComparison.Ordinal)).Should().Contain("536.7萬億Tokens");
        File.ReadAllText(PathOf("skipped.csv")).Should().StartWith("text,line,column,code,reason").And.Contain("model-name");
    }

    [Fact]
    public void Extract_FromStandardInput_WritesTheClaimsLayoutWithCueColumns()
    {
        using var input = new StringReader("据IDC统计，2025年上半年全国大模型调用量为536.7万亿Tokens。");
        (int exit, string output, _) = Run(input, "extract", "-", "--quiet");

        exit.Should().Be(CliApplication.Success);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("id,claimant,subject,basis,scope,value,period,aggregation,market,scope_notes,publisher,publisher_kind,published,source,quote,status,language,_cues,_line,_column");
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("x-001,IDC,market,maas-token-volume,,536.7万亿Tokens,2025年上半年,total,");
        lines[1].Should().Contain("subject=market (stated:").And.Contain("period=2025年上半年 (stated:");
    }

    [Fact]
    public void Extract_BadPublishedDateOrMissingFile_IsAUsageErrorThatSaysWhy()
    {
        (int exit, _, string error) = Run(null, "extract", Article, "--published", "soon");
        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("--published").And.Contain("'soon' is not a date");

        (exit, _, error) = Run(null, "extract", PathOf("missing.txt"));
        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("Cannot read").And.Contain("missing.txt");
    }
}
