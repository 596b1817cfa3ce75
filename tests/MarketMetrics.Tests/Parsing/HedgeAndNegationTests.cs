using System.Globalization;
using CsCheck;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>
/// Words before a figure that the lexicon does not know are passed over as context ("占…份额46.4%"). A hedge or a negated
/// bound must therefore be read wherever it is printed, or the figure comes out exact or with its bound turned around:
/// 几乎30% read as exactly 30%, 不少于30% (at least) read as 少于30% (under). Each word here is generated before many
/// figures and must give its own qualifier and interval; a negation before a bound that no entry reads is refused.
/// </summary>
public class HedgeAndNegationTests
{
    private static readonly (string Word, FigureQualifier Qualifier)[] Hedges =
    [
        ("不少于", FigureQualifier.AtLeast), ("不少於", FigureQualifier.AtLeast), ("不下于", FigureQualifier.AtLeast), ("起码", FigureQualifier.AtLeast),
        ("不多于", FigureQualifier.AtMost), ("不多於", FigureQualifier.AtMost), ("不超", FigureQualifier.AtMost), ("不超出", FigureQualifier.AtMost),
        ("不逾", FigureQualifier.AtMost), ("未超过", FigureQualifier.AtMost), ("未超過", FigureQualifier.AtMost), ("不高於", FigureQualifier.AtMost),
        ("顶多", FigureQualifier.AtMost), ("充其量", FigureQualifier.AtMost),
        ("几乎", FigureQualifier.Nearly), ("幾乎", FigureQualifier.Nearly), ("近乎", FigureQualifier.Nearly), ("直逼", FigureQualifier.Nearly),
        ("差不多", FigureQualifier.About), ("大体", FigureQualifier.About),
        ("circa ", FigureQualifier.About), ("more or less ", FigureQualifier.About), ("in the range of ", FigureQualifier.About),
        ("on the order of ", FigureQualifier.About), ("something like ", FigureQualifier.About), ("an estimated ", FigureQualifier.About),
        ("est. ", FigureQualifier.About),
        ("south of ", FigureQualifier.Under), ("short of ", FigureQualifier.Under), ("just shy of ", FigureQualifier.Nearly),
        ("不下", FigureQualifier.AtLeast), ("不止", FigureQualifier.Over), ("低至", FigureQualifier.AtLeast), ("不及", FigureQualifier.Under),
        ("未满", FigureQualifier.Under), ("≦", FigureQualifier.AtMost), ("≧", FigureQualifier.AtLeast),
        ("およそ", FigureQualifier.About), ("upward of ", FigureQualifier.Over), ("upto ", FigureQualifier.AtMost),
        ("at or above ", FigureQualifier.AtLeast), ("at or below ", FigureQualifier.AtMost), ("nigh on ", FigureQualifier.Nearly),
    ];

    // After the figure: "30% at the most" passed over its words and read exactly 30%.
    private static readonly (string Word, FigureQualifier Qualifier)[] HedgesAfter =
    [
        (" at the most", FigureQualifier.AtMost), (" at the least", FigureQualifier.AtLeast), (" tops", FigureQualifier.AtMost),
        (" max", FigureQualifier.AtMost), (" and under", FigureQualifier.AtMost), (" or thereabouts", FigureQualifier.About),
        (" give or take", FigureQualifier.About), (" or over", FigureQualifier.AtLeast),
    ];

    private static readonly string[] Figures = ["{0}%", "{0}亿元", "{0}万亿Tokens", "${0} billion", "{0} trillion tokens", "{0}倍"];

    [Fact]
    public void EachHedge_GivesItsQualifierAndInterval_BeforeAnyFigure()
    {
        Gen.Select(Gen.Int[0, Hedges.Length - 1], Gen.Int[0, Figures.Length - 1], Gen.Decimal[0.1m, 9999m].Select(d => decimal.Round(d, 2)))
            .Sample((h, f, v) =>
            {
                string figure = string.Format(CultureInfo.InvariantCulture, Figures[f], v);
                (string word, FigureQualifier qualifier) = Hedges[h];
                if (!word.EndsWith(' ') && char.IsAsciiLetter(figure[0]))
                {
                    return;
                }

                Figure plain = QuantityParser.Default.Parse(figure).Value;
                ParseResult<Figure> hedged = QuantityParser.Default.Parse(word + figure);
                hedged.Success.Should().BeTrue("'{0}' is read", word + figure);
                hedged.Value.Qualifier.Should().Be(qualifier, "'{0}'", word + figure);
                hedged.Value.Unit.Should().Be(plain.Unit);
                decimal at = plain.Value.Low.Value;
                hedged.Value.Value.Should().Be(qualifier switch
                {
                    FigureQualifier.AtLeast => Interval.AtLeast(at),
                    FigureQualifier.AtMost => Interval.AtMost(at),
                    FigureQualifier.Over => Interval.GreaterThan(at),
                    FigureQualifier.Under or FigureQualifier.Nearly => Interval.LessThan(at),
                    _ => Interval.Exactly(at),
                }, "'{0}'", word + figure);
            }, iter: 2000);
    }

    [Fact]
    public void EachHedgeAfterTheFigure_GivesItsQualifier()
    {
        Gen.Select(Gen.Int[0, HedgesAfter.Length - 1], Gen.Int[0, 2], Gen.Decimal[0.1m, 9999m].Select(d => decimal.Round(d, 2)))
            .Sample((h, f, v) =>
            {
                string figure = string.Format(CultureInfo.InvariantCulture, new[] { "{0}%", "${0} billion", "{0} trillion tokens" }[f], v);
                (string word, FigureQualifier qualifier) = HedgesAfter[h];
                Figure plain = QuantityParser.Default.Parse(figure).Value;
                Figure hedged = QuantityParser.Default.Parse(figure + word).Value;
                hedged.Qualifier.Should().Be(qualifier, "'{0}'", figure + word);
                hedged.Value.Should().Be(qualifier switch
                {
                    FigureQualifier.AtLeast => Interval.AtLeast(plain.Value.Low.Value),
                    FigureQualifier.AtMost => Interval.AtMost(plain.Value.Low.Value),
                    _ => plain.Value,
                });
            }, iter: 500);
    }

    [Theory]
    [InlineData("不及格率30%")]
    [InlineData("不满意度30%")]
    [InlineData("未满足需求占30%")]
    [InlineData("最大客户占30%")]
    [InlineData("topping the list with 30%")]
    [InlineData("pushing the share to 30%")]
    public void AWordThatHoldsAQualifierButQualifiesNothing_LeavesTheFigureExact(string text)
    {
        // 不及格率 (failure rate) holds 不及 (under), 最大客户 (the largest customer) 最大: neither bounds the figure.
        Figure figure = QuantityParser.Default.Parse(text).Value;
        figure.Qualifier.Should().Be(FigureQualifier.Exact, "'{0}'", text);
        figure.Value.Should().Be(Interval.Exactly(30m));
    }

    [Theory]
    [InlineData("不下降30%")]
    [InlineData("≲30%")]
    [InlineData("≳30%")]
    [InlineData("并非超过30%")]
    [InlineData("没超过30%")]
    [InlineData("未增长30%")]
    [InlineData("非逾5亿元")]
    [InlineData("not over 30%")]
    [InlineData("never more than $5 billion")]
    [InlineData("not above 10%")]
    [InlineData("barely 30%")]
    [InlineData("as little as $1")]
    public void ANegatedOrOneSidedWordBeforeTheFigure_IsRefused_NotPassedOver(string text)
    {
        ParseResult<Figure> result = QuantityParser.Default.Parse(text);
        result.Success.Should().BeFalse("'{0}' holds a word that turns or hedges the bound", text);
        result.Error!.Code.Should().Be(ParseErrorCode.UnknownWord);
    }

    [Theory]
    [InlineData("over a third", true)]
    [InlineData("at least a third", true)]
    [InlineData("nearly two-thirds", true)]
    [InlineData("more than a sixth", true)]
    [InlineData("over half", false)]
    [InlineData("nearly three quarters", false)]
    public void ABoundAtAFractionWithNoExactDecimal_IsMarkedApproximate(string text, bool approximate)
    {
        // 1/3 is 0.333…3 at decimal's precision: "over a third" stated as (0.333…3, ∞) with no mark would take in values below 1/3.
        Figure figure = QuantityParser.Default.Parse(text).Value;
        figure.Qualifier.Should().NotBe(FigureQualifier.Exact);
        ((figure.Modifiers & FigureModifiers.ApproximateBound) != 0).Should().Be(approximate, "'{0}'", text);
    }

    [Theory]
    [InlineData("目标30%")]
    [InlineData("剑指1000亿元")]
    [InlineData("上看5万亿Tokens")]
    [InlineData("a target of $10 billion")]
    public void ATarget_IsAnOutlook_NotAReportedFigure(string text)
    {
        Figure figure = QuantityParser.Default.Parse(text).Value;
        (figure.Modifiers & FigureModifiers.Forecast).Should().Be(FigureModifiers.Forecast, "'{0}' is not yet reached", text);
    }

    [Theory]
    [InlineData("不超过30%", FigureQualifier.AtMost)]
    [InlineData("不到30%", FigureQualifier.Under)]
    [InlineData("不足30%", FigureQualifier.Under)]
    [InlineData("not more than 30%", FigureQualifier.AtMost)]
    [InlineData("非常接近30%", FigureQualifier.Nearly)]
    public void BoundsThatIncludeTheirNegation_AreReadAsBefore(string text, FigureQualifier qualifier) =>
        QuantityParser.Default.Parse(text).Value.Qualifier.Should().Be(qualifier);

    [Fact]
    public void AQualifierApartFromItsNumber_WithAWordBetween_IsRefused_NotAppliedUnseen()
    {
        // "over the year 30%" read as over 30%, "约翰份额30%" (John's share) as about 30%.
        string[] qualifiers = ["over ", "about ", "nearly ", "超过", "约", "近乎"];
        string[] between = ["the year ", "the market, ", "对手份额", "翰份额", "revenue of "];
        Gen.Select(Gen.Int[0, qualifiers.Length - 1], Gen.Int[0, between.Length - 1], Gen.Int[1, 999]).Sample((q, b, n) =>
        {
            string text = qualifiers[q] + between[b] + n.ToString(CultureInfo.InvariantCulture) + "%";
            ParseResult<Figure> result = QuantityParser.Default.Parse(text);
            result.Success.Should().BeFalse("'{0}' has a word between its qualifier and its number", text);
            result.Error!.Code.Should().Be(ParseErrorCode.UnknownWord);

            QuantityParser.Default.Parse(qualifiers[q] + n.ToString(CultureInfo.InvariantCulture) + "%").Value.Qualifier
                .Should().NotBe(FigureQualifier.Exact, "next to the number the qualifier is read");
        }, iter: 300);
    }

    [Fact]
    public void EachHedgedFigure_Mutated_ChangesOrFails()
    {
        // The mutations of the round-trip generator, on the hedged figures: an attached unknown word, a word of decline, a rate
        // word and a second figure must each change the answer as the word says or fail it; never leave it as it was.
        string[] figures = ["{0}万亿Tokens", "{0}亿元", "{0} trillion tokens"];
        Gen.Select(Gen.Int[0, Hedges.Length - 1], Gen.Int[0, figures.Length - 1], Gen.Int[1, 9999], Gen.Int[0, 3]).Sample((h, f, n, m) =>
        {
            (string word, _) = Hedges[h];
            string figure = string.Format(CultureInfo.InvariantCulture, figures[f], n);
            if (!word.EndsWith(' ') && char.IsAsciiLetter(figure[^1]) && figure.Contains(' ', StringComparison.Ordinal))
            {
                return;
            }

            Figure plain = QuantityParser.Default.Parse(word + figure).Value;
            bool english = figure.Contains(' ', StringComparison.Ordinal);
            string mutated = m switch
            {
                0 => word + figure + (english ? "s revenue" : "营业"),
                1 => (english ? "down " : "下降") + word + figure,
                2 => (english ? "per day " : "每天") + word + figure,
                _ => word + figure + (english ? " and 5%" : "和5%"),
            };
            ParseResult<Figure> result = QuantityParser.Default.Parse(mutated);
            if (!result.TryGetValue(out Figure? read))
            {
                return;
            }

            read.Equals(plain).Should().BeFalse("'{0}' must not read as '{1}'", mutated, word + figure);
            switch (m)
            {
                case 1:
                    read.IsChange.Should().BeTrue("'{0}' is a decline", mutated);
                    (read.Modifiers & FigureModifiers.Decrease).Should().Be(FigureModifiers.Decrease);
                    break;
                case 2:
                    read.Unit.Should().NotBe(plain.Unit, "'{0}' is a rate", mutated);
                    break;
                default:
                    throw new Xunit.Sdk.XunitException($"'{mutated}' was read ({read}) although it holds an unknown word or a second figure.");
            }
        }, iter: 3000);
    }

    [Fact]
    public void TakeUpAndMakeUp_AreVerbsOfAPart_NotWordsOfIncrease() =>
        // "Amazon, Microsoft and Google together now make up 63% of enterprise spending" (Synergy, via Lightwave): 'up' belongs
        // to the verb. The same figure after 'up' alone, or after 'rose', is an increase.
        Gen.Int[1, 999].SelectMany(n => Gen.OneOfConst("make up", "makes up", "made up", "take up", "takes up", "took up", "taking up")
            .Select(v => (n, v))).Sample(c =>
        {
            Figure part = QuantityParser.Default.Parse($"{c.v} {c.n}%").Value;
            part.IsChange.Should().BeFalse("'{0} {1}%'", c.v, c.n);
            part.Value.Should().Be(Interval.Exactly(c.n));

            QuantityParser.Default.Parse($"up {c.n}%").Value.IsChange.Should().BeTrue();
            QuantityParser.Default.Parse($"{c.v} {c.n}% {c.n}%").Success.Should().BeFalse("a second figure is never passed over");
            QuantityParser.Default.Parse($"{c.v} about {c.n}%").Value.Qualifier.Should().Be(FigureQualifier.About);

            // An attached unknown word, a word of decline or a rate word changes the answer or fails it.
            QuantityParser.Default.Parse($"{c.v} {c.n}%zq").Success.Should().BeFalse("an attached unknown word is never passed over");
            ParseResult<Figure> down = QuantityParser.Default.Parse($"{c.v} down {c.n}%");
            (down.Success && down.Value.Value == Interval.Exactly(c.n) && !down.Value.IsChange).Should().BeFalse("'down' must change or fail the answer");
            ParseResult<Figure> rate = QuantityParser.Default.Parse($"{c.v} {c.n}% per year");
            (rate.Success && rate.Value.Equals(part)).Should().BeFalse("a rate word must change or fail the answer");
        }, iter: 300);
}
