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
        charts.Should().ContainSingle("only the share board ranks several subjects; the others are one claim each");
        XElement chart = charts[0];
        chart.Element(Svg + "title")!.Value.Should().Contain("Self-developed-model token share");
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
}
