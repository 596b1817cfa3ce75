using System.Globalization;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;
using MarketMetrics.Tests.Normalization;

namespace MarketMetrics.Tests.Records;

/// <summary>The bound shortcuts on figures and records, and the contract names as extension methods.</summary>
public class ShortcutAndContractNameTests
{
    [Theory]
    [InlineData("超5000亿Tokens", "500000000000", null)]
    [InlineData("不到5%", null, "5")]
    [InlineData("46.4%", "46.4", "46.4")]
    [InlineData("3-5亿元", "300000000", "500000000")]
    public void FigureLowAndHigh_AreTheBoundValues_OrNullWhenOpen(string text, string? low, string? high)
    {
        Figure figure = QuantityParser.Default.Parse(text).Value;

        figure.Low.Should().Be(low is null ? null : decimal.Parse(low, CultureInfo.InvariantCulture));
        figure.High.Should().Be(high is null ? null : decimal.Parse(high, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RecordLowAndHigh_AreInTheCanonicalUnit()
    {
        ComparableRecord record = NormalizationPipeline.CreateDefault().Normalize(SeedClaims.ById("seed-09")).Records[0];

        record.Low.Should().Be(536_700_000_000_000m);
        record.High.Should().Be(536_700_000_000_000m);
    }

    [Fact]
    public void ToContractName_IsTheKebabCaseNameOfTheOutputs()
    {
        FigureQualifier.AtLeast.ToContractName().Should().Be("at-least");
        Aggregation.DailyAverage.ToContractName().Should().Be("daily-average");
        Aggregation.AnnualizedRunRate.ToContractName().Should().Be("annualized-run-rate");
        PeriodKind.FiscalYear.ToContractName().Should().Be("fiscal-year");
        FigureStatus.Estimate.ToContractName().Should().Be("estimate");
        PublisherKind.Analyst.ToContractName().Should().Be("analyst");
        EntityKind.ModelFamily.ToContractName().Should().Be("model-family");
        EntityKind.Market.ToContractName().Should().Be("market");
        Aggregation.DailyAverage.ToString().Should().Be("DailyAverage", "ToString keeps the C# name; the contract name differs");
    }
}
