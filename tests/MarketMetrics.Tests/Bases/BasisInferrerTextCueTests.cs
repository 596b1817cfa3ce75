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
}
