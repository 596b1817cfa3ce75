using MarketMetrics.Extraction;

namespace MarketMetrics.Tests.Extraction;

/// <summary>The September 2025 article the library grew from, extracted: every figure of its table found once, with its
/// subject, basis and period as the article states them.</summary>
public class SeedArticleExtractionTests
{
    private static readonly string Article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extraction", "Data", "seed-article.txt"));

    private static readonly ExtractionResult Result = ClaimExtractor.Default.Extract(Article, new ExtractionContext
    {
        Published = PublishedDate.OnDay(new DateOnly(2025, 9, 25)),
        Publisher = "media",
        PublisherKind = PublisherKind.Media,
        Language = "zh-Hant",
    });

    // The article's figures (seed README), as printed, with the subject's id, the basis and the period the article
    // states for each (null: the article states none).
    public static TheoryData<string, string, string, string?> Figures => new()
    {
        { "46.4%", "volcano-engine", "maas-token-volume", null },
        { "約十家", "market", "vendor-count", null },
        { "20-40ms", "volcano-engine", "serving-latency", null },
        { "500萬TPM", "volcano-engine", "serving-capacity", null },
        { "1萬用戶", "volcano-engine", "serving-capacity", null },
        { "0.0008元/千Tokens", "doubao", "model-unit-price", "2024年5月" },
        { "1200億Tokens", "doubao", "own-products-token-consumption", "2024年5月" },
        { "超5000億Tokens", "doubao", "own-products-token-consumption", "2024年5月" },
        { "536.7萬億Tokens", "market", "maas-token-volume", "2025年上半年" },
        { "約5-6億元", "market", "maas-revenue", "2025年" },
        { "超800億元", "alibaba-cloud", "full-stack-cloud-revenue", "2024年" },
        { "擴大100倍", "market", "growth-multiple", null },
        { "超16.4萬億Tokens", "doubao", "own-products-token-consumption", null },
        { "增長137倍", "doubao", "growth-multiple", null },
        { "17.7%", "qwen", "self-developed-model-token-share", "2025年上半年" },
        { "14.1%", "doubao", "self-developed-model-token-share", "2025年上半年" },
        { "10.3%", "deepseek", "self-developed-model-token-share", "2025年上半年" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void EveryFigureOfTheArticle_IsFound_WithItsSubjectBasisAndPeriod(string value, string subject, string basis, string? period)
    {
        ExtractedClaim claim = Result.Claims.Should().ContainSingle(c => c.Value == value, "the article prints '{0}' once", value).Subject;

        SubjectId(claim).Should().Be(subject);
        claim.Basis.Value.Should().Be(basis);
        claim.Period.Value.Should().Be(period);
        Article.Substring(claim.Start, claim.Length).Should().Contain(value.Replace("TPM", string.Empty, StringComparison.Ordinal).Replace("Tokens", string.Empty, StringComparison.Ordinal)[..3]);
    }

    [Fact]
    public void TheThreeClaimsToLead_AreEachOnTheirVendorsOwnBasis()
    {
        var firsts = Result.Claims.Where(c => c.Figure.Unit.Dimension.Equals(Dimension.Rank) && c.Figure.Value.Low.ValueOrNull == 1m)
            .Select(c => (SubjectId(c), c.Basis.Value)).ToList();

        firsts.Should().Contain(("volcano-engine", "maas-token-volume"));
        firsts.Should().Contain(("alibaba-cloud", "full-stack-cloud-revenue"));
        firsts.Should().Contain(("baidu", "ai-public-cloud-services-revenue"));
        firsts.Should().Contain(("baidu", "llm-tender-wins"));
        Result.Claims.Single(c => c.Basis.Value == "llm-tender-wins").Scope.Value.Should().Be("measure=count-and-amount");
    }

    [Fact]
    public void NoFigureIsProposedTwice_AndTheQuotedWordFirstIsNoClaim()
    {
        var spans = Result.Claims.Select(c => (c.Start, c.Length, c.Subject.Value)).Distinct().ToList();
        spans.Should().HaveCount(Result.Claims.Count, "each printed figure gives one claim per subject");
        Result.Claims.Where(c => c.Scope.Value is null).GroupBy(c => c.Start).Where(g => g.Count() > 1).Select(g => g.First().Value)
            .Should().Equal(["第一"], "only '均宣稱“領先”' is one word for two vendors (阿里云 and 百度; 火山引擎 already claims first)");
        Result.Claims.Count(c => c.Figure.Unit.Dimension.Equals(Dimension.Rank)).Should().Be(4, "未使用“最”“第一”等表述 and the “第一”之爭 talk about the word");
        Result.Claims.Should().HaveCount(Figures.Count + 4);
    }

    [Fact]
    public void SourcesAndClaimants_AreTheOnesTheArticleNames()
    {
        Claim("536.7萬億Tokens").Claimant.Value.Should().Be("IDC");
        Claim("536.7萬億Tokens").Aggregation.Value.Should().Be("total");
        Claim("17.7%").Claimant.Value.Should().Be("沙利文");
        Claim("10.3%").Claimant.Value.Should().Be("沙利文", "the report's words reach its list of shares");
        Claim("10.3%").Aggregation.Value.Should().Be("daily-average");
        Claim("約5-6億元").Claimant.Certainty.Should().Be(ExtractionCertainty.Guessed, "按定價粗略計算 is the article's own reckoning, not IDC's");
        Claim("約5-6億元").Status.Value.Should().Be("estimate");
        Claim("擴大100倍").Status.Value.Should().Be("forecast");
        Claim("擴大100倍").Claimant.Value.Should().Be("火山引擎", "其CEO…表示 refers back to 火山引擎");
        Claim("超800億元").Aggregation.Value.Should().Be("total");
        Claim("1200億Tokens").Aggregation.Value.Should().BeNull("a month is when the cut happened, not a span the volume sums");
    }

    [Fact]
    public void TheModelNameAndThePeriods_AreListedAsNotTaken()
    {
        Result.Skipped.Should().Contain(s => s.Code == "model-name" && s.Text.Contains("32k", StringComparison.Ordinal));
        Result.Skipped.Should().Contain(s => s.Code == "period" && s.Text == "2025年上半年");
        Result.Skipped.Should().NotContain(s => s.Code.StartsWith("value.", StringComparison.Ordinal), "every figure of the article is read");
    }

    [Fact]
    public void EveryStatedField_IsPrintedInTheFiguresOwnSentence()
    {
        foreach (ExtractedClaim claim in Result.Claims)
        {
            int sentence = Article.IndexOf(claim.Quote, StringComparison.Ordinal);
            foreach (ExtractedField field in new[] { claim.Subject, claim.Period, claim.Market, claim.Claimant })
            {
                if (field.Certainty == ExtractionCertainty.Stated && field.Start >= 0)
                {
                    field.Start.Should().BeInRange(sentence, sentence + claim.Quote.Length, "{0}'s {1} is said to be stated", claim.Id, field.Value);
                }
            }
        }
    }

    private static ExtractedClaim Claim(string value) => Result.Claims.Single(c => c.Value == value);

    private static string SubjectId(ExtractedClaim claim) =>
        claim.Subject.Value == "market" ? "market" : EntityAliases.Default.TryResolve(claim.Subject.Value!, out Entity? e) ? e.Id : "?" + claim.Subject.Value;
}
