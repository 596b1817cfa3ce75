namespace MarketMetrics.Tests.Quantities;

public class IntervalTests
{
    [Fact]
    public void Default_IsAll_WithBothEndsUnbounded()
    {
        Interval value = default;

        value.Should().Be(Interval.All);
        value.Low.IsUnbounded.Should().BeTrue();
        value.High.IsUnbounded.Should().BeTrue();
        value.Contains(-1e20m).Should().BeTrue();
    }

    [Fact]
    public void Constructor_LowAboveHigh_Throws()
    {
        Action act = () => _ = new Interval(Bound.Inclusive(6m), Bound.Inclusive(5m));

        act.Should().Throw<ArgumentException>().WithParameterName("low");
    }

    [Fact]
    public void Constructor_EqualEndsNotBothIncluded_ThrowsBecauseEmpty()
    {
        Action act = () => _ = new Interval(Bound.Exclusive(5m), Bound.Inclusive(5m));

        act.Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Theory]
    [InlineData(500_000_000_000, false)]
    [InlineData(500_000_000_001, true)]
    [InlineData(1e27, true)]
    public void GreaterThan_ExcludesItsLowEnd(decimal candidate, bool expected)
    {
        Interval.GreaterThan(500_000_000_000m).Contains(candidate).Should().Be(expected);
    }

    [Fact]
    public void Closed_IncludesBothEnds_AndNothingOutside()
    {
        Interval range = Interval.Closed(20m, 40m);

        range.Contains(20m).Should().BeTrue();
        range.Contains(40m).Should().BeTrue();
        range.Contains(19.999m).Should().BeFalse();
        range.Contains(40.001m).Should().BeFalse();
    }

    [Fact]
    public void Equals_TrailingZeros_AreTheSameValue()
    {
        Interval.Exactly(5m).Should().Be(Interval.Exactly(5.000m));
        Interval.Exactly(5m).GetHashCode().Should().Be(Interval.Exactly(5.000m).GetHashCode());
    }

    [Fact]
    public void Equals_InclusiveAndExclusiveEnds_Differ()
    {
        Interval.AtLeast(5m).Should().NotBe(Interval.GreaterThan(5m));
    }

    [Fact]
    public void Overlaps_TouchingAtAnExcludedEnd_DoesNotOverlap()
    {
        Interval.LessThan(5m).Overlaps(Interval.AtLeast(5m)).Should().BeFalse();
        Interval.AtMost(5m).Overlaps(Interval.AtLeast(5m)).Should().BeTrue();
        Interval.Closed(1m, 2m).Overlaps(Interval.GreaterThan(2m)).Should().BeFalse();
    }

    [Fact]
    public void IsEntirelyBelow_OrderIsCertainOnlyWithoutOverlap()
    {
        Interval.Closed(1m, 2m).IsEntirelyBelow(Interval.GreaterThan(2m)).Should().BeTrue();
        Interval.Closed(1m, 2m).IsEntirelyBelow(Interval.AtLeast(2m)).Should().BeFalse();
        Interval.LessThan(5m).IsEntirelyBelow(Interval.Exactly(5m)).Should().BeTrue();
        Interval.AtLeast(5m).IsEntirelyBelow(Interval.Exactly(100m)).Should().BeFalse();
        Interval.Exactly(100m).IsEntirelyBelow(Interval.AtLeast(5m)).Should().BeFalse();
    }

    [Fact]
    public void ContainsInterval_SubsetAndSuperset()
    {
        Interval.GreaterThan(1m).Contains(Interval.Closed(2m, 3m)).Should().BeTrue();
        Interval.GreaterThan(1m).Contains(Interval.AtLeast(1m)).Should().BeFalse();
        Interval.Closed(2m, 3m).Contains(Interval.GreaterThan(1m)).Should().BeFalse();
    }

    [Fact]
    public void ToString_UsesIntervalNotationAndInvariantNumbers_WhateverTheCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Interval.Closed(0.02m, 0.04m).ToString().Should().Be("[0.02, 0.04]");
            Interval.GreaterThan(500_000_000_000m).ToString().Should().Be("(500000000000, +∞)");
            Interval.LessThan(50m).ToString().Should().Be("(−∞, 50)");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Bound_ValueOfUnbounded_ThrowsInvalidOperation()
    {
        Action act = () => _ = Bound.Unbounded.Value;

        act.Should().Throw<InvalidOperationException>();
        Bound.Unbounded.ValueOrNull.Should().BeNull();
    }
}
