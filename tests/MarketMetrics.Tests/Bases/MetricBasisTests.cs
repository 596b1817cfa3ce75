namespace MarketMetrics.Tests.Bases;

public class MetricBasisTests
{
    [Fact]
    public void Equality_IncludesScope()
    {
        MetricBasis withoutThirdParty = MetricBasis.MaasTokenVolume.WithScope(ScopeKeys.ThirdPartyModels, false);

        withoutThirdParty.Should().NotBe(MetricBasis.MaasTokenVolume);
        withoutThirdParty.Id.Should().Be(MetricBasis.MaasTokenVolume.Id);
        withoutThirdParty.WithScope(ScopeKeys.ThirdPartyModels, true).Should().Be(MetricBasis.MaasTokenVolume);
    }

    [Fact]
    public void MaasTokenVolume_ExcludesWhatTheArticleSaysItLeavesOut()
    {
        BasisScope scope = MetricBasis.MaasTokenVolume.Scope;

        scope[ScopeKeys.InternalBusinessCalls].Should().Be(ScopeKeys.Excluded);
        scope[ScopeKeys.SelfDeployedOpenSource].Should().Be(ScopeKeys.Excluded);
        scope[ScopeKeys.PrivateCloud].Should().Be(ScopeKeys.Excluded);
        scope[ScopeKeys.ThirdPartyModels].Should().Be(ScopeKeys.Included);
    }

    [Fact]
    public void Differences_NamesEveryKeyThatDiffers()
    {
        IReadOnlyList<string> differences = MetricBasis.MaasTokenVolume.Scope.Differences(MetricBasis.OwnProductsTokenConsumption.Scope);

        differences.Should().Equal(
            ScopeKeys.Channels, ScopeKeys.InternalBusinessCalls, ScopeKeys.PrivateCloud, ScopeKeys.SelfDeployedOpenSource, ScopeKeys.ThirdPartyModels);
    }

    [Fact]
    public void WellKnown_IdsAndScopesAreUnique()
    {
        MetricBasis.WellKnown.Should().OnlyHaveUniqueItems();
        MetricBasis.WellKnown.Should().HaveCount(30);
    }

    [Fact]
    public void TenderWins_ByCountAndByAmount_AreTwoBasesWithOneId()
    {
        MetricBasis.LlmTenderWinsByAmount.Id.Should().Be(MetricBasis.LlmTenderWinsByCount.Id);
        MetricBasis.LlmTenderWinsByAmount.Should().NotBe(MetricBasis.LlmTenderWinsByCount);
        MetricBasis.LlmTenderWinsByAmount.Scope[ScopeKeys.Measure].Should().Be("amount");
    }

    [Theory]
    [InlineData("GPU-Rental")]
    [InlineData("gpu rental")]
    [InlineData("")]
    public void Constructor_BadId_Throws(string id)
    {
        Action act = () => _ = new MetricBasis(id, "n", "d", [Dimension.Money]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Scope_ToString_IsOrderedKeyValuePairs()
    {
        MetricBasis.FullStackCloudRevenue.Scope.ToString().Should().Be("iaas=included;maas=included;paas=included");
    }

    [Fact]
    public void Scope_WithSeparatorInValue_Throws()
    {
        Action act = () => BasisScope.Empty.With("a", "b;c");

        act.Should().Throw<ArgumentException>();
    }
}
