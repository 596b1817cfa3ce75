namespace MarketMetrics.Tests.Quantities;

public class IntervalArithmeticTests
{
    [Fact]
    public void Scale_PricePerThousandToPerToken_IsExact()
    {
        // 0.0008元/千Tokens = 0.0000008 CNY per token, exactly.
        Interval perToken = Interval.Exactly(0.0008m).Scale(0.001m);

        perToken.Should().Be(Interval.Exactly(0.0000008m));
        perToken.Scale(1_000_000m).Should().Be(Interval.Exactly(0.8m));
    }

    [Fact]
    public void Scale_OverByWanYi_KeepsTheExcludedLowEnd()
    {
        Interval scaled = Interval.GreaterThan(16.4m).Scale(1_000_000_000_000m);

        scaled.Should().Be(Interval.GreaterThan(16_400_000_000_000m));
    }

    [Fact]
    public void Scale_Negative_SwapsTheEnds()
    {
        Interval.GreaterThan(2m).Scale(-3m).Should().Be(Interval.LessThan(-6m));
    }

    [Fact]
    public void Multiply_TokensByPrice_GivesRevenue()
    {
        // 536.7萬億 tokens at 0.0000008 CNY/token = 429,360,000 CNY.
        Interval revenue = Interval.Exactly(536_700_000_000_000m).Multiply(Interval.Exactly(0.0000008m));

        revenue.Should().Be(Interval.Exactly(429_360_000m));
    }

    [Fact]
    public void Multiply_RangeByOpenRange_CombinesInclusiveness()
    {
        Interval product = Interval.Closed(5m, 6m).Multiply(Interval.GreaterThan(2m));

        product.Should().Be(Interval.GreaterThan(10m));
    }

    [Fact]
    public void Multiply_MixedSigns_TakesTheExtremeProducts()
    {
        Interval.Closed(-2m, 3m).Multiply(Interval.Closed(-5m, 4m)).Should().Be(Interval.Closed(-15m, 12m));
    }

    [Fact]
    public void Multiply_IncludedZeroTimesUnbounded_StaysZeroAtTheLowEnd()
    {
        Interval.Closed(0m, 1m).Multiply(Interval.AtLeast(1m)).Should().Be(Interval.AtLeast(0m));
        Interval.Closed(0m, 1m).Multiply(Interval.AtLeast(1m)).Low.IsInclusive.Should().BeTrue();
        new Interval(Bound.Exclusive(0m), Bound.Inclusive(1m)).Multiply(Interval.AtLeast(1m)).Should().Be(Interval.GreaterThan(0m));
    }

    [Fact]
    public void Divide_CapacityByPerUserLoad_GivesUsers()
    {
        // 500萬 TPM ÷ 500 TPM per user = 10,000 users.
        Interval.Exactly(5_000_000m).Divide(500m).Should().Be(Interval.Exactly(10_000m));
    }

    [Fact]
    public void Divide_LatencyRange_GivesTokensPerSecondRange()
    {
        // One token every 0.02-0.04 s is 25-50 tokens per second.
        Interval.Exactly(1m).Divide(Interval.Closed(0.02m, 0.04m)).Should().Be(Interval.Closed(25m, 50m));
    }

    [Fact]
    public void Divide_NonTerminating_RoundsOutwardAndContainsTheTruth()
    {
        // 536.7萬億 tokens over the 181 days of H1 2025: not a terminating decimal.
        Interval daily = Interval.Exactly(536_700_000_000_000m).Divide(181m);

        daily.IsPoint.Should().BeFalse();
        daily.Low.Value.Should().BeLessThan(daily.High.Value);
        (daily.Low.Value * 181m).Should().BeLessThanOrEqualTo(536_700_000_000_000m);
        (daily.High.Value * 181m).Should().BeGreaterThanOrEqualTo(536_700_000_000_000m);
        (daily.High.Value - daily.Low.Value).Should().BeLessThan(0.000_000_001m);
        decimal.Round(daily.Low.Value, 0).Should().Be(2_965_193_370_166m);
    }

    [Fact]
    public void Divide_ByIntervalContainingZero_Throws()
    {
        Action act = () => Interval.Exactly(1m).Divide(Interval.Closed(-1m, 1m));

        act.Should().Throw<ArgumentException>().WithParameterName("divisor");
    }

    [Fact]
    public void Divide_ByOpenRangeStartingAtExcludedZero_IsUnboundedAbove()
    {
        Interval quotient = Interval.Exactly(1m).Divide(new Interval(Bound.Exclusive(0m), Bound.Inclusive(2m)));

        quotient.Should().Be(Interval.AtLeast(0.5m));
    }

    [Fact]
    public void Divide_ByUnboundedDivisor_ApproachesZeroWithoutReachingIt()
    {
        Interval.Exactly(10m).Divide(Interval.AtLeast(2m)).Should().Be(new Interval(Bound.Exclusive(0m), Bound.Inclusive(5m)));
    }

    [Fact]
    public void Add_RangesAndOpenEnds()
    {
        Interval.Closed(1m, 2m).Add(Interval.GreaterThan(3m)).Should().Be(Interval.GreaterThan(4m));
        Interval.Closed(1m, 2m).Add(Interval.Closed(0.5m, 0.25m + 0.5m)).Should().Be(Interval.Closed(1.5m, 2.75m));
    }

    [Fact]
    public void Multiply_BeyondDecimalRange_ThrowsOverflow()
    {
        Action act = () => Interval.Exactly(decimal.MaxValue).Scale(10m);

        act.Should().Throw<OverflowException>();
    }
}
