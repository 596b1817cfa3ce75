using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Reliability;

/// <summary>Garbage and hostile input: every input gets a value or a coded error, never an exception or a hang.</summary>
public class HostileInputTests
{
    // input → expected error code (null: it parses, and the value is checked elsewhere).
    [Theory]
    [InlineData("", ParseErrorCode.Empty)]
    [InlineData(" \t ", ParseErrorCode.Empty)]
    [InlineData("\u200B\u200B", ParseErrorCode.NoNumber)]
    [InlineData("超", ParseErrorCode.QualifierWithoutNumber)]
    [InlineData("约", ParseErrorCode.QualifierWithoutNumber)]
    [InlineData("over", ParseErrorCode.QualifierWithoutNumber)]
    [InlineData("NaN", ParseErrorCode.NoNumber)]
    [InlineData("Infinity", ParseErrorCode.NoNumber)]
    [InlineData("-Infinity tokens", ParseErrorCode.NoNumber)]
    [InlineData("46.4% 17.7%", ParseErrorCode.Ambiguous)]
    [InlineData("5億元 6億元", ParseErrorCode.Ambiguous)]
    [InlineData("9999999999999999999999999999萬億", ParseErrorCode.Overflow)]
    [InlineData("79228162514264337593543950336", ParseErrorCode.Overflow)]
    [InlineData("1e29", ParseErrorCode.Overflow)]
    [InlineData("-1200億Tokens", ParseErrorCode.Negative)]
    [InlineData("-0.0008元/千Tokens", ParseErrorCode.Negative)]
    [InlineData("-3家", ParseErrorCode.Negative)]
    [InlineData("5 parsecs", ParseErrorCode.UnknownUnit)]
    [InlineData("1/0", ParseErrorCode.InvalidNumber)]
    [InlineData("2/3", ParseErrorCode.InvalidNumber)]
    [InlineData("40-20ms", ParseErrorCode.InvalidRange)]
    [InlineData("5兆", ParseErrorCode.AmbiguousScale)]
    [InlineData("\uD800", ParseErrorCode.NoNumber)]
    [InlineData("\uDC00超", ParseErrorCode.QualifierWithoutNumber)]
    [InlineData("٤٦٫٤٪", null)]
    [InlineData("۵۰۰ tokens", null)]
    [InlineData("\u202E46.4%\u202C", null)]
    [InlineData("\uFEFF超5000億Tokens", null)]
    [InlineData("超5000亿Tokens（字節(jié)跳動）", null)]
    [InlineData("５－６亿元", null)]
    public void Parse_HostileInput_GivesTheExpectedCodeOrAValue(string input, ParseErrorCode? expected)
    {
        ParseResult<Figure> result = QuantityParser.Default.Parse(input);

        if (expected is null)
        {
            result.Error.Should().BeNull();
        }
        else
        {
            result.Error!.Code.Should().Be(expected);
            result.Error.Position.Should().BeInRange(0, Math.Max(0, input.Length));
        }
    }

    [Fact]
    public void Parse_ArabicIndicDigits_ReadAsDigits()
    {
        QuantityParser.Default.Parse("٤٦٫٤٪").Value.Value.Should().Be(Interval.Exactly(46.4m));
    }

    // The case label keeps each case's test id unique: some mutations leave a base unchanged ("¥¥¥"), and the runner
    // would otherwise skip the repeats.
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach ((string b, int mutation, string input) in CorpusCases())
        {
            data.Add($"{b} #{mutation}", input);
        }

        return data;
    }

    public static IEnumerable<string> CorpusTexts() => CorpusCases().Select(c => c.Input);

    private static IEnumerable<(string Base, int Mutation, string Input)> CorpusCases()
    {
        string[] bases =
        [
            "超5000億Tokens", "536.7萬億Tokens", "0.0008元/千Tokens", "5-6亿元", "约十家", "近半", "20-40ms", "500萬初始並發TPM", "137倍",
            "$0.28 per million input tokens", "over 480 trillion tokens monthly", "RMB 80 billion", "12.56个百分点", "超", "46.4% and 17.7%",
            "9999999999999999999999999999萬億", "-5 tokens", "500 widgets", "6-5亿元", "5兆", "1/3", "NaN", "三千四百五十几万", "between 20 and",
            "大于", "百分之", "1,2,3,4", "..5..", "1e", "¥¥¥",
        ];
        Func<string, string>[] mutations =
        [
            s => s,
            s => "\u200B" + s + "\u200D",
            s => "\u202E" + s + "\u202C",
            s => new string(s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray()),
            s => s + "（字節(jié)）",
            s => string.Concat(Enumerable.Repeat(s + " ", 200)),
            s => s.Length > 1 ? s[..(s.Length / 2)] + "\uD800" + s[(s.Length / 2)..] : s + "\uDC00",
            s => "   " + s.ToUpperInvariant() + "\t\r\n",
            s => s.Replace('0', '٠').Replace('5', '٥'),
            s => s + " " + s,
        ];
        foreach (string b in bases)
        {
            for (int m = 0; m < mutations.Length; m++)
            {
                yield return (b, m, mutations[m](b));
            }
        }
    }

    // Mutations that keep a figure's meaning keep its outcome; repeating or doubling a figure makes it ambiguous.
    private static readonly bool[] KeepsMeaning = [true, true, true, true, true, false, false, true, true, false];

    [Fact]
    public void Corpus_EachCase_GivesTheOutcomeItsMutationImplies()
    {
        var mismatches = new List<string>();
        int checkedCases = 0;
        foreach ((string Base, int Mutation, string Input) c in CorpusCases())
        {
            ParseResult<Figure> baseline = QuantityParser.Default.Parse(c.Base);
            ParseResult<Figure> actual = QuantityParser.Default.Parse(c.Input);
            string expected;
            if (c.Input.Length > QuantityParser.Default.Options.MaxInputLength)
            {
                expected = "too-long";
            }
            else if (KeepsMeaning[c.Mutation])
            {
                expected = Outcome(baseline);
            }
            else if (c.Mutation is 6 or 9)
            {
                // A lone surrogate inside a figure may split it in two, and a doubled fragment may complete itself
                // ("between 20 and between 20"): for these only "never throws" holds (checked above).
                continue;
            }
            else
            {
                expected = baseline.Success ? "ambiguous" : Outcome(baseline);
            }

            checkedCases++;
            // Repeating a failing input may also make it ambiguous, too long, or — for Chinese numerals, which join
            // across spaces ("7 万5 千") — one numeral too large for decimal.
            bool repeatedFailure = !KeepsMeaning[c.Mutation] && !baseline.Success && Outcome(actual) is "ambiguous" or "too-long" or "overflow";
            if (Outcome(actual) != expected && !repeatedFailure)
            {
                mismatches.Add($"{c.Mutation}: '{c.Input[..Math.Min(40, c.Input.Length)]}' gave {Outcome(actual)}, expected {expected}");
            }
        }

        checkedCases.Should().Be(240, "every case but the lone-surrogate insertions and the doublings has an expected outcome");
        mismatches.Should().BeEmpty();
    }

    private static string Outcome(ParseResult<Figure> result) =>
        result.Success ? "ok:" + result.Value.Value + " " + result.Value.Unit.Symbol : result.Error!.CodeName;

    [Fact]
    public void Corpus_HasThreeHundredCases()
    {
        Corpus().Count.Should().Be(300);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Parse_CorpusCase_NeverThrows_AndAnErrorPointsInsideTheInput(string label, string input)
    {
        ParseResult<Figure>? result = null;
        Action act = () => result = QuantityParser.Default.Parse(input);

        act.Should().NotThrow("case {0}", label);
        if (!result!.Success)
        {
            result.Error!.Position.Should().BeInRange(0, input.Length, "case {0}", label);
            result.Error.Message.Should().NotBeNullOrWhiteSpace();
        }
        else
        {
            result.Value.Value.Should().NotBe(Interval.All, "a parsed figure is never the empty statement (case {0})", label);
        }
    }

    [Fact]
    public void Parse_TenThousandDigits_IsAnOverflowNotACrash()
    {
        var parser = new QuantityParser(new QuantityParserOptions { MaxInputLength = QuantityParser.MaxInputLengthLimit });

        parser.Parse(new string('7', 10_000)).Error!.Code.Should().Be(ParseErrorCode.Overflow);
        parser.Parse("0." + new string('1', 10_000)).Error!.Code.Should().Be(ParseErrorCode.Overflow);
    }

    [Fact]
    public void Parse_OneMegabyte_IsRejectedUpFrontByDefault_AndParsedWhenAllowed()
    {
        string huge = new string('字', 1_048_575) + "5";

        QuantityParser.Default.Parse(huge).Error!.Code.Should().Be(ParseErrorCode.TooLong);
        new QuantityParser(new QuantityParserOptions { MaxInputLength = QuantityParser.MaxInputLengthLimit }).Parse(huge).Value.Value
            .Should().Be(Interval.Exactly(5m));
    }
}
