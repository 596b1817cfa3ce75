using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>
/// Every word attached to a figure is read or refused. One case or more per class of word that a parser skipping
/// "noise" would get wrong: rates, denominators written first, declines, words of a new level, verbs that qualify,
/// outer and contradicting qualifiers, minor and foreign currencies, units that are not tokens, two figures run
/// together, numerals and magnitudes, halves, and context words that hold a modifier's character.
/// </summary>
public class SoundnessCorpusTests
{
    private static readonly QuantityParser Parser = QuantityParser.Default;

    // input → low, low inclusive, high, high inclusive (null: unbounded), qualifier, unit as printed, modifiers.
    [Theory]
    [InlineData("每小时1.2亿tokens", "120000000", true, "120000000", true, FigureQualifier.Exact, "token/h", FigureModifiers.None)]
    [InlineData("每天超3万亿tokens", "3000000000000", false, null, false, FigureQualifier.Over, "token/day", FigureModifiers.None)]
    [InlineData("2 billion tokens a day", "2000000000", true, "2000000000", true, FigureQualifier.Exact, "token/day", FigureModifiers.None)]
    [InlineData("30万tokens/小时", "300000", true, "300000", true, FigureQualifier.Exact, "token/h", FigureModifiers.None)]
    [InlineData("9.9元/月", "9.9", true, "9.9", true, FigureQualifier.Exact, "CNY/month", FigureModifiers.None)]
    [InlineData("$20 per month", "20", true, "20", true, FigureQualifier.Exact, "USD/month", FigureModifiers.None)]
    [InlineData("每月19元", "19", true, "19", true, FigureQualifier.Exact, "CNY/month", FigureModifiers.None)]
    [InlineData("1.5元/小时", "1.5", true, "1.5", true, FigureQualifier.Exact, "CNY/h", FigureModifiers.None)]
    [InlineData("每年3000万元", "30000000", true, "30000000", true, FigureQualifier.Exact, "CNY/year", FigureModifiers.None)]
    [InlineData("每百万tokens 2元", "2", true, "2", true, FigureQualifier.Exact, "CNY/1M token", FigureModifiers.None)]
    [InlineData("每千token 0.002元", "0.002", true, "0.002", true, FigureQualifier.Exact, "CNY/1K token", FigureModifiers.None)]
    [InlineData("每百万输出tokens 8元", "8", true, "8", true, FigureQualifier.Exact, "CNY/1M token", FigureModifiers.OutputTokens)]
    [InlineData("下滑12.5%", "-12.5", true, "-12.5", true, FigureQualifier.Exact, "%", FigureModifiers.Change | FigureModifiers.Decrease)]
    [InlineData("缩减2000万元", "-20000000", true, "-20000000", true, FigureQualifier.Exact, "CNY", FigureModifiers.Change | FigureModifiers.Decrease)]
    [InlineData("fell 8%", "-8", true, "-8", true, FigureQualifier.Exact, "%", FigureModifiers.Change | FigureModifiers.Decrease)]
    [InlineData("declined by 3.2 percentage points", "-3.2", true, "-3.2", true, FigureQualifier.Exact, "pp", FigureModifiers.Change | FigureModifiers.Decrease)]
    [InlineData("同比下降7%", "-7", true, "-7", true, FigureQualifier.Exact, "%", FigureModifiers.Change | FigureModifiers.Decrease | FigureModifiers.YearOnYear)]
    [InlineData("增长超过50%", "50", false, null, false, FigureQualifier.Over, "%", FigureModifiers.Change)]
    [InlineData("下降超过5%", null, false, "-5", false, FigureQualifier.Under, "%", FigureModifiers.Change | FigureModifiers.Decrease)]
    [InlineData("比行业低80%", "-80", true, "-80", true, FigureQualifier.Exact, "%", FigureModifiers.Change | FigureModifiers.Decrease)]
    [InlineData("降至0.5元/百万tokens", "0.5", true, "0.5", true, FigureQualifier.Exact, "CNY/1M token", FigureModifiers.None)]
    [InlineData("突破100万亿tokens", "100000000000000", false, null, false, FigureQualifier.Over, "token", FigureModifiers.None)]
    [InlineData("有望突破200亿元", "20000000000", false, null, false, FigureQualifier.Over, "CNY", FigureModifiers.Forecast)]
    [InlineData("500万量级", "5000000", true, "5000000", true, FigureQualifier.About, "1", FigureModifiers.None)]
    [InlineData("超过约3亿元", "300000000", false, null, false, FigureQualifier.Over, "CNY", FigureModifiers.ApproximateBound)]
    [InlineData("约3亿元以上", "300000000", true, null, false, FigureQualifier.AtLeast, "CNY", FigureModifiers.ApproximateBound)]
    [InlineData("约12%-15%", "12", true, "15", true, FigureQualifier.Range, "%", FigureModifiers.ApproximateBound)]
    [InlineData("North of $2 billion", "2000000000", false, null, false, FigureQualifier.Over, "USD", FigureModifiers.None)]
    [InlineData("1.2分/千tokens", "0.012", true, "0.012", true, FigureQualifier.Exact, "CNY/1K token", FigureModifiers.None)]
    [InlineData("3毛/百万tokens", "0.3", true, "0.3", true, FigureQualifier.Exact, "CNY/1M token", FigureModifiers.None)]
    [InlineData("300億円", "30000000000", true, "30000000000", true, FigureQualifier.Exact, "JPY", FigureModifiers.None)]
    [InlineData("2조 원", "2000000000000", true, "2000000000000", true, FigureQualifier.Exact, "KRW", FigureModifiers.None)]
    [InlineData("3 млн рублей", "3000000", true, "3000000", true, FigureQualifier.Exact, "RUB", FigureModifiers.None)]
    [InlineData("$3 CAD", "3", true, "3", true, FigureQualifier.Exact, "CAD", FigureModifiers.None)]
    [InlineData("零点八", "0.8", true, "0.8", true, FigureQualifier.Exact, "1", FigureModifiers.None)]
    [InlineData("零点三亿", "30000000", true, "30000000", true, FigureQualifier.Exact, "1", FigureModifiers.None)]
    [InlineData("3-5千万元", "30000000", true, "50000000", true, FigureQualifier.Range, "CNY", FigureModifiers.None)]
    [InlineData("2-3千亿tokens", "200000000000", true, "300000000000", true, FigureQualifier.Range, "token", FigureModifiers.None)]
    [InlineData("3千万-2亿", "30000000", true, "200000000", true, FigureQualifier.Range, "1", FigureModifiers.None)]
    [InlineData("十五至二十亿元", "1500000000", true, "2000000000", true, FigureQualifier.Range, "CNY", FigureModifiers.None)]
    [InlineData("two thousand million", "2000000000", true, "2000000000", true, FigureQualifier.Exact, "1", FigureModifiers.None)]
    [InlineData("four hundred thousand million", "400000000000", true, "400000000000", true, FigureQualifier.Exact, "1", FigureModifiers.None)]
    [InlineData("2½ billion", "2500000000", true, "2500000000", true, FigureQualifier.Exact, "1", FigureModifiers.None)]
    [InlineData("10³ tokens", "1000", true, "1000", true, FigureQualifier.Exact, "token", FigureModifiers.None)]
    [InlineData("超过一半", "50", false, null, false, FigureQualifier.Over, "%", FigureModifiers.None)]
    [InlineData("不到半数", null, false, "50", false, FigureQualifier.Under, "%", FigureModifiers.None)]
    [InlineData("近期营收5亿元", "500000000", true, "500000000", true, FigureQualifier.Exact, "CNY", FigureModifiers.None)]
    [InlineData("超市份额20%", "20", true, "20", true, FigureQualifier.Exact, "%", FigureModifiers.None)]
    [InlineData("2024年营收80亿元", "8000000000", true, "8000000000", true, FigureQualifier.Exact, "CNY", FigureModifiers.None)]
    [InlineData("三千八百一十分钟", "3810", true, "3810", true, FigureQualifier.Exact, "min", FigureModifiers.None)]
    [InlineData("将突破700亿元", "70000000000", false, null, false, FigureQualifier.Over, "CNY", FigureModifiers.Forecast)]
    [InlineData("closer to 30%", "30", true, "30", true, FigureQualifier.About, "%", FigureModifiers.None)]
    [InlineData("300 RPM", "300", true, "300", true, FigureQualifier.Exact, "request/min", FigureModifiers.None)]
    public void Parse_EveryWordAttached_IsApplied(string input, string? low, bool lowInclusive, string? high, bool highInclusive,
        FigureQualifier qualifier, string unit, FigureModifiers modifiers)
    {
        ParseResult<Figure> result = Parser.Parse(input);

        result.Error.Should().BeNull();
        Figure figure = result.Value;
        figure.Value.Should().Be(new Interval(Bound(low, lowInclusive), Bound(high, highInclusive)));
        figure.Qualifier.Should().Be(qualifier);
        figure.Unit.Symbol.Should().Be(unit);
        figure.Modifiers.Should().Be(modifiers);
    }

    // input → the error: what cannot be applied is refused, never skipped.
    [Theory]
    [InlineData("300 RPM/天", ParseErrorCode.UnknownUnit)]
    [InlineData("每秒1万次", ParseErrorCode.UnknownUnit)]
    [InlineData("每周5亿tokens", ParseErrorCode.UnknownUnit)]
    [InlineData("每千tokens 0.5", ParseErrorCode.UnknownUnit)]
    [InlineData("下降-5%", ParseErrorCode.ContradictoryQualifiers)]
    [InlineData("下降2倍", ParseErrorCode.UnknownWord)]
    [InlineData("减少减少3亿元", ParseErrorCode.ContradictoryQualifiers)]
    [InlineData("从1000亿增至5000亿", ParseErrorCode.Ambiguous)]
    [InlineData("grew from 120 to 500 billion", ParseErrorCode.Ambiguous)]
    [InlineData("不足5%以上", ParseErrorCode.ContradictoryQualifiers)]
    [InlineData("至少5亿以下", ParseErrorCode.ContradictoryQualifiers)]
    [InlineData("3-4亿以上", ParseErrorCode.ContradictoryQualifiers)]
    [InlineData("5分", ParseErrorCode.UnknownUnit)]
    [InlineData("50 cents", ParseErrorCode.UnknownUnit)]
    [InlineData("10억 달러", ParseErrorCode.UnknownUnit)]
    [InlineData("1元/千次", ParseErrorCode.UnknownUnit)]
    [InlineData("2元/千字", ParseErrorCode.UnknownUnit)]
    [InlineData("15ms/token", ParseErrorCode.UnknownUnit)]
    [InlineData("¥5 USD", ParseErrorCode.UnknownUnit)]
    [InlineData("7倍円", ParseErrorCode.UnknownUnit)]
    [InlineData("两千三千", ParseErrorCode.Ambiguous)]
    [InlineData("六百七百", ParseErrorCode.Ambiguous)]
    [InlineData("$0.5 / $1.5 per 1M tokens", ParseErrorCode.Ambiguous)]
    [InlineData("输入2元/百万tokens，输出8元/百万tokens", ParseErrorCode.Ambiguous)]
    [InlineData("⅓ million", ParseErrorCode.InvalidNumber)]
    [InlineData("②", ParseErrorCode.InvalidNumber)]
    [InlineData("a billion two thousand million", ParseErrorCode.InvalidNumber)]
    [InlineData("营收1200亿元营业", ParseErrorCode.UnknownWord)]
    [InlineData("5亿元，同比持平 flat", ParseErrorCode.UnknownWord)]
    [InlineData("亏损3亿元", ParseErrorCode.UnknownWord)]
    [InlineData("a sevenfold increase", ParseErrorCode.UnknownWord)]
    [InlineData("12-month revenue of $5 billion", ParseErrorCode.UnknownWord)]
    [InlineData("1 年半", ParseErrorCode.UnknownUnit)]
    [InlineData("80亿元 year over year", ParseErrorCode.UnknownWord)]
    [InlineData("by an impressive 40%", ParseErrorCode.UnknownWord)]
    [InlineData("低于同期市场价格的90%", ParseErrorCode.UnknownWord)]
    [InlineData("5000\uFFFDTokens", ParseErrorCode.InvalidNumber)]
    [InlineData("0百百", ParseErrorCode.InvalidNumber)]
    [InlineData("\uFFFD5000亿", ParseErrorCode.InvalidNumber)]
    public void Parse_AWordThatCannotBeApplied_FailsAtItsPlace(string input, ParseErrorCode expected)
    {
        ParseResult<Figure> result = Parser.Parse(input);

        result.Error.Should().NotBeNull("'{0}' must not parse to {1}", input, result.Error is null ? result.Value.ToString() : string.Empty);
        result.Error!.Code.Should().Be(expected, result.Error.Message);
        result.Error.Position.Should().BeInRange(0, input.Length);
    }

    private static MarketMetrics.Bound Bound(string? value, bool inclusive) =>
        value is null ? MarketMetrics.Bound.Unbounded : MarketMetrics.Bound.Create(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), inclusive);
}
