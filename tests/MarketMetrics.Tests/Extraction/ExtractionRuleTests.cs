using System.Globalization;
using CsCheck;
using MarketMetrics.Extraction;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Extraction;

/// <summary>Rules the extractor applies to shapes found in real passages (Data/Articles): each with the value it must
/// give, and a mutation that must change or refuse it.</summary>
public class ExtractionRuleTests
{
    private static ExtractedClaim Single(string text, string? language = null)
    {
        ExtractionResult result = ClaimExtractor.Default.Extract(text, new ExtractionContext { Language = language });
        result.Claims.Should().ContainSingle("'{0}' holds one figure", text);
        return result.Claims[0];
    }

    [Fact]
    public void AFigureAloneAfterALineEndingInAColon_TakesTheTokensAndTheNameOfThatLine()
    {
        // 13-cnyes: "豆包大模型最新日均Token呼叫量:\n50兆。" (zh-TW: 兆 = 10¹²).
        ExtractedClaim claim = Single("火山也更新了豆包大模型最新日均Token呼叫量:\n50兆。", "zh-TW");
        claim.Value.Should().Be("50兆Token");
        claim.Figure.Value.Should().Be(Interval.Exactly(50_000_000_000_000m));
        claim.Figure.Unit.Dimension.Should().Be(Dimension.TokenCount);
        claim.Subject.Value.Should().Be("豆包大模型");
        claim.Subject.Certainty.Should().Be(ExtractionCertainty.Inferred);
    }

    [Fact]
    public void AMagnitudeThePaperReadsTwoWays_IsNeverJoinedToAUnitWithoutIt()
    {
        // In zh-Hans 兆 may be 10⁶ or 10¹²: the figure is refused, not read as 50 tokens.
        ExtractionResult result = ClaimExtractor.Default.Extract("豆包大模型最新日均Token呼叫量:\n50兆。", new ExtractionContext { Language = "zh-Hans" });
        result.Claims.Should().NotContain(c => c.Figure.Value.Low.Value < 1_000_000m, "no figure may lose its magnitude");
        result.Skipped.Should().Contain(s => s.Text.StartsWith("50兆", StringComparison.Ordinal), "the figure is listed with the parser's reason");
    }

    [Fact]
    public void TheMeasureInAnEarlierClause_GivesTheUnit_WhenNoFigureComesBetween()
    {
        // 03-goldman: "中國企業級大模型的日均Token消耗量,在2025年上半年達到10.2萬億".
        ExtractedClaim claim = Single("中國企業級大模型的日均Token消耗量,在2025年上半年達到10.2萬億。");
        claim.Figure.Value.Should().Be(Interval.Exactly(10_200_000_000_000m));
        claim.Figure.Unit.Dimension.Should().Be(Dimension.TokenCount);
        claim.Period.Value.Should().Be("2025年上半年");

        ExtractionResult money = ClaimExtractor.Default.Extract("中國企業級大模型的日均Token消耗量,收入達到10.2萬億。");
        money.Claims.Should().NotContain(c => c.Figure.Unit.Dimension == Dimension.TokenCount, "a word of money in the lead decides against tokens");
    }

    [Theory]
    [InlineData("In 2025, Volcano Engine took nearly half of the market.", null, "0.5", false)]
    [InlineData("In 2025, Volcano Engine took more than half of the market.", "0.5", null, false)]
    [InlineData("In 2025, Alibaba Cloud held over a third of the market.", "0.3333333333333333333333333333", null, true)]
    public void AFractionAfterAQualifier_IsAFigure_WithItsBound(string text, string? low, string? high, bool approximate)
    {
        ExtractedClaim claim = Single(text);
        claim.Figure.Low.Should().Be(low is null ? null : decimal.Parse(low, CultureInfo.InvariantCulture));
        claim.Figure.High.Should().Be(high is null ? null : decimal.Parse(high, CultureInfo.InvariantCulture));
        ((claim.Figure.Modifiers & FigureModifiers.ApproximateBound) != 0).Should().Be(approximate);
        claim.Period.Value.Should().Be("2025");
    }

    [Fact]
    public void AFractionWithoutAQualifier_IsAWordOfTheSentence() =>
        ClaimExtractor.Default.Extract("In 2025, half of the market went to Volcano Engine.").Claims.Should().BeEmpty();

    [Fact]
    public void ByAfterAPassiveVerb_NamesWhoDoesIt_WhileByAfterAnObject_IsRefused()
    {
        // 14-cloudnews: "Azure AI Foundry, used by over 70,000 companies, ..."; "improved the energy efficiency ... by 30%".
        ExtractedClaim used = Single("Its platform, Azure AI Foundry, used by over 70,000 companies, grew fast.");
        used.Figure.Value.Should().Be(Interval.GreaterThan(70_000m));
        used.Figure.IsChange.Should().BeFalse();

        ExtractionResult improved = ClaimExtractor.Default.Extract("Microsoft improved the energy efficiency of its AI solutions by 30%.");
        improved.Claims.Should().BeEmpty("the word of change stands apart from 'by 30%': no level of 30% may be read");
        improved.Skipped.Should().Contain(s => s.Code == "value.unknown-word");
    }

    [Fact]
    public void EnglishWordsOfChangeBeforeBy_AreReadWithTheFigure() =>
        Gen.Int[1, 900].SelectMany(n => Gen.OneOfConst("has increased by more than", "grew by", "increasing by", "growing by", "declined by").Select(v => (n, v)))
            .Sample(c =>
            {
                ExtractedClaim claim = Single($"The adoption of the Gemini API {c.v} {c.n}% since January.");
                claim.Figure.IsChange.Should().BeTrue();
                decimal expected = c.v.StartsWith("declined", StringComparison.Ordinal) ? -c.n : c.n;
                (claim.Figure.Low ?? claim.Figure.High).Should().Be(expected, "'{0} {1}%'", c.v, c.n);
            }, iter: 200);

    [Fact]
    public void ThePeriodAChangeIsMeasuredFrom_IsNotTheFiguresPeriod_UnlessNothingElseIsPrinted()
    {
        // 08-itiger: "in the first half of 2025 ... nearly a 400% growth compared to the entirety of 2024".
        ExtractedClaim growth = Single("In the first half of 2025, the market reached nearly a 400% growth compared to the entirety of 2024.");
        growth.Period.Value.Should().Be("the first half of 2025");

        // 03-goldman: "在2025年上半年達到…較2024年下半年激增363%".
        ExtractionResult zh = ClaimExtractor.Default.Extract("日均Token消耗量在2025年上半年達到10.2萬億,較2024年下半年激增363%。");
        zh.Claims.Should().Contain(c => c.Value.Contains("363%", StringComparison.Ordinal)).Which.Period.Value.Should().Be("2025年上半年");

        // 13-cnyes: "相比去年 12 月則是超 10 倍增長": the only period printed.
        ExtractedClaim only = Single("豆包大模型相比2024年12月則是超10倍增長。");
        only.Period.Value.Should().Be("2024年12月");

        // 02-frost: the base figure itself is of the base period.
        ExtractionResult based = ClaimExtractor.Default.Extract("2025年下半年达到37.0万亿tokens,较上半年的10.2万亿增长263%。");
        based.Claims.Should().Contain(c => c.Value.StartsWith("10.2万亿", StringComparison.Ordinal)).Which.Period.Value.Should().Be("上半年");
    }

    [Fact]
    public void ThisMeasure_RefersToTheFigureBefore_ForItsSubject()
    {
        ExtractionResult result = ClaimExtractor.Default.Extract("豆包大模型的日均Token呼叫量:\n50兆。\n這一指標從發佈至今實現了417倍增長。", new ExtractionContext { Language = "zh-TW" });
        result.Claims.Should().HaveCount(2);
        result.Claims[1].Subject.Value.Should().Be("豆包大模型");
        result.Claims[1].Subject.Certainty.Should().Be(ExtractionCertainty.Inferred);
    }

    [Fact]
    public void AQualifierAfterAPercent_StartsTheNextWords_NotThisFigure()
    {
        // 02-frost: "相较上半年的17.7%几乎翻倍": 17.7% is read; 几乎翻倍 is refused on its own.
        ExtractionResult result = ClaimExtractor.Default.Extract("阿里云千问占比32.1%,相较上半年的17.7%几乎翻倍。");
        result.Claims.Should().Contain(c => c.Figure.Value == Interval.Exactly(17.7m));
    }

    [Fact]
    public void TheMarketMayHoldAChange_ButNotAShare()
    {
        ExtractedClaim change = Single("In 2025, the market has seen an almost 400% increase.");
        change.Subject.Value.Should().Be("market");
        ExtractedClaim share = Single("In 2025, the market share was 30%.");
        share.Subject.Value.Should().NotBe("market");
    }

    [Fact]
    public void HalfInChinese_IsRead() =>
        ClaimExtractor.Default.Extract("2025年上半年,三者的占比总和还不到一半。").Claims
            .Should().ContainSingle().Which.Figure.Value.Should().Be(Interval.LessThan(50m));

    [Fact]
    public void ReferencesWordCountsAndNavigation_AreListedAsNotTaken_WhileTheSameNumbersInASentenceAreRead()
    {
        // 02-frost "前三名也是此三家"; 13-cnyes "提了18次“Token”"; 01-thepaper "未來2% >" (a breadcrumb).
        ExtractionResult result = ClaimExtractor.Default.Extract("2025年上半年,前三名也是此三家。\n譚待在演講裡提了18次“Token”。\n未來2% >\n");
        result.Claims.Should().BeEmpty();
        result.Skipped.Select(s => s.Code).Should().Contain(["reference", "mention-count", "navigation"]);

        ExtractionResult read = ClaimExtractor.Default.Extract("2025年上半年,前三名共有三家。\n火山引擎日均调用18次。\n未来份额2%。\n");
        read.Skipped.Select(s => s.Code).Should().NotContain(["reference", "mention-count", "navigation"]);
    }

    [Fact]
    public void AVerbOfChangeBeforeItsObject_GivesTheChangeAfterBy_WithItsSign() =>
        // 14-cloudnews: "... and reduced the cost per token by more than 50%."
        Gen.Int[1, 900].SelectMany(n => Gen.OneOfConst("reduced", "cut", "increased", "grew", "slashed").SelectMany(v =>
            Gen.OneOfConst("the cost per token", "its revenue in China", "the price of input tokens").SelectMany(o =>
                Gen.OneOfConst("", "more than ").Select(q => (n, v, o, q)))))
            .Sample(c =>
            {
                ExtractedClaim claim = Single($"Last year Acme {c.v} {c.o} by {c.q}{c.n}%.");
                claim.Figure.IsChange.Should().BeTrue();
                bool down = c.v is "reduced" or "cut" or "slashed";
                decimal signed = down ? -c.n : c.n;
                claim.Value.Should().Be($"{c.v} by {c.q}{c.n}%", "the value reads back with its verb");
                if (c.q.Length == 0)
                {
                    claim.Figure.Value.Should().Be(Interval.Exactly(signed));
                }
                else if (down)
                {
                    claim.Figure.Value.Should().Be(Interval.LessThan(signed), "more than a {0}% cut is below -{0}%", c.n);
                }
                else
                {
                    claim.Figure.Value.Should().Be(Interval.GreaterThan(signed));
                }
            }, iter: 300);

    [Theory]
    [InlineData("Last year Acme did not reduce the cost per token by 50%.")]
    [InlineData("Last year Acme never reduced the cost per token by 50%.")]
    [InlineData("Last year Acme improved the cost per token by 50%.")]
    [InlineData("Last year Acme reduced the 2 costs per token by 50%.")]
    [InlineData("Last year Acme reduced costs, and the price by 50%.")]
    [InlineData("Last year Acme reduced the cost of one of its many older and slower language models by 50%.")]
    public void AVerbOfChangeThatIsNegatedUnknownOrApartFromBy_LeavesTheFigureRefused(string text) =>
        ClaimExtractor.Default.Extract(text).Claims.Should().NotContain(c => c.Value.Contains("50%", StringComparison.Ordinal) && c.Figure.IsChange,
            "no word of change is read across a negation, an unknown verb, a number, a comma or a long object in '{0}'", text);

    [Fact]
    public void ARateNamedBeforeABareRange_GivesItsUnit()
    {
        // 09-doubao-price-list: "国内其他主流模子的 TPM 名额大多在 100K 到 300K 之间,RPM则是在60到120区间"
        ExtractionResult result = ClaimExtractor.Default.Extract("国内其他主流模型的 TPM 名额大多在 100K 到 300K 之间,RPM则是在60到120区间。");
        result.Claims.Should().HaveCount(2);
        result.Claims[0].Figure.Value.Should().Be(Interval.Closed(100_000m, 300_000m));
        result.Claims[0].Figure.Unit.Should().Be(QuantityParser.Default.Parse("1 TPM").Value.Unit);
        result.Claims[1].Figure.Value.Should().Be(Interval.Closed(60m, 120m));
        result.Claims[1].Figure.Unit.Should().Be(QuantityParser.Default.Parse("1 RPM").Value.Unit);
        result.Claims[0].Subject.Value.Should().NotBe("market", "国内其他 (the other ones in the country) names some members, not the market");
    }

    [Theory]
    [InlineData("国内主流模型的 TPM 名额提升到 300。")] // a word of change between
    [InlineData("国内主流模型的 TPM 名额在 300 以内。")] // a bound after the number
    [InlineData("国内主流模型的 TPM 名额为2倍,价格为 300。")] // a figure between
    [InlineData("国内主流模型的 TPM 价格为 300。")] // a word of money between
    public void ARateNamedBefore_IsNotJoinedAcrossAChangeABoundAFigureOrMoney(string text) =>
        ClaimExtractor.Default.Extract(text).Claims.Should().NotContain(c => c.Value.Contains("300", StringComparison.Ordinal)
            && c.Figure.Unit.Equals(QuantityParser.Default.Parse("1 TPM").Value.Unit), "'{0}'", text);

    [Fact]
    public void AmongThem_TakesTheBasisOfTheWholeInTheSentenceBefore_ForItsSharesAndPlaces()
    {
        // 01-thepaper: "…中國公有云大模型調用量達536.7萬億Tokens(…)。其中,火山引擎以49.2%的市場份額位居中國市場第一,…"
        const string Whole = "2025年上半年,中国公有云大模型调用量达536.7万亿Tokens。";
        ExtractionResult result = ClaimExtractor.Default.Extract(Whole + "其中,火山引擎以49.2%的市场份额位居第一。");
        ExtractedClaim share = result.Claims.Single(c => c.Value == "49.2%");
        share.Basis.Value.Should().Be("maas-token-volume");
        share.Basis.Certainty.Should().Be(ExtractionCertainty.Inferred);
        share.Basis.Cue.Should().Contain("其中");

        // The whole without a cue of its basis gives its parts none.
        ClaimExtractor.Default.Extract("2025年上半年,中国大模型规模达536.7万亿Tokens。其中,火山引擎以49.2%的市场份额位居第一。")
            .Claims.Single(c => c.Value == "49.2%").Basis.Value.Should().BeNull();
    }

    [Fact]
    public void AFigureWithNoCue_TakesTheBasisOfTheLastCuedFigure_OnlyWhenNear_NotAfterAWordOfGrowth_AndNotForAChange() =>
        Gen.Int[1, 60].SelectMany(n => Gen.Int[0, 12].Select(gap => (n, gap))).Sample(c =>
        {
            string between = string.Concat(Enumerable.Repeat("The weather was mild. ", c.gap));
            string text = $"Global spending on cloud infrastructure services reached $99 billion in Q2 2025. {between}AWS held a {c.n}% market share.";
            ExtractedClaim share = ClaimExtractor.Default.Extract(text).Claims.Single(x => x.Value == $"{c.n}%");
            if (c.gap < 8)
            {
                share.Basis.Value.Should().Be("cloud-infrastructure-revenue", "{0} sentences stand between", c.gap);
                share.Basis.Certainty.Should().Be(ExtractionCertainty.Inferred);
            }
            else
            {
                share.Basis.Value.Should().BeNull("{0} sentences stand between: too far to carry a basis", c.gap);
            }

            string slowed = $"Global spending on cloud infrastructure services reached $99 billion in Q2 2025. AWS saw its growth slow to {c.n}%.";
            ClaimExtractor.Default.Extract(slowed).Claims.Single(x => x.Value.EndsWith($"{c.n}%", StringComparison.Ordinal))
                .Basis.Value.Should().NotBe("cloud-infrastructure-revenue", "a rate of growth is no share of the spending");

            string grew = $"Global spending on cloud infrastructure services reached $99 billion in Q2 2025. AWS grew by {c.n}%.";
            ExtractedClaim change = ClaimExtractor.Default.Extract(grew).Claims.Single(x => x.Value.EndsWith($"{c.n}%", StringComparison.Ordinal));
            change.Figure.IsChange.Should().BeTrue();
            change.Basis.Value.Should().Be("growth-rate");
        }, iter: 60);

    [Fact]
    public void MakeUp_IsAVerb_NotAWordOfIncrease()
    {
        // 15-lightwave: "Amazon, Microsoft and Google together now make up 63% of enterprise spending on cloud infrastructure services"
        ExtractedClaim share = Single("Amazon, Microsoft and Google together now make up 63% of enterprise spending on cloud infrastructure services.");
        share.Figure.IsChange.Should().BeFalse();
        share.Figure.Value.Should().Be(Interval.Exactly(63m));
        share.Basis.Value.Should().Be("cloud-infrastructure-revenue");

        ExtractedClaim up = Single("Spending on cloud infrastructure services was up 63% in the quarter.");
        up.Figure.IsChange.Should().BeTrue("'up' without a verb before it is an increase");
    }

    [Fact]
    public void AChange_IsNotGivenTheBasisOfALevelNamedElsewhereInItsSentence()
    {
        // 02-frost-sullivan: "中国企业级大模型日均调用量飙升至37.0万亿tokens,较上半年的10.2万亿增长263%。"
        ExtractionResult result = ClaimExtractor.Default.Extract("报告显示,2025年下半年,中国企业级大模型日均调用量飙升至37.0万亿tokens,较上半年的10.2万亿增长263%。");
        ExtractedClaim change = result.Claims.Single(c => c.Value.EndsWith("263%", StringComparison.Ordinal));
        change.Figure.IsChange.Should().BeTrue();
        change.Basis.Value.Should().Be("growth-rate");
    }
}
