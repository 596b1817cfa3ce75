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

    // Price changes as published: https://aicnews.cn/keji/moxing/17951.html ("Qwen-Turbo的价格降幅达到了85%", "价格直降97%"; real-134,
    // real-133), http://myship.cn/xinwen/show-5198.html ("价格比行业低99%", real-143), https://www.jinantimes.com.cn/news-62-5153636.html
    // ("综合使用成本较豆包1.5 pro降低53.3%", real-207).
    [Theory]
    [InlineData("降幅达到了85%", null, -85)]
    [InlineData("直降97%", "price cut", -97)]
    public void A_price_change_stated_on_the_price_basis_is_a_growth_rate_of_the_price(string value, string? notes, int percent)
    {
        Figure figure = QuantityParser.Default.Parse(value).Value;

        MetricBasis? basis = BasisInferrer.ChangeOfStatedLevel(MetricBasis.ModelUnitPrice, figure, value, notes, out string reason);

        basis!.Id.Should().Be(MetricBasis.GrowthRate.Id);
        basis.Scope[ScopeKeys.Measure].Should().Be(MetricBasis.ModelUnitPrice.Id);
        figure.Value.Should().Be(Interval.Exactly(percent));
        reason.Should().Contain(value).And.Contain("model-unit-price");
    }

    [Theory]
    [InlineData("比行业低99%", null)]
    [InlineData("降低53.3%", "0-32k输入区间; 综合使用成本较豆包1.5 pro")]
    public void A_price_compared_with_another_subjects_is_no_change_of_the_price(string value, string? notes) =>
        BasisInferrer.ChangeOfStatedLevel(MetricBasis.ModelUnitPrice, QuantityParser.Default.Parse(value).Value, value, notes, out _).Should().BeNull();

    [Fact]
    public void A_price_change_mutated_is_left_on_the_stated_basis()
    {
        // A word of comparison in the value or the scope notes, a basis that takes a share, a level, a change in points or a
        // multiple: left as stated (and refused by the normalizer as a change on a level basis).
        string[] changes = ["降幅达到了85%", "直降97%", "降低53.3%"];
        string[] comparisons = ["比行业", "较豆包1.5 pro", "相比GPT-4", "than rivals ", "vs. peers ", "同规格模型"];
        MetricBasis[] shareBases = [MetricBasis.MaasTokenVolume, MetricBasis.CloudInfrastructureRevenue, MetricBasis.AnalystAiCloudRevenue];
        string[] notChanges = ["0.8元/百万tokens", "下降2个百分点", "降低3倍", "85%"];
        Gen.Int[0, changes.Length - 1].SelectMany(c => Gen.Int[0, comparisons.Length - 1].SelectMany(w => Gen.Int[0, 3].Select(kind => (c, w, kind)))).Sample(x =>
        {
            (string value, string? notes, MetricBasis stated) = x.kind switch
            {
                0 => (comparisons[x.w] + changes[x.c], (string?)null, MetricBasis.ModelUnitPrice),
                1 => (changes[x.c], comparisons[x.w], MetricBasis.ModelUnitPrice),
                2 => (changes[x.c], null, shareBases[x.w % shareBases.Length]),
                _ => (notChanges[x.w % notChanges.Length], null, MetricBasis.ModelUnitPrice),
            };
            if (!QuantityParser.Default.Parse(value).TryGetValue(out Figure? figure))
            {
                return true;
            }

            MetricBasis? basis = BasisInferrer.ChangeOfStatedLevel(stated, figure, value, notes, out _);
            return basis is null
                ? true
                : throw new InvalidOperationException($"'{value}' ({notes}) on {stated.Id} read as a change of it: {basis}");
        }, iter: 500);
    }
}
