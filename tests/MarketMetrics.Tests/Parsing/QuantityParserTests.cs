using System.Globalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

public class QuantityParserTests
{
    private static readonly QuantityParser Parser = QuantityParser.Default;

    // input, low (null = unbounded), low inclusive, high, high inclusive, qualifier, canonical unit, scale word
    [Theory]
    [InlineData("占中國公有云大模型市場份額46.4%", "46.4", true, "46.4", true, FigureQualifier.Exact, "%", null)]
    [InlineData("超5000億Tokens", "500000000000", false, null, false, FigureQualifier.Over, "token", "億")]
    [InlineData("1200億Tokens", "120000000000", true, "120000000000", true, FigureQualifier.Exact, "token", "億")]
    [InlineData("536.7萬億Tokens", "536700000000000", true, "536700000000000", true, FigureQualifier.Exact, "token", "萬億")]
    [InlineData("超16.4萬億", "16400000000000", false, null, false, FigureQualifier.Over, "1", "萬億")]
    [InlineData("0.0008元/千Tokens", "0.0000008", true, "0.0000008", true, FigureQualifier.Exact, "CNY/token", null)]
    [InlineData("5-6亿元", "500000000", true, "600000000", true, FigureQualifier.Range, "CNY", "亿")]
    [InlineData("5-6億元", "500000000", true, "600000000", true, FigureQualifier.Range, "CNY", "億")]
    [InlineData("约十家", "10", true, "10", true, FigureQualifier.About, "count", null)]
    [InlineData("約十家", "10", true, "10", true, FigureQualifier.About, "count", null)]
    [InlineData("20-40ms", "0.02", true, "0.04", true, FigureQualifier.Range, "s", null)]
    [InlineData("500萬初始並發TPM", "5000000", true, "5000000", true, FigureQualifier.Exact, "token/min", "萬")]
    [InlineData("1萬用戶", "10000", true, "10000", true, FigureQualifier.Exact, "count", "萬")]
    [InlineData("137倍", "137", true, "137", true, FigureQualifier.Exact, "x", null)]
    [InlineData("100倍", "100", true, "100", true, FigureQualifier.Exact, "x", null)]
    [InlineData("超800億元", "80000000000", false, null, false, FigureQualifier.Over, "CNY", "億")]
    [InlineData("阿里通義占17.7%", "17.7", true, "17.7", true, FigureQualifier.Exact, "%", null)]
    [InlineData("$0.28 per million input tokens", "0.00000028", true, "0.00000028", true, FigureQualifier.Exact, "USD/token", null)]
    [InlineData("over 480 trillion tokens monthly", "480000000000000", false, null, false, FigureQualifier.Over, "token/month", "trillion")]
    [InlineData("RMB 80 billion", "80000000000", true, "80000000000", true, FigureQualifier.Exact, "CNY", "billion")]
    [InlineData("2.4 billion", "2400000000", true, "2400000000", true, FigureQualifier.Exact, "1", "billion")]
    [InlineData("12.56个百分点", "12.56", true, "12.56", true, FigureQualifier.Exact, "pp", null)]
    [InlineData("近半", null, false, "50", false, FigureQualifier.Nearly, "%", null)]
    [InlineData("一千多万", "10000000", false, null, false, FigureQualifier.Over, "1", "万")]
    [InlineData("1,234.5", "1234.5", true, "1234.5", true, FigureQualifier.Exact, "1", null)]
    [InlineData("１２３４５", "12345", true, "12345", true, FigureQualifier.Exact, "1", null)]
    [InlineData("1.5e3", "1500", true, "1500", true, FigureQualifier.Exact, "1", null)]
    [InlineData("两千", "2000", true, "2000", true, FigureQualifier.Exact, "1", null)]
    [InlineData("20~40", "20", true, "40", true, FigureQualifier.Range, "1", null)]
    [InlineData("20至40", "20", true, "40", true, FigureQualifier.Range, "1", null)]
    [InlineData("between 20 and 40", "20", true, "40", true, FigureQualifier.Range, "1", null)]
    [InlineData("20 to 40", "20", true, "40", true, FigureQualifier.Range, "1", null)]
    [InlineData("at least 5", "5", true, null, false, FigureQualifier.AtLeast, "1", null)]
    [InlineData("500以上", "500", true, null, false, FigureQualifier.AtLeast, "1", null)]
    [InlineData("不到100", null, false, "100", false, FigureQualifier.Under, "1", null)]
    [InlineData("up to 700", null, false, "700", true, FigureQualifier.AtMost, "1", null)]
    [InlineData("about 30%", "30", true, "30", true, FigureQualifier.About, "%", null)]
    [InlineData("100左右", "100", true, "100", true, FigureQualifier.About, "1", null)]
    [InlineData("百分之五十", "50", true, "50", true, FigureQualifier.Exact, "%", null)]
    [InlineData("US$1.5 billion", "1500000000", true, "1500000000", true, FigureQualifier.Exact, "USD", "billion")]
    [InlineData("¥300", "300", true, "300", true, FigureQualifier.Exact, "CNY", null)]
    [InlineData("3.5 USD", "3.5", true, "3.5", true, FigureQualifier.Exact, "USD", null)]
    [InlineData("0.8元/百万tokens", "0.0000008", true, "0.0000008", true, FigureQualifier.Exact, "CNY/token", null)]
    [InlineData("$2 per 1K tokens", "0.002", true, "0.002", true, FigureQualifier.Exact, "USD/token", null)]
    [InlineData("字節(jié)跳動超5000億Tokens", "500000000000", false, null, false, FigureQualifier.Over, "token", "億")]
    [InlineData("三千四百五十几万", "34500000", false, "34600000", false, FigureQualifier.Range, "1", null)]
    [InlineData("2.5 x", "2.5", true, "2.5", true, FigureQualifier.Exact, "x", null)]
    [InlineData("50 times", "50", true, "50", true, FigureQualifier.Exact, "x", null)]
    [InlineData("1.2k", "1200", true, "1200", true, FigureQualifier.Exact, "1", "k")]
    [InlineData("3 bn", "3000000000", true, "3000000000", true, FigureQualifier.Exact, "1", "bn")]
    [InlineData("30 s", "30", true, "30", true, FigureQualifier.Exact, "s", null)]
    [InlineData("40毫秒", "0.04", true, "0.04", true, FigureQualifier.Exact, "s", null)]
    [InlineData("中標項目數量和金額雙第一", "1", true, "1", true, FigureQualifier.Exact, "rank", null)]
    [InlineData("No. 3", "3", true, "3", true, FigureQualifier.Exact, "rank", null)]
    [InlineData("超过1/2", "0.5", false, null, false, FigureQualifier.Over, "1", null)]
    [InlineData("四分之一", "0.25", true, "0.25", true, FigureQualifier.Exact, "1", null)]
    [InlineData("2.5^-1", "0.4", true, "0.4", true, FigureQualifier.Exact, "1", null)]
    [InlineData("五元三毛", "5.3", true, "5.3", true, FigureQualifier.Exact, "CNY", null)]
    [InlineData("3 dollars 50 cents", "3.5", true, "3.5", true, FigureQualifier.Exact, "USD", null)]
    [InlineData("比三十大", "30", false, null, false, FigureQualifier.Over, "1", null)]
    [InlineData("大于10小于20", "10", false, "20", false, FigureQualifier.Range, "1", null)]
    [InlineData("不大于50不小于20", "20", true, "50", true, FigureQualifier.Range, "1", null)]
    [InlineData("more than 5000 or equal to", "5000", true, null, false, FigureQualifier.AtLeast, "1", null)]
    [InlineData("above 1000 and below 1500", "1000", false, "1500", false, FigureQualifier.Range, "1", null)]
    [InlineData("one million and a half", "1500000", true, "1500000", true, FigureQualifier.Exact, "1", null)]
    [InlineData("3 million and a quarter", "3250000", true, "3250000", true, FigureQualifier.Exact, "1", "million")]
    [InlineData("四十九兆九千五百九十二億元", "49959200000000", true, "49959200000000", true, FigureQualifier.Exact, "CNY", null)]
    [InlineData("百分之一百二十点五", "120.5", true, "120.5", true, FigureQualifier.Exact, "%", null)]
    [InlineData("1万亿5千亿", "1500000000000", true, "1500000000000", true, FigureQualifier.Exact, "1", null)]
    [InlineData("7万 5千 4百", "75400", true, "75400", true, FigureQualifier.Exact, "1", null)]
    [InlineData("twenty-one trillion three hundred", "21000000000300", true, "21000000000300", true, FigureQualifier.Exact, "1", null)]
    public void Parse_PrintedFigure_GivesTheExactCanonicalInterval(
        string input, string? low, bool lowInclusive, string? high, bool highInclusive, FigureQualifier qualifier, string unit, string? scale)
    {
        ParseResult<Figure> result = Parser.Parse(input);

        result.Error.Should().BeNull();
        Figure canonical = result.Value.ToCanonical();
        canonical.Value.Low.ValueOrNull.Should().Be(low is null ? null : decimal.Parse(low, CultureInfo.InvariantCulture));
        canonical.Value.High.ValueOrNull.Should().Be(high is null ? null : decimal.Parse(high, CultureInfo.InvariantCulture));
        canonical.Value.Low.IsInclusive.Should().Be(lowInclusive);
        canonical.Value.High.IsInclusive.Should().Be(highInclusive);
        result.Value.Qualifier.Should().Be(qualifier);
        canonical.Unit.Symbol.Should().Be(unit);
        result.Value.Scale?.Text.Should().Be(scale);
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("   ", ParseErrorCode.Empty, 0)]
    [InlineData("超", ParseErrorCode.QualifierWithoutNumber, 0)]
    [InlineData("no figure here", ParseErrorCode.NoNumber, 0)]
    [InlineData("46.4% and 17.7%", ParseErrorCode.Ambiguous, 10)]
    [InlineData("9999999999999999999999999999萬億", ParseErrorCode.Overflow, 0)]
    [InlineData("12345678901234567890123456789012345", ParseErrorCode.Overflow, 0)]
    [InlineData("-5 tokens", ParseErrorCode.Negative, 0)] // at the sign, where the negative figure begins
    [InlineData("500 widgets", ParseErrorCode.UnknownUnit, 4)]
    [InlineData("6-5亿元", ParseErrorCode.InvalidRange, 2)]
    [InlineData("5兆", ParseErrorCode.AmbiguousScale, 1)]
    [InlineData("5%-6元", ParseErrorCode.InvalidRange, 0)]
    [InlineData("1e99999", ParseErrorCode.Overflow, 0)]
    [InlineData("1/3", ParseErrorCode.InvalidNumber, 0)]
    [InlineData("三千万 五千万", ParseErrorCode.Ambiguous, 4)]
    [InlineData("三千万五千万", ParseErrorCode.Ambiguous, 3)]
    [InlineData("1.1^99", ParseErrorCode.Overflow, 0)]
    public void Parse_BadInput_FailsWithTheRightCodeAndPosition(string input, ParseErrorCode code, int position)
    {
        ParseResult<Figure> result = Parser.Parse(input);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Position.Should().Be(position);
        result.Error.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Parse_LongerThanTheLimit_FailsTooLongWithoutWork()
    {
        var parser = new QuantityParser(new QuantityParserOptions { MaxInputLength = 10 });

        parser.Parse(new string('1', 11)).Error!.Code.Should().Be(ParseErrorCode.TooLong);
        QuantityParser.Default.Parse(new string('9', 1_048_576)).Error!.Code.Should().Be(ParseErrorCode.TooLong);
    }

    [Fact]
    public void Parse_NonTerminatingFractionWords_AreFlaggedApproximate()
    {
        Figure figure = Parser.Parse("two thirds of a million").Value;

        figure.Qualifier.Should().Be(FigureQualifier.About);
        figure.Value.Low.Value.Should().BeApproximately(666_666.666_666_666_666m, 0.000_001m);
    }

    [Fact]
    public void Value_OfAFailedParse_ThrowsWithTheError()
    {
        ParseResult<Figure> result = Parser.Parse("超");

        Action act = () => _ = result.Value;

        act.Should().Throw<MarketMetricsParseException>().Which.Error.Code.Should().Be(ParseErrorCode.QualifierWithoutNumber);
    }

    [Fact]
    public void Parse_KeepsThePrintedTextOfTheFigure()
    {
        Parser.Parse("占中國公有云大模型市場份額46.4%").Value.Text.Should().Be("46.4%");
        Parser.Parse("超5000億Tokens").Value.Text.Should().Be("超5000億Tokens");
    }

    [Theory]
    [InlineData("-22.2%", "-22.2%", -22.2)]
    [InlineData("增速为-3.5%", "增速为-3.5%", -3.5)]
    [InlineData("+12%", "+12%", 12)]
    [InlineData("负5亿元", "负5亿元", -500000000)]
    [InlineData("net income of minus twelve dollars", "minus twelve dollars", -12)]
    public void Parse_ASignOrNegativeWord_IsPartOfThePrintedFigure(string input, string printed, decimal value)
    {
        Figure figure = Parser.Parse(input).Value;

        figure.Text.Should().Be(printed, "the text as printed is provenance; a figure without its sign misquotes the source");
        figure.Value.Low.Value.Should().Be(value);
    }
}
