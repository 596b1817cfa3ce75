using System.Text;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// Rows as published: a value of several figures becomes one claim per part (same line, ids suffixed with the part's label,
/// the part's scope on the basis); the language column decides how 兆 reads; an empty basis is inferred from cues, marked
/// as inferred, or the row is rejected with the candidates.
/// </summary>
public class PublishedShapesTests
{
    private static List<ClaimRow> Read(string csv) =>
        [.. new ClaimsCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)))];

    [Fact]
    public void A_price_pair_is_two_claims_on_one_line_with_their_directions()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,published\n"
            + "p1,DeepSeek,DeepSeek,model-unit-price,输入0.8元/百万tokens，输出2元/百万tokens,2025-09-29\n");

        rows.Should().HaveCount(2);
        rows.Should().OnlyContain(r => r.LineNumber == 2);
        rows[0].Claim!.Id.Should().Be("p1#input");
        rows[0].Claim!.Basis.Scope[ScopeKeys.TokenDirection].Should().Be("input");
        rows[0].Claim!.Figure.ToCanonical().Value.Should().Be(Interval.Exactly(0.0000008m));
        rows[1].Claim!.Id.Should().Be("p1#output");
        rows[1].Claim!.Basis.Scope[ScopeKeys.TokenDirection].Should().Be("output");
        rows[1].Claim!.Figure.ToCanonical().Value.Should().Be(Interval.Exactly(0.000002m));
        rows[1].Claim!.Figure.Text.Should().Be("输入0.8元/百万tokens，输出2元/百万tokens", "value_as_printed keeps the whole cell");
    }

    [Fact]
    public void A_part_that_contradicts_the_scope_rejects_the_row()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,scope,value\n"
            + "p1,DeepSeek,DeepSeek,model-unit-price,token-direction=input,输入0.8元/百万tokens，输出2元/百万tokens\n");

        rows.Should().ContainSingle();
        rows[0].Rejection!.Code.Should().Be("scope.contradicts-value");
    }

    [Fact]
    public void A_change_from_a_level_to_a_level_gives_start_end_and_the_derived_multiple()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,period\n"
            + "g1,字节跳动,豆包,own-products-token-consumption,从1200亿tokens增长到超30万亿tokens,2025上半年\n");

        rows.Select(r => r.Claim!.Id).Should().Equal("g1#start", "g1#end", "g1#multiple");
        rows[0].Claim!.Basis.Scope[ScopeKeys.ChangePoint].Should().Be("start");
        rows[1].Claim!.Figure.Value.Should().Be(new Interval(Bound.Exclusive(30_000_000_000_000m), Bound.Unbounded));
        Claim multiple = rows[2].Claim!;
        multiple.Basis.Id.Should().Be(MetricBasis.GrowthMultiple.Id);
        multiple.Basis.Scope[ScopeKeys.Measure].Should().Be("own-products-token-consumption");
        multiple.Status.Should().Be(FigureStatus.Derived);
        multiple.Figure.Value.Should().Be(new Interval(Bound.Exclusive(250m), Bound.Unbounded));
    }

    [Theory]
    [InlineData("zh-TW", "3000000000000")]
    [InlineData("zh-HK", "3000000000000")]
    [InlineData("ja", "3000000000000")]
    public void Zhao_is_ten_to_the_twelfth_in_traditional_chinese_and_japanese(string language, string expected)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,language\n" + $"t1,IDC,阿里雲,full-stack-cloud-revenue,3兆元,{language}\n");

        rows[0].Claim!.Figure.Value.Should().Be(Interval.Exactly(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        rows[0].Claim!.Language.Should().Be(language);
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("")]
    [InlineData("en")]
    public void Zhao_alone_is_refused_elsewhere(string language)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,language\n" + $"t1,IDC,阿里雲,full-stack-cloud-revenue,3兆元,{language}\n");

        rows[0].Rejection!.Code.Should().Be("value.ambiguous-scale");
    }

    [Fact]
    public void A_language_that_is_no_tag_is_rejected()
    {
        Read("id,claimant,subject,basis,value,language\nt1,IDC,阿里雲,full-stack-cloud-revenue,3億元,Chinese (Taiwan)\n")[0]
            .Rejection!.Code.Should().Be("language.invalid");
    }

    [Theory]
    [InlineData("不包含自有业务调用", "46.4%", "maas-token-volume", "scope_notes: 不包含自有业务")]
    [InlineData("基于MaaS形态统计", "46.4%", "maas-token-volume", "scope_notes: 基于MaaS")]
    [InlineData("全栈AI云", "超800億元", "full-stack-cloud-revenue", "scope_notes: 全栈")]
    [InlineData("含定制和行业解决方案", "26.4%", "ai-public-cloud-services-revenue", "scope_notes: 含定制")]
    [InlineData("中标项目数", "48个", "llm-tender-wins", "scope_notes: 中标")]
    [InlineData("", "0.0008元/千Tokens", "model-unit-price", "unit: CNY/1K token")]
    [InlineData("", "20-40ms", "serving-latency", "unit: ms")]
    [InlineData("", "同比增长28%", "growth-rate", "unit: % (a change)")]
    public void An_empty_basis_is_inferred_from_its_cue_and_marked(string notes, string value, string basis, string cue)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,period,market,scope_notes\n"
            + $"b1,IDC,volcano-engine,,{value},2025上半年,cn-public-cloud-llm,{notes}\n");

        Claim claim = rows[0].Claim!;
        claim.Basis.Id.Should().Be(basis);
        claim.BasisInferredFrom.Should().Contain(cue);
        NormalizationResult result = NormalizationPipeline.CreateDefault().Normalize(claim);
        result.Records.Should().NotBeEmpty(result.Failure?.Message);
        result.Records[0].Assumptions.Should().Contain(n => n.Code == "basis.inferred");
    }

    [Fact]
    public void An_empty_basis_without_a_cue_is_rejected_with_the_candidates()
    {
        CsvRejection rejection = Read("id,claimant,subject,basis,value\nb1,IDC,阿里云,,超800億元\n")[0].Rejection!;

        rejection.Code.Should().Be("basis.undecided");
        rejection.Column.Should().Be("basis");
        rejection.Reason.Should().Contain("full-stack-cloud-revenue").And.Contain("maas-revenue");
    }

    [Fact]
    public void Cues_for_two_bases_reject_the_row_naming_both()
    {
        CsvRejection rejection = Read("id,claimant,subject,basis,value,scope_notes\nb1,IDC,阿里云,,超800億元,全栈；含定制\n")[0].Rejection!;

        rejection.Code.Should().Be("basis.undecided");
        rejection.Reason.Should().Contain("full-stack-cloud-revenue or ai-public-cloud-services-revenue");
    }
}
