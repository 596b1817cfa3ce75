using System.Globalization;
using System.Xml.Linq;

namespace MarketMetrics.Cli.Tests;

public sealed class HtmlReportTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-html-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Demo_Html_IsOneSelfContainedPage_WithABarPerEntryAndEveryLinkResolved()
    {
        string path = Path.Combine(_folder.FullName, "report.html");
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = CliApplication.Run(["demo", "--format", "html", "-o", path], output, error, TextReader.Null);

        exit.Should().Be(CliApplication.Success);
        output.ToString().Should().BeEmpty("the page goes to the file");
        string html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>").And.NotContain("<script").And.NotContain("https://").And.NotContain("<link");
        XDocument page = XDocument.Parse(html["<!DOCTYPE html>".Length..]);

        List<XElement> charts = [.. page.Descendants(Svg + "svg")];
        charts.Should().HaveCount(page.Descendants("section").Count(), "every leaderboard has its chart");
        XElement chart = charts.Single(c => c.Element(Svg + "title")!.Value.Contains("Self-developed-model token share"));
        List<XElement> bars = [.. chart.Descendants(Svg + "rect")];
        bars.Select(b => b.Element(Svg + "title")!.Value).Should().Equal("17.7%", "14.1%", "10.3%");
        bars[0].Attribute("class")!.Value.Should().Be("bar leader");
        double Width(XElement bar) => double.Parse(bar.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        (Width(bars[0]) / Width(bars[1])).Should().BeApproximately(17.7 / 14.1, 0.01);

        var anchors = page.Descendants("tr").Select(t => (string?)t.Attribute("id")).Where(id => id is not null).ToHashSet();
        List<string> links = [.. page.Descendants("a").Select(a => a.Attribute("href")!.Value)];
        links.Should().Contain("#rec-seed-09").And.OnlyContain(href => anchors.Contains(href.Substring(1)));
        page.Descendants("li").Should().Contain(li => li.Value.Contains("part-exceeds-whole"));
        page.Descendants("td").Select(td => td.Value).Should().Contain("536.7万亿tokens").And.Contain("≈4.294亿元");
    }

    [Fact]
    public void Demo_OutputToAMissingFolder_SaysWhy()
    {
        string path = Path.Combine(_folder.FullName, "no-such-folder", "report.html");
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = CliApplication.Run(["demo", "--format", "html", "-o", path], output, error, TextReader.Null);

        exit.Should().Be(CliApplication.UsageError);
        error.ToString().Should().Contain("Could not read or write a file").And.Contain("no-such-folder");
    }

    [Theory]
    [InlineData("en", "Market claims report", "subject", "Pairwise verdicts, per candidate group", "Group 1:", "主体")]
    [InlineData("zh", "市场数据对比报告", "主体", "两两比较（按候选组）", "组 1:", "subject")]
    public void Demo_Html_LabelsFollowTheLanguageOption(string language, string title, string subjectHeader, string verdictHeading, string groupCaption, string otherLanguagesHeader)
    {
        string path = Path.Combine(_folder.FullName, $"report-{language}.html");
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = CliApplication.Run(["demo", "--format", "html", "--language", language, "-o", path], output, error, TextReader.Null);

        exit.Should().Be(CliApplication.Success);
        AngleSharp.Dom.IDocument page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(path));
        page.DocumentElement.GetAttribute("lang").Should().Be(language == "zh" ? "zh-Hans" : "en");
        page.Title.Should().Be(title);
        page.QuerySelector("h1")!.TextContent.Should().Be(title);
        List<string> headers = [.. page.QuerySelectorAll("th").Select(th => th.TextContent)];
        headers.Should().Contain(subjectHeader).And.NotContain(otherLanguagesHeader);
        page.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Contain(verdictHeading);
        page.QuerySelectorAll("table.verdicts caption").Select(c => c.TextContent).Should().OnlyContain(c => c.StartsWith(groupCaption.Split(' ')[0] + " "))
            .And.Contain(c => c.StartsWith(groupCaption));
        page.QuerySelectorAll("svg desc").Should().NotBeEmpty().And.OnlyContain(d => d.TextContent.StartsWith(language == "zh" ? "条形图" : "Bar chart"));
        // Figures follow --lang (zh by default) whatever the labels' language.
        page.QuerySelectorAll("td").Select(td => td.TextContent).Should().Contain("536.7万亿tokens");
    }

    [Fact]
    public void Compare_Html_ListsAtMostThirtyVerdictsPerGroup_AndCountsTheRest()
    {
        string claims = Path.Combine(_folder.FullName, "claims.csv");
        var lines = new List<string> { "id,claimant,subject,basis,scope,value,period,aggregation,market,scope_notes,publisher,publisher_kind,published,source,quote,status" };
        for (int i = 1; i <= 10; i++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"s-{i},vendor-{i},vendor-{i},maas-token-volume,,{i}%,,,cn-public-cloud-llm,,vendor-{i},vendor,,,占市场份额{i}%,reported"));
        }

        File.WriteAllLines(claims, lines);
        string path = Path.Combine(_folder.FullName, "compare.html");
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = CliApplication.Run(["compare", claims, "--format", "html", "-o", path, "--quiet"], output, error, TextReader.Null);

        exit.Should().Be(CliApplication.Success, error.ToString());
        AngleSharp.Dom.IDocument page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(path));
        List<AngleSharp.Dom.IElement> tables = [.. page.QuerySelectorAll("table.verdicts")];
        tables.Should().ContainSingle();
        tables[0].QuerySelector("caption")!.TextContent.Should().Contain("(10 records)");
        List<AngleSharp.Dom.IElement> rows = [.. tables[0].QuerySelectorAll("tbody tr")];
        rows.Should().HaveCount(30);
        rows[0].Children[0].TextContent.Should().Be("s-1");
        rows[0].Children[1].TextContent.Should().Be("s-2");
        page.QuerySelector("p.omitted")!.TextContent.Should().StartWith("15 more pair(s) not listed", "10 records make 45 pairs");
    }
}
