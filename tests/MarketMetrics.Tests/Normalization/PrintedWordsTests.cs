using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Normalization;

/// <summary>
/// What the words of a printed value say reaches the record or stops it: a change is no level (refused on a level basis,
/// kept on a growth basis with what it is compared against), a token direction goes into the scope (and a contradicting
/// scope is refused), a forecast word makes a forecast; a listed group of vendors is one group subject.
/// </summary>
public class PrintedWordsTests
{
    private static readonly NormalizationPipeline Pipeline = NormalizationPipeline.CreateDefault();

    private static Claim ClaimOf(string value, MetricBasis basis, string subject = "alibaba-cloud") =>
        new("c1", "idc", subject, QuantityParser.Default.Parse(value).Value, basis) { Period = PeriodParser.Default.Parse("2024年").Value.Period, Market = Market.ChinaPublicCloudLlm };

    [Theory]
    [InlineData("同比增长28%")]
    [InlineData("增长近400%")]
    [InlineData("up 28% year over year")]
    [InlineData("下降5个百分点")]
    public void A_change_on_a_level_basis_is_refused(string value)
    {
        NormalizationResult result = Pipeline.Normalize(ClaimOf(value, MetricBasis.FullStackCloudRevenue));

        result.Success.Should().BeFalse();
        result.Failure!.Code.Should().Be("figure.is-change");
    }

    [Theory]
    [InlineData("同比增长28%", "28", "year-on-year")]
    [InlineData("环比增长12%", "12", "period-on-period")]
    [InlineData("同比下降7%", "-7", "year-on-year")]
    public void A_change_on_a_growth_basis_keeps_its_sign_and_comparison(string value, string expected, string comparison)
    {
        ComparableRecord record = Pipeline.Normalize(ClaimOf(value, MetricBasis.GrowthRate)).Records.Single();

        record.Value.Value.Should().Be(Interval.Exactly(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        record.Basis.Scope[ScopeKeys.Comparison].Should().Be(comparison);
    }

    [Theory]
    [InlineData("输入0.8元/百万tokens", "input")]
    [InlineData("$15 per million output tokens", "output")]
    [InlineData("缓存命中0.2元/百万tokens", "cached-input")]
    public void A_printed_token_direction_goes_into_the_scope(string value, string direction)
    {
        ComparableRecord record = Pipeline.Normalize(ClaimOf(value, MetricBasis.ModelUnitPrice, "deepseek")).Records.Single();

        record.Basis.Scope[ScopeKeys.TokenDirection].Should().Be(direction);
        record.Warnings.Should().NotContain(n => n.Code == "price.direction-unstated");
    }

    [Fact]
    public void A_printed_direction_that_contradicts_the_scope_is_refused()
    {
        NormalizationResult result = Pipeline.Normalize(ClaimOf("输入0.8元/百万tokens", MetricBasis.ModelUnitPrice.WithScope(ScopeKeys.TokenDirection, "output"), "deepseek"));

        result.Failure!.Code.Should().Be("scope.contradicts-value");
    }

    [Fact]
    public void A_forecast_word_makes_the_record_a_forecast()
    {
        ComparableRecord record = Pipeline.Normalize(ClaimOf("预计超过1000亿元", MetricBasis.FullStackCloudRevenue)).Records.Single();

        record.Status.Should().Be(FigureStatus.Forecast);
    }

    [Theory]
    [InlineData("阿里云+华为云+腾讯云", "alibaba-cloud+huawei-cloud+tencent-cloud")]
    [InlineData("阿里云、华为云、腾讯云合计", "alibaba-cloud+huawei-cloud+tencent-cloud")]
    [InlineData("AWS, Microsoft Azure and Google Cloud combined", "aws+microsoft-azure+google-cloud")]
    public void A_listed_group_is_one_group_subject_with_its_members(string printed, string id)
    {
        ComparableRecord record = Pipeline.Normalize(ClaimOf("超过60%", MetricBasis.FullStackCloudRevenue, printed)).Records.Single();

        record.Subject.Should().Be(id);
        EntityAliases.Default.IsGroup(record.Subject).Should().BeTrue();
        EntityAliases.Default.MembersOf(record.Subject).Should().Equal(id.Split('+'));
    }

    [Theory]
    [InlineData("阿里云+某厂商")] // an unknown member: no group is made up
    [InlineData("阿里云+阿里云")] // one member twice
    public void A_list_with_an_unknown_or_repeated_member_is_no_group(string printed)
    {
        ComparableRecord record = Pipeline.Normalize(ClaimOf("超过60%", MetricBasis.FullStackCloudRevenue, printed)).Records.Single();

        record.Subject.Should().Be(printed);
        record.Warnings.Should().Contain(n => n.Code == "alias.unknown");
    }

    [Theory]
    [InlineData("千问", "qwen")]
    [InlineData("豆包", "doubao")]
    [InlineData("文心大模型", "ernie")]
    [InlineData("腾讯混元", "hunyuan")]
    [InlineData("Kimi", "moonshot")]
    [InlineData("智谱GLM", "glm")]
    [InlineData("讯飞星火", "spark")]
    [InlineData("亚马逊云科技", "aws")]
    [InlineData("Microsoft Azure", "microsoft-azure")]
    [InlineData("Microsoft Cloud", "microsoft-cloud")] // the commercial cloud Microsoft reports (Azure, Microsoft 365 commercial, Dynamics...), not Azure alone
    [InlineData("谷歌云", "google-cloud")]
    [InlineData("Omdia", "omdia")]
    [InlineData("沙利文", "frost-sullivan")]
    [InlineData("Canalys", "canalys")]
    [InlineData("Synergy Research Group", "synergy")]
    [InlineData("Gartner", "gartner")]
    public void Real_names_resolve(string name, string id)
    {
        EntityAliases.Default.TryResolve(name, out Entity? entity).Should().BeTrue();
        entity!.Id.Should().Be(id);
    }
}
