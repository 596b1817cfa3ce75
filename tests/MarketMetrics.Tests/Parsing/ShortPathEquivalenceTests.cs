using System.Text;
using System.Text.Json;
using MarketMetrics.Parsing;
using MarketMetrics.Tests.Reliability;

namespace MarketMetrics.Tests.Parsing;

/// <summary>
/// The parser answers the commonest figures (digits with a sign, a decimal point or thousands separators, then nothing, '%'
/// or one Chinese magnitude) by a short path. Its answers must be the full parse's, field by field and digit by digit, and
/// everything it does not take whole must go to the full parse: both are run on generated texts, on near misses of every
/// kind and on the corpora of the other parser tests, and every field of both results is compared, failures included.
/// </summary>
public class ShortPathEquivalenceTests
{
    private static readonly string[] Signs = ["", "", "", "-", "+"];

    private static readonly string[] Suffixes =
    [
        "", "", "", "%", "%", "万", "萬", "亿", "億", "万亿", "萬億", "亿亿", "萬萬", "万3", "億5000", "万%", "%%", "%万", "兆", "千", "千万",
        "百", "十", "元", "亿元", "Tokens", "萬億Tokens", " ", " %", "% ", ".", ",", "e5", "E-3", "e", "^2", "年", "上", "Q1", "-", "/4",
        "/", "½", "²", "万 ", "亿.", "%.", "0%", "多", "余", "几", "左右", "点五", "點", "x", "s", "k", "B", "\u202F", "％", "٪", "～",
        "Tokens", "tokens", "TOKENS", "Token", "億Tokens", "萬億Tokens", "万亿tokens", "萬TPM", "TPM", "tpm", "ms", "MS", "元", "億元",
        "万元", "家", "倍", "万家", "亿倍", "%Tokens", "Tokens%", "Tokenss", "Tokens ", " Tokens", "tokens/s", "tokens/day", "元/千Tokens",
        "元元", "元人民币", "美元", "万美元", "ms以内", "毫秒", "s", "min", "个", "次", "倍以上", "家左右", "TPMs", "tok", "億Token数",
    ];

    private static readonly string[] Prefixes = ["", "", "", "", "", " ", "约", "超", "$", "¥", "第", "-", "+", "--", "−", "0", ".", ",", "\u200B"];

    // Characters dropped into a generated text at a random place (full-width and Arabic-Indic digits fold to ASCII).
    private const string Mutants = "0123456789.,%-+ 万萬亿億兆千百十元e^/\u202F\u00A0\u200B８٤％－。";

    [Fact]
    public void ShortPath_OnGeneratedFigures_GivesWhatTheFullParseGives()
    {
        var random = new Random(20261202);
        var differences = new List<string>();
        int shortPath = 0, total = 0;
        var parsers = new[] { QuantityParser.Default, new QuantityParser(new QuantityParserOptions { IgnoreUnknownWords = true, ZhaoIsTrillion = true }) };
        for (int n = 0; n < 40_000; n++)
        {
            string text = Generate(random);
            foreach (QuantityParser parser in parsers)
            {
                shortPath += Compare(parser, text, differences) ? 1 : 0;
                total++;
            }
        }

        differences.Should().BeEmpty("the short path must give the full parse's figure, digit for digit, or leave the text to it");
        shortPath.Should().BeGreaterThan(total / 8, "the generated texts must exercise the short path, not only the full parse");
        (total - shortPath).Should().BeGreaterThan(total / 4, "the generated texts must hold near misses the short path leaves alone");
    }

    [Fact]
    public void ShortPath_OnEdgesOfDecimal_GivesWhatTheFullParseGives()
    {
        var differences = new List<string>();
        string[] texts =
        [
            "0", "-0", "+0", "0.0", "-0.000", "00", "007", "0.5", ".5", "5.", "1,000", "1,000,000.25", "1,00", "10,000万", "1,2", ",5",
            "79228162514264337593543950335", "79228162514264337593543950336", "7922816251426433759354395033.5", "9999999999999999999",
            "99999999999999999999", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1234567890123456789012345678",
            "12345678901234567890123456789", "9999999999999999999999999999萬億", "999999999999999億", "7922816251426433萬億",
            "0.000000000000000000000001萬億", "1.0000000000000000000000000001万", "536.7萬億", "5000億", "46.4%", "-3.5%", "+12%",
            "100%", "4.800", "4.800%", "2021", "2021年", "2100", "1900上", "1e29", "1e2", "5^2", "3/4", "1½", "10²", "-1200億",
            "5萬3000", "5万亿", "5亿万", "5兆", "1,234.5亿", "1,234,567,890,123,456,789", "0,5", "5,000.000", "12,34,567",
        ];
        int shortPath = 0;
        foreach (string text in texts)
        {
            shortPath += Compare(QuantityParser.Default, text, differences) ? 1 : 0;
        }

        differences.Should().BeEmpty();
        shortPath.Should().BeGreaterThan(20);
    }

    [Fact]
    public void ShortPath_OnTheOtherTestsCorpora_GivesWhatTheFullParseGives()
    {
        var differences = new List<string>();
        int count = 0;
        var lenient = new QuantityParser(new QuantityParserOptions { IgnoreUnknownWords = true });
        foreach (string text in CorpusTexts())
        {
            Compare(QuantityParser.Default, text, differences);
            Compare(lenient, text, differences);
            count++;
        }

        differences.Should().BeEmpty();
        count.Should().BeGreaterThan(300);
    }

    private static IEnumerable<string> CorpusTexts()
    {
        foreach (string text in HostileInputTests.CorpusTexts())
        {
            yield return text;
        }

        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Parsing", "Data", "real-figures.tsv")).Skip(1))
        {
            string[] columns = line.Split('\t');
            if (columns.Length > 2)
            {
                yield return columns[1]; // the expression
                yield return columns[2]; // the sentence it was printed in
            }
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "MarketMetrics.sln")))
            {
                continue;
            }

            string suite = Path.Combine(dir.FullName, "..", "shared", "conformance", "recognizers");
            if (Directory.Exists(suite))
            {
                foreach (string file in Directory.EnumerateFiles(suite, "*.jsonl").Order(StringComparer.Ordinal))
                {
                    foreach (string line in File.ReadLines(file))
                    {
                        using JsonDocument json = JsonDocument.Parse(line);
                        if (json.RootElement.TryGetProperty("text", out JsonElement text) && text.GetString() is { } value)
                        {
                            yield return value;
                        }
                    }
                }
            }

            break;
        }
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(8) == 0)
        {
            text.Append(Prefixes[random.Next(Prefixes.Length)]);
        }

        text.Append(Signs[random.Next(Signs.Length)]);
        int integerDigits = random.Next(10) switch { 0 => random.Next(15, 32), 1 or 2 => random.Next(5, 15), _ => random.Next(1, 5) };
        bool groups = random.Next(4) == 0;
        for (int d = 0; d < integerDigits; d++)
        {
            if (groups && d > 0 && (integerDigits - d) % 3 == 0)
            {
                text.Append(random.Next(20) == 0 ? "\u202F" : ",");
            }

            text.Append((char)('0' + (d == 0 && random.Next(6) != 0 ? random.Next(1, 10) : random.Next(10))));
        }

        if (random.Next(3) == 0)
        {
            text.Append('.');
            int fraction = random.Next(6) == 0 ? random.Next(10, 30) : random.Next(1, 5);
            for (int d = 0; d < fraction; d++)
            {
                text.Append((char)('0' + (random.Next(4) == 0 ? 0 : random.Next(10))));
            }
        }

        text.Append(Suffixes[random.Next(Suffixes.Length)]);
        if (random.Next(6) == 0)
        {
            int at = random.Next(text.Length + 1);
            text.Insert(at, Mutants[random.Next(Mutants.Length)]);
        }

        if (random.Next(10) == 0 && text.Length > 1)
        {
            text.Remove(random.Next(text.Length), 1);
        }

        return text.ToString();
    }

    // Runs the parse as callers see it and the full parse alone on the text; records any difference. True when the short
    // path answered.
    private static bool Compare(QuantityParser parser, string text, List<string> differences)
    {
        bool viaShortPath = QuantityParser.TryParseShortPath(text, out _) && text.Length <= parser.Options.MaxInputLength && !text.AsSpan().IsWhiteSpace();
        bool ok = parser.TryParse(text, out ParsedFigure figure, out ParseError? error);
        bool fullOk = parser.TryParseFull(text, out ParsedFigure full, out ParseError? fullError);
        string actual = Describe(ok, figure, error);
        string expected = Describe(fullOk, full, fullError);
        if (actual != expected)
        {
            differences.Add($"'{text}': {actual} vs the full parse's {expected}");
        }
        else if (ok && !ReferenceEquals(figure.Unit, full.Unit))
        {
            differences.Add($"'{text}': another instance of the unit {figure.Unit.Symbol}");
        }

        if (ok)
        {
            // The public Figure, too, as Parse(string) returns it.
            string fromString = Describe(parser.Parse(text));
            string fromFull = Describe(ParseResult<Figure>.ForValue(text, full.ToFigure(text)));
            if (fromString != fromFull)
            {
                differences.Add($"'{text}': Parse gives {fromString}, the full parse {fromFull}");
            }
        }

        return viaShortPath;
    }

    private static string Describe(bool ok, ParsedFigure figure, ParseError? error) => ok
        ? $"ok {Bound(figure.Value.Low)} {Bound(figure.Value.High)} unit={figure.Unit.Symbol}/{figure.Unit.Dimension} q={figure.Qualifier} m={figure.Modifiers} "
            + $"scale={(figure.Scale is null ? "-" : figure.Scale.Text + "×" + Bits(figure.Scale.Multiplier))} text={figure.TextStart}+{figure.TextLength}"
        : $"error {error!.Code} at {error.Position}: {error.Message}";

    private static string Describe(ParseResult<Figure> result) => result.Error is { } error
        ? $"error {error.Code} at {error.Position}: {error.Message}"
        : $"{Bound(result.Value!.Value.Low)} {Bound(result.Value.Value.High)} {result.Value.Unit.Symbol} {result.Value.Qualifier} {result.Value.Modifiers} "
            + $"{result.Value.Scale?.Text}×{(result.Value.Scale is null ? "-" : Bits(result.Value.Scale.Multiplier))} '{result.Value.Text}' {result.Value}";

    private static string Bound(Bound bound) => bound.IsUnbounded ? "unbounded" : $"{(bound.IsInclusive ? "[" : "(")}{Bits(bound.Value)}";

    // The value and its scale, as bits: 4.8 and 4.80 differ here.
    private static string Bits(decimal value) => string.Join(':', decimal.GetBits(value));
}
