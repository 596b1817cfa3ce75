using CsCheck;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Bases;

/// <summary>Cue words of articles (the claim extractor passes a clause as scope notes): each decides one basis for a figure
/// of its dimension, with the measure it names, and none for a figure of another dimension.</summary>
public class BasisInferrerTextCueTests
{
    [Theory]
    [InlineData("第一", "大模型中標項目數量和金額雙第一", "llm-tender-wins", "count-and-amount")]
    [InlineData("1萬用戶", "在中度場景下可服務1萬用戶", "serving-capacity", "users-served")]
    [InlineData("約十家", "國內主流云廠商約十家", "vendor-count", null)]
    [InlineData("擴大100倍", "市場空間未來可能擴大100倍", "growth-multiple", "market-size")]
    [InlineData("約5-6億元", "全年MaaS市場總盤子約5-6億元", "maas-revenue", null)]
    [InlineData("536.7萬億Tokens", "全國大模型調用量僅536.7萬億Tokens", "maas-token-volume", null)]
    [InlineData("第一", "阿里云則以全鏈路服務營收為標準", "full-stack-cloud-revenue", null)]
    [InlineData("500萬TPM", "500萬初始並發TPM", "serving-capacity", "tpm")]
    [InlineData("20-40ms", "20-40ms吐字間隔", "serving-latency", "inter-token")]
    public void ACueOfText_DecidesItsBasisAndMeasure(string value, string notes, string basis, string? measure)
    {
        Figure figure = QuantityParser.Default.Parse(value).Value;
        BasisInference inferred = BasisInferrer.Infer(figure, notes, null, null);

        inferred.Basis!.Id.Should().Be(basis, inferred.Reason);
        MetricBasisRegistry.Default.TryFind(basis, out MetricBasis? registered).Should().BeTrue();
        inferred.Basis.Scope[ScopeKeys.Measure].Should().Be(measure ?? registered!.Scope[ScopeKeys.Measure]);
    }

    [Theory]
    [InlineData("5億元", "全國大模型調用量")]
    [InlineData("500萬Tokens", "全年MaaS市場總盤子")]
    [InlineData("12%", "可服務的客戶")]
    public void ACueBoundToADimension_DecidesNothingForAFigureOfAnother(string value, string notes)
    {
        Figure figure = QuantityParser.Default.Parse(value).Value;
        BasisInference inferred = BasisInferrer.Infer(figure, notes, null, null);

        new[] { "maas-token-volume", "maas-revenue", "serving-capacity" }.Should().NotContain(inferred.Basis?.Id);
    }

    // As published: https://sherwood.news/markets/microsoft-q1-2026-earnings-revenue-beats (Microsoft's results, row real-093 of the real claims file: "“Intelligent Cloud” (Azure,
    // server products): $30.9 billion in revenue, up 28% year on year") and https://www.ciodive.com/news/aws-revenue-jumps-33b/804450/
    // ("Microsoft reported $49 billion in cloud revenue", real-199).
    [Theory]
    [InlineData("Intelligent Cloud", "segment (Azure, server products)", "$30.9 billion in revenue, up 28% year on year")]
    [InlineData("Microsoft Cloud", "cloud revenue, fiscal", "$49 billion")]
    [InlineData("microsoft cloud", "cloud revenue, fiscal", "$49 billion")]
    public void A_named_cloud_segment_with_revenue_is_on_the_segments_reported_revenue(string subject, string notes, string value)
    {
        // The level, as a file's reader takes it from a level and its change: the first part.
        Figure level = new CompoundFigureParser(QuantityParser.Default).Parse(value).Value[0].Figure;
        BasisInference inferred = BasisInferrer.Infer(level, notes, subject, null);

        inferred.Basis!.Id.Should().Be(MetricBasis.CloudSegmentRevenue.Id, inferred.Reason);
        inferred.Cues.Should().Contain(c => c.Contains("a cloud segment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_segment_revenue_cue_mutated_is_not_decided()
    {
        // Another subject, a word for another figure of the segment (a run rate, a guidance, its AI revenue, its share), no
        // revenue word, a change or a figure in another unit: the segment's reported revenue is not decided.
        string[] subjects = ["Intelligent Cloud", "Microsoft Cloud", "Google Cloud", "AWS"];
        string[] notes = ["annualized revenue", "revenue guidance", "AI revenue", "revenue share", "revenue run rate", "operating income", "capex", "segment", "年化收入"];
        string[] values = ["$49 billion", "up 28%", "30%", "1200亿次", "$49 billion in backlog"];
        Gen.Int[0, subjects.Length - 1].SelectMany(a => Gen.Int[0, notes.Length - 1].SelectMany(b => Gen.Int[0, values.Length - 1].Select(c => (a, b, c)))).Sample(x =>
        {
            ParseResult<Figure> parsed = QuantityParser.Default.Parse(values[x.c]);
            if (!parsed.TryGetValue(out Figure? figure))
            {
                return true;
            }

            BasisInference inferred = BasisInferrer.Infer(figure, notes[x.b], subjects[x.a], null);
            return inferred.Basis?.Id != MetricBasis.CloudSegmentRevenue.Id
                ? true
                : throw new InvalidOperationException($"'{values[x.c]}' of {subjects[x.a]} with '{notes[x.b]}' read as segment revenue: {inferred.Reason}");
        }, iter: 500);

        // A subject that is no segment: the words alone do not decide.
        foreach (string subject in (ReadOnlySpan<string>)["Azure", "Microsoft", "Intelligent Cloud business", "Alibaba"])
        {
            BasisInferrer.Infer(QuantityParser.Default.Parse("$30.9 billion").Value, "revenue", subject, null).Basis?.Id
                .Should().NotBe(MetricBasis.CloudSegmentRevenue.Id, subject);
        }
    }
}
