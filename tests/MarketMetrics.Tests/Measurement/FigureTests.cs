namespace MarketMetrics.Tests.Measurement;

public class FigureTests
{
    [Fact]
    public void Constructor_QualifierThatDoesNotFitTheInterval_Throws()
    {
        Action act = () => _ = new Figure(Interval.AtLeast(5m), MarketMetrics.Units.Token, FigureQualifier.Over);

        act.Should().Throw<ArgumentException>().WithMessage("*excluded low end*");
    }

    [Fact]
    public void ToCanonical_KeepsQualifierScaleAndText()
    {
        var figure = new Figure(Interval.Closed(20m, 40m), MarketMetrics.Units.Millisecond, FigureQualifier.Range, null, "20-40ms");

        Figure canonical = figure.ToCanonical();

        canonical.Value.Should().Be(Interval.Closed(0.02m, 0.04m));
        canonical.Unit.Should().Be(MarketMetrics.Units.Second);
        canonical.Qualifier.Should().Be(FigureQualifier.Range);
        canonical.Text.Should().Be("20-40ms");
    }

    [Fact]
    public void Equals_IsStrict_IsEquivalentToComparesAmounts()
    {
        var inMs = new Figure(Interval.Exactly(20m), MarketMetrics.Units.Millisecond);
        var inS = new Figure(Interval.Exactly(0.02m), MarketMetrics.Units.Second);

        inMs.Should().NotBe(inS);
        inMs.IsEquivalentTo(inS).Should().BeTrue();
        inMs.IsEquivalentTo(new Figure(Interval.Exactly(0.021m), MarketMetrics.Units.Second)).Should().BeFalse();
    }

    [Fact]
    public void ConvertCurrency_UsesTheRateAndLandsOnTheTargetCanonicalUnit()
    {
        var price = new Figure(Interval.Exactly(0.28m), MarketMetrics.Units.PricePerMillionTokens("USD"));
        var rate = new FxRate("USD", "CNY", 7.1m, new DateOnly(2025, 6, 30), "test rate");

        Figure inCny = price.ConvertCurrency(rate);

        inCny.Unit.Should().Be(MarketMetrics.Units.PricePerToken("CNY"));
        inCny.Value.Should().Be(Interval.Exactly(0.000001988m));
    }

    [Fact]
    public void ConvertCurrency_RateForAnotherCurrency_Throws()
    {
        var revenue = new Figure(Interval.Exactly(1m), MarketMetrics.Units.Cny);
        var rate = new FxRate("USD", "EUR", 0.9m, new DateOnly(2025, 6, 30), "test rate");

        Action act = () => revenue.ConvertCurrency(rate);

        act.Should().Throw<ArgumentException>().WithMessage("*USD*CNY*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void FxRate_NotPositive_Throws(int rate)
    {
        Action act = () => _ = new FxRate("USD", "CNY", rate, new DateOnly(2025, 1, 1), "x");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
