using MarketMetrics.Analysis;
using MarketMetrics.Cli.Commands;
using MarketMetrics.Formatting;
using Spectre.Console;

namespace MarketMetrics.Cli.Tests;

public class ReportRendererTests
{
    private static readonly Report Seed = Report.ForBuiltInDataset(AnalysisLanguage.English);

    private static Figure Value(string id) => Seed.Records.Single(r => r.Id == id).Value;

    private static string Derived(string id) =>
        new FigureDisplay(FigureLanguage.ChineseSimplified, exact: false).Format(Seed.Derived.Single(d => d.Record?.Id == id).Record!.Value);

    [Theory]
    [InlineData("seed-09", "zh", "536.7万亿tokens")]
    [InlineData("seed-09", "en", "536.7 trillion tokens")]
    [InlineData("seed-11", "zh", "超过800亿元")]
    [InlineData("seed-11", "zh-Hant", "超過800億元")]
    [InlineData("seed-08b", "en", "over 500 billion tokens")]
    [InlineData("seed-07", "zh", "0.8元/百万tokens")]
    [InlineData("seed-10", "zh", "5-6亿元")]
    public void Readable_SeedFigures(string id, string lang, string expected) =>
        new FigureDisplay(FigureDisplay.Language(lang), exact: false).Format(Value(id)).Should().Be(expected);

    [Fact]
    public void Readable_RoundedEstimatesAreMarked_AndTheRecordKeepsItsExactValue()
    {
        Derived("est-maas-revenue-h1-2025").Should().Be("≈4.294亿元");
        Derived("est-implied-average-price-2025").Should().Be("≈0.462-0.5544元/百万tokens");
        Seed.Derived.Single(d => d.Record?.Id == "est-maas-revenue-h1-2025").Record!.Value.Value.Should().Be(Interval.Exactly(429_360_000m));
    }

    [Fact]
    public void Exact_ShowsTheCanonicalInterval()
    {
        var exact = new FigureDisplay(FigureLanguage.English, exact: true);

        exact.Format(Value("seed-09")).Should().Be("[536700000000000, 536700000000000] token");
        exact.Format(Value("seed-07")).Should().Be("[0.0000008, 0.0000008] CNY/token");
    }

    [Fact]
    public void Readable_APriceTooLargePerMillionTokens_IsShownPerToken()
    {
        var price = new Figure(Interval.Exactly(1e23m), Units.PricePerToken("CNY"));

        string text = new FigureDisplay(FigureLanguage.English, exact: false).Format(price);

        text.Should().NotContain("million").And.Contain("per token");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    [InlineData(120)]
    public void Demo_FitsTheConsoleWidth(int width)
    {
        string text = Render(width, exact: false);

        string[] lines = text.Split('\n');
        lines.Should().HaveCountGreaterThan(50);
        lines.Where(l => Columns(l.TrimEnd('\r')) > width).Should().BeEmpty();
        text.Should().Contain("part-exceeds-whole").And.Contain("internal-business-calls");
        if (width >= 80)
        {
            text.Should().Contain("536.7万亿tokens").And.Contain("≈4.294亿元");
        }
    }

    [Fact]
    public void Narrow_KeepsIdSubjectValueAndPeriodOnOneLine_AndMovesExplanationsUnderTheTable()
    {
        string text = Render(80, exact: false);

        text.Should().MatchRegex(@"│ seed-09 +│ market +│ 536\.7万亿tokens +│ 2025-H1 +│");
        text.Should().Contain("[1] doubao at over 16.4 trillion tokens a day");
        text.Should().NotContain("as printed");
    }

    [Fact]
    public void Wide_ShowsEveryColumn()
    {
        string text = Render(160, exact: true);

        text.Should().Contain("as printed").And.Contain("aggregation").And.Contain("[536700000000000, 536700000000000] token").And.Contain("429360000");
        text.Should().NotContain("[1] ");
    }

    // Terminal columns: East Asian wide characters take two, as a terminal draws them.
    private static int Columns(string line)
    {
        int columns = 0;
        foreach (System.Text.Rune r in line.EnumerateRunes())
        {
            int c = r.Value;
            bool wide = c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
                or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or >= 0x20000;
            columns += wide ? 2 : 1;
        }

        return columns;
    }

    private static string Render(int width, bool exact)
    {
        using var output = new StringWriter();
        IAnsiConsole console = ReportRenderer.ConsoleFor(output, width);
        var display = new FigureDisplay(FigureLanguage.ChineseSimplified, exact);
        ReportRenderer.Records(console, Seed, display);
        ReportRenderer.Leaders(console, Seed, display);
        ReportRenderer.Verdicts(console, Seed);
        ReportRenderer.Findings(console, Seed);
        ReportRenderer.Derived(console, Seed, display);
        return output.ToString();
    }
}
