using Xunit.Sdk;

namespace MarketMetrics.Testing.Tests;

public class AssertionsAndBuildersTests
{
    [Fact]
    public void BeComparableTo_SameBasisMarketPeriod_Passes_AndDifferentBasis_FailsNamingTheReason()
    {
        ComparableRecord qwen = SampleData.Record("seed-15a");
        ComparableRecord doubao = SampleData.Record("seed-15b");
        ComparableRecord volcano = SampleData.Record("seed-01");

        qwen.Should().BeComparableTo(doubao);
        Action act = () => qwen.Should().BeComparableTo(volcano);

        act.Should().Throw<XunitException>().WithMessage("*seed-15a*seed-01*basis*");
        qwen.Should().NotBeComparableTo(volcano, "share-denominator");
    }

    [Fact]
    public void HaveCanonicalValue_And_BeExactly_CheckTheCanonicalInterval()
    {
        ComparableRecord price = SampleData.Record("seed-07");

        price.Should().BeExactly(0.0000008m, "CNY/token").And.HaveCanonicalValue(Interval.Exactly(0.0000008m));
        Action wrongUnit = () => price.Should().BeExactly(0.0000008m, "USD/token");
        Action wrongValue = () => price.Should().HaveCanonicalValue(Interval.Exactly(0.0008m));

        wrongUnit.Should().Throw<XunitException>().WithMessage("*USD/token*");
        wrongValue.Should().Throw<XunitException>().WithMessage("*0.0008*");
    }

    [Fact]
    public void ClaimBuilder_Defaults_AreAValidClaimOnTheMaasBasis_AndIdsSayWhatTheClaimIs()
    {
        Claim first = new ClaimBuilder().Build();
        Claim second = new ClaimBuilder().Build();
        Claim other = new ClaimBuilder().By("火山引擎").WithValue("46.4%").Build();

        first.Id.Should().Be(second.Id, "the default id does not depend on how many claims were built before");
        other.Id.Should().Be("火山引擎/maas-token-volume/2025-H1/46.4%");
        new ClaimBuilder().WithId("mine").Build().Id.Should().Be("mine");
        RecordBuilder.From(first).Should().BeExactly(1_000m, "token");
        first.Period!.Days.Should().Be(181);
    }

    [Fact]
    public void ClaimBuilder_PrintedValueThatDoesNotParse_ThrowsWithTheParseError()
    {
        Action act = () => new ClaimBuilder().WithValue("46.4% and 17.7%");

        act.Should().Throw<MarketMetricsException>().WithMessage("*ambiguous*");
    }

    [Fact]
    public void SampleData_HasTheArticlesRecords()
    {
        SampleData.Claims.Should().HaveCount(21);
        SampleData.Record("seed-09").Should().BeExactly(536_700_000_000_000m, "token");
        Action act = () => SampleData.Record("nope");
        act.Should().Throw<KeyNotFoundException>();
    }
}
