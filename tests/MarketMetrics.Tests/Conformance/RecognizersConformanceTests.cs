using System.Globalization;
using System.Text.Json;
using MarketMetrics.Parsing;
using Xunit.Abstractions;

namespace MarketMetrics.Tests.Conformance;

/// <summary>
/// Microsoft Recognizers-Text's own Chinese and English specs (MIT), read at run time from ../shared: each market
/// line's matched text must parse to the value the spec gives. See docs/conformance.md for every known mismatch.
/// </summary>
public class RecognizersConformanceTests
{
    private static readonly string[] Files =
    [
        "number.zh.market.jsonl", "number.en.market.jsonl", "percent.zh.market.jsonl", "percent.en.market.jsonl",
        "currency.zh.market.jsonl", "currency.en.market.jsonl",
        "numberrange_experimentalmode.zh.market.jsonl", "numberrange_experimentalmode.en.market.jsonl",
    ];

    // The suite's "text" spans are lower-cased English with words the parser does not know as units ("finnish markka").
    private static readonly QuantityParser Parser = new(new QuantityParserOptions { IgnoreUnknownWords = true });

    private readonly ITestOutputHelper _output;

    public RecognizersConformanceTests(ITestOutputHelper output) => _output = output;

    // The display name carries the condition, because `dotnet test` at its default verbosity prints a skipped
    // test's name but not its reason.
    [SkippableFact(DisplayName = "Recognizers-Text conformance: market lines parse to the spec's values (needs ../shared/conformance/recognizers; skipped without it unless MARKETMETRICS_CONFORMANCE=required)")]
    public void MarketLines_ParseToTheSpecifiedValue_AtTheTargetRates()
    {
        string? folder = FindSuite();
        bool required = string.Equals(Environment.GetEnvironmentVariable("MARKETMETRICS_CONFORMANCE"), "required", StringComparison.OrdinalIgnoreCase);
        if (folder is null)
        {
            Assert.False(required, "MARKETMETRICS_CONFORMANCE=required, but ../shared/conformance/recognizers was not found next to the repository.");
            Skip.If(true, "The Recognizers-Text conformance data (../shared/conformance/recognizers) is not next to this clone; set MARKETMETRICS_CONFORMANCE=required to make its absence a failure.");
        }

        int total = 0, passed = 0;
        var rates = new List<(string File, int Passed, int Total)>();
        foreach (string file in Files)
        {
            int filePassed = 0, fileTotal = 0;
            foreach (string line in File.ReadLines(Path.Combine(folder!, file)))
            {
                using JsonDocument json = JsonDocument.Parse(line);
                string text = json.RootElement.GetProperty("text").GetString()!;
                string? expected = json.RootElement.GetProperty("value").GetString();
                if (expected is null or "null")
                {
                    continue;
                }

                fileTotal++;
                ParseResult<Figure> result = Parser.Parse(text);
                string? problem = Check(result, expected);
                if (problem is null)
                {
                    filePassed++;
                }
                else
                {
                    _output.WriteLine($"{file}\t{text}\texpected {expected}\t{problem}");
                }
            }

            rates.Add((file, filePassed, fileTotal));
            total += fileTotal;
            passed += filePassed;
        }

        foreach ((string file, int filePassed, int fileTotal) in rates)
        {
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {filePassed}/{fileTotal} = {100m * filePassed / fileTotal:0.0}%"));
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overall: {passed}/{total} = {100m * passed / total:0.0}%"));
        total.Should().Be(471, "the market subsets of these eight files hold 471 lines with a value");
        (100m * passed / total).Should().BeGreaterThanOrEqualTo(95m);
        foreach ((string file, int filePassed, int fileTotal) in rates)
        {
            (100m * filePassed / fileTotal).Should().BeGreaterThanOrEqualTo(90m, "{0} must reach 90%", file);
        }
    }

    private static string? Check(ParseResult<Figure> result, string expected)
    {
        if (!result.Success)
        {
            return "error " + result.Error!.CodeName + ": " + result.Error.Message;
        }

        Interval actual = result.Value.Value;
        if (expected.StartsWith('[') || expected.StartsWith('('))
        {
            Interval interval = ParseIntervalNotation(expected);
            return interval.Equals(actual) ? null : "got " + actual;
        }

        decimal number = decimal.Parse(expected.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!actual.IsPoint)
        {
            return "got " + actual;
        }

        decimal value = actual.Low.Value;
        // Upstream writes values through double: 15 significant digits, sometimes in E notation.
        bool close = value == number || Math.Abs(value - number) <= Math.Abs(number) * 0.000_000_000_000_01m;
        return close ? null : "got " + actual;
    }

    private static Interval ParseIntervalNotation(string text)
    {
        string[] ends = text[1..^1].Split(',');
        Bound low = ends[0].Length == 0 ? Bound.Unbounded : Bound.Create(decimal.Parse(ends[0], NumberStyles.Float, CultureInfo.InvariantCulture), text[0] == '[');
        Bound high = ends[1].Length == 0 ? Bound.Unbounded : Bound.Create(decimal.Parse(ends[1], NumberStyles.Float, CultureInfo.InvariantCulture), text[^1] == ']');
        return new Interval(low, high);
    }

    private static string? FindSuite()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarketMetrics.sln")))
            {
                string suite = Path.Combine(dir.FullName, "..", "shared", "conformance", "recognizers");
                return Directory.Exists(suite) ? Path.GetFullPath(suite) : null;
            }
        }

        return null;
    }
}
