using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>The allocation-free span path gives the same figures and errors as <see cref="QuantityParser.Parse(string)"/>.</summary>
public class SpanParsingTests
{
    private static readonly QuantityParser Parser = QuantityParser.Default;

    public static TheoryData<string> Printed => new()
    {
        "占中國公有云大模型市場份額46.4%", "超5000億Tokens", "536.7萬億Tokens", "0.0008元/千Tokens", "5-6億元", "約十家", "20-40ms", "500萬TPM",
        "$0.28 per million input tokens", "over 480 trillion tokens monthly", "RMB 80 billion", "12.56个百分点", "近半", "第一", "  超800億元  ",
        "three quarters billion", "一千多万", "三千四百五十几万", "above 1000 and below 1500", "１２３４５６", "字節(jié)跳動5億元",
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void TryParse_GivesTheFigureThatParseGives(string text)
    {
        Figure expected = Parser.Parse(text).Value;

        Parser.TryParse(text.AsSpan(), out ParsedFigure parsed).Should().BeTrue();

        parsed.ToFigure(text.AsSpan()).Should().Be(expected);
        parsed.ToFigure(text).Should().Be(expected);
        text.Substring(parsed.TextStart, parsed.TextLength).Should().Be(expected.Text);
    }

    [Theory]
    [MemberData(nameof(Printed))]
    public void TryParse_OnSuccess_AllocatesNothing(string text)
    {
        _ = Parser.TryParse(text, out _); // first calls: working memory of this thread, shared words, type initialisers
        _ = Parser.TryParse(text, out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = Parser.TryParse(text, out ParsedFigure parsed);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ok.Should().BeTrue();
        parsed.Unit.Should().NotBeNull();
        allocated.Should().Be(0, "parsing {0} succeeded", text);
    }

    [Theory]
    [InlineData("超", ParseErrorCode.QualifierWithoutNumber, 0)]
    [InlineData("三千万 五千万", ParseErrorCode.Ambiguous, 4)]
    [InlineData("500 widgets", ParseErrorCode.UnknownUnit, 4)]
    [InlineData("   ", ParseErrorCode.Empty, 0)]
    public void TryParse_Failure_ReportsTheErrorThatParseReports(string text, ParseErrorCode code, int position)
    {
        ParseError expected = Parser.Parse(text).Error!;

        Parser.TryParse(text, out ParsedFigure parsed, out ParseError? error).Should().BeFalse();

        error.Should().NotBeNull();
        error!.Code.Should().Be(code);
        error.Position.Should().Be(position);
        error.Message.Should().Be(expected.Message);
        parsed.Should().Be(default(ParsedFigure));
    }

    [Fact]
    public void TryParse_OfASliceOfALargerBuffer_PointsIntoTheSlice()
    {
        string line = "id-7,超5000億Tokens,2025";
        ReadOnlySpan<char> cell = line.AsSpan(5, 11);

        Parser.TryParse(cell, out ParsedFigure parsed).Should().BeTrue();

        parsed.TextStart.Should().Be(0);
        parsed.TextLength.Should().Be(11);
        parsed.Value.Low.Value.Should().Be(500_000_000_000m);
        parsed.Qualifier.Should().Be(FigureQualifier.Over);
        parsed.Scale!.Text.Should().Be("億");
    }

    [Fact]
    public void TryParse_OnManyThreadsAtOnce_GivesEachItsOwnResult()
    {
        string[] texts = ["超5000億Tokens", "5-6億元", "20-40ms", "$0.28 per million input tokens", "近半", "一千多万"];
        Figure[] expected = [.. texts.Select(t => Parser.Parse(t).Value)];

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            string text = texts[i % texts.Length];
            if (!Parser.TryParse(text, out ParsedFigure parsed) || !parsed.ToFigure(text).Equals(expected[i % texts.Length]))
            {
                throw new InvalidOperationException($"'{text}' parsed differently on a thread.");
            }
        });
    }

    [Fact]
    public void ToFigure_OfTheDefaultValue_Throws()
    {
        Action act = () => default(ParsedFigure).ToFigure("5");

        act.Should().Throw<ArgumentException>().WithParameterName("input");
    }

    [Fact]
    public void ToFigure_WithAShorterInput_Throws()
    {
        Parser.TryParse("超5000億Tokens", out ParsedFigure parsed).Should().BeTrue();

        Action act = () => parsed.ToFigure("超5000");

        act.Should().Throw<ArgumentException>().WithParameterName("input");
    }
}
