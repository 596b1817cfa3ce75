using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MarketMetrics.Cli.Tests;

/// <summary>The seed's HTML report as headless Chromium renders it: the DOM after load, and a screenshot in artifacts/.</summary>
public sealed class BrowserReportTests : IDisposable
{
    private static readonly string[] SeedLeaders = ["volcano-engine", "alibaba-cloud", "baidu-ai-cloud"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-browser-");

    public void Dispose() => _folder.Delete(recursive: true);

    [SkippableFact(DisplayName = "HTML report in headless Chromium: a chart per board, one bar per entry, the seed's three leaders, no script or external resource, screenshot saved (needs /usr/bin/chromium or CHROMIUM; skipped without it unless MARKETMETRICS_BROWSER=required)")]
    public void SeedReport_RendersInChromium_WithTheThreeLeadersCharts()
    {
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } set ? set : "/usr/bin/chromium";
        bool required = string.Equals(Environment.GetEnvironmentVariable("MARKETMETRICS_BROWSER"), "required", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(chromium))
        {
            Assert.False(required, $"MARKETMETRICS_BROWSER=required, but no browser was found at {chromium} (apt-get install chromium fonts-noto-cjk, or set CHROMIUM).");
            Skip.If(true, $"No Chromium at {chromium}: install the Debian package chromium (and fonts-noto-cjk) or set CHROMIUM; MARKETMETRICS_BROWSER=required makes its absence a failure.");
        }

        string page = Path.Combine(_folder.FullName, "report.html");
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            CliApplication.Run(["demo", "--format", "html", "-o", page], output, error, TextReader.Null).Should().Be(CliApplication.Success, error.ToString());
        }

        string url = new Uri(page).AbsoluteUri;
        (int exit, string dom, string log) = Browse(chromium, "--dump-dom", url);
        exit.Should().Be(0, log);
        IDocument document = new HtmlParser().ParseDocument(dom);

        // The browser built the page from the file: no script ran or could, nothing was fetched from elsewhere.
        document.QuerySelector("h1")!.TextContent.Should().Be("Market claims report");
        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("link, iframe, img, object, embed").Should().BeEmpty();
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "href" or "xlink:href")
            .Select(a => a.Value).Should().OnlyContain(v => v.StartsWith('#'), "every link points inside the page");
        string css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        css.Should().NotContain("@import").And.NotContain("url(").And.Contain("\"Noto Sans CJK SC\"");

        // A chart per leaderboard, one bar per entry of its table fallback, each chart with a title and a description.
        List<IElement> boards = [.. document.QuerySelectorAll("section.board")];
        boards.Should().HaveCountGreaterThanOrEqualTo(3);
        var leaders = new HashSet<string>();
        foreach (IElement board in boards)
        {
            IElement svg = board.QuerySelector("svg.chart")!;
            svg.Should().NotBeNull(board.QuerySelector("h3")!.TextContent);
            List<IElement> rows = [.. board.QuerySelectorAll("table.entries tbody tr")];
            List<IElement> bars = [.. svg.QuerySelectorAll("rect.bar")];
            bars.Should().HaveSameCount(rows);
            for (int i = 0; i < bars.Count; i++)
            {
                bars[i].QuerySelector("title")!.TextContent.Should().Be(rows[i].Children[2].TextContent, "the bar's text alternative is its table value");
            }

            string labelledBy = svg.GetAttribute("aria-labelledby")!, describedBy = svg.GetAttribute("aria-describedby")!;
            document.GetElementById(labelledBy)!.TextContent.Should().Be(board.QuerySelector("h3")!.TextContent);
            string description = document.GetElementById(describedBy)!.TextContent;
            foreach (IElement row in rows)
            {
                description.Should().Contain(row.Children[1].TextContent).And.Contain(row.Children[2].TextContent);
            }

            IElement leader = svg.QuerySelector("rect.bar.leader")!;
            leader.Should().NotBeNull();
            leaders.Add(leader.ParentElement!.QuerySelector("text")!.TextContent.Split(". ", 2)[1]);
        }

        leaders.Should().Contain(SeedLeaders);

        // Verdicts per candidate group, every record cited there is in the records table.
        List<IElement> verdicts = [.. document.QuerySelectorAll("table.verdicts tbody tr.verdict")];
        verdicts.Should().NotBeEmpty();
        verdicts.Should().OnlyContain(tr => tr.GetAttribute("title")!.Length > 0);
        foreach (IElement a in document.QuerySelectorAll("table.verdicts a"))
        {
            document.GetElementById(a.GetAttribute("href")!.Substring(1)).Should().NotBeNull(a.GetAttribute("href"));
        }

        // The screenshot, beside the repository's other artifacts.
        string artifacts = Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        string png = Path.Combine(artifacts, "report.png");
        File.Delete(png);
        (exit, _, log) = Browse(chromium, $"--screenshot={png}", url);
        exit.Should().Be(0, log);
        byte[] bytes = File.ReadAllBytes(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        // The IHDR chunk: width and height as the window was sized.
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(1200);
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(900);
    }

    private (int Exit, string Output, string Error) Browse(string chromium, string action, string url)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                     $"--user-data-dir={Path.Combine(_folder.FullName, "profile")}", "--window-size=1200,900", action, url])
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{chromium} {action} did not finish: {error.Result}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MarketMetrics.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("MarketMetrics.sln was not found above " + AppContext.BaseDirectory);
    }
}
