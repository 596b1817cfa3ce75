using CsCheck;

namespace MarketMetrics.Tests.Measurement;

public class UnitTests
{
    [Fact]
    public void Convert_MillisecondsToSeconds_IsExact()
    {
        MarketMetrics.Units.Millisecond.Convert(Interval.Closed(20m, 40m), MarketMetrics.Units.Second)
            .Should().Be(Interval.Closed(0.02m, 0.04m));
    }

    [Fact]
    public void Convert_PricePerThousandTokensToPerMillion_IsExact()
    {
        Unit perThousand = MarketMetrics.Units.PricePerThousandTokens("CNY");

        perThousand.Convert(Interval.Exactly(0.0008m), MarketMetrics.Units.PricePerMillionTokens("CNY"))
            .Should().Be(Interval.Exactly(0.8m));
        perThousand.Convert(Interval.Exactly(0.0008m), MarketMetrics.Units.PricePerToken("CNY"))
            .Should().Be(Interval.Exactly(0.0000008m));
    }

    [Fact]
    public void Convert_TokensPerDayToPerMinute_DividesBy1440()
    {
        Interval perMinute = MarketMetrics.Units.TokensPerDay.Convert(Interval.Exactly(1440m * 7m), MarketMetrics.Units.TokensPerMinute);

        perMinute.Should().Be(Interval.Exactly(7m));
    }

    [Fact]
    public void Convert_AcrossCurrencies_ThrowsAndNamesBothUnits()
    {
        Action act = () => MarketMetrics.Units.Cny.Convert(Interval.Exactly(1m), MarketMetrics.Units.Usd);

        act.Should().Throw<ArgumentException>().WithMessage("*'CNY'*'USD'*");
        MarketMetrics.Units.Cny.CanConvertTo(MarketMetrics.Units.Usd).Should().BeFalse();
    }

    [Fact]
    public void Convert_AcrossDimensions_Throws()
    {
        Action act = () => MarketMetrics.Units.Token.Convert(Interval.Exactly(1m), MarketMetrics.Units.Second);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_SameAmountInOtherUnit_IsNotEqualAsData()
    {
        MarketMetrics.Units.Millisecond.Should().NotBe(MarketMetrics.Units.Second);
        MarketMetrics.Units.Currency("CNY").Should().BeSameAs(MarketMetrics.Units.Cny);
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("RMB1")]
    [InlineData("")]
    [InlineData("元")]
    public void Currency_NotAnIsoCode_Throws(string code)
    {
        Action act = () => MarketMetrics.Units.Currency(code);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CanonicalSymbols_AreThePublicContract()
    {
        string[] symbols = [.. MarketMetrics.Units.WellKnown.Where(u => u.IsCanonical).Select(u => u.Symbol)];

        symbols.Should().BeEquivalentTo(["1", "token", "%", "pp", "count", "rank", "s", "token/min", "token/month", "x", "request/min"]);
        MarketMetrics.Units.PricePerThousandTokens("USD").Canonical.Symbol.Should().Be("USD/token");
        MarketMetrics.Units.MoneyPerYear("CNY").Canonical.Symbol.Should().Be("CNY/month");
        MarketMetrics.Units.MoneyPerTime("USD", MarketMetrics.Units.Day).Canonical.Symbol.Should().Be("USD/h");
    }

    [Fact]
    public void Convert_ThereAndBack_IsIdentity_WheneverTheFirstStepIsExact()
    {
        // Powers of ten convert exactly both ways; coarse to fine (day to seconds, token/s to token/min) exactly one way.
        (Unit From, Unit To)[] pairs =
        [
            (MarketMetrics.Units.Second, MarketMetrics.Units.Millisecond),
            (MarketMetrics.Units.Millisecond, MarketMetrics.Units.Second),
            (MarketMetrics.Units.Day, MarketMetrics.Units.Second),
            (MarketMetrics.Units.Hour, MarketMetrics.Units.Millisecond),
            (MarketMetrics.Units.Minute, MarketMetrics.Units.Second),
            (MarketMetrics.Units.PricePerToken("CNY"), MarketMetrics.Units.PricePerMillionTokens("CNY")),
            (MarketMetrics.Units.PricePerMillionTokens("CNY"), MarketMetrics.Units.PricePerThousandTokens("CNY")),
            (MarketMetrics.Units.PricePerThousandTokens("USD"), MarketMetrics.Units.PricePerToken("USD")),
            (MarketMetrics.Units.TokensPerSecond, MarketMetrics.Units.TokensPerMinute),
            (MarketMetrics.Units.TokensPerMinute, MarketMetrics.Units.TokensPerDay),
        ];
        Gen<decimal> value = Gen.Select(Gen.Long[-99_999_999_999L, 99_999_999_999L], Gen.Int[0, 6], (m, s) => new decimal(m) / Pow10(s));
        Gen.Select(value, Gen.Int[0, pairs.Length - 1]).Sample(t =>
        {
            var (v, i) = t;
            (Unit from, Unit to) = pairs[i];
            Interval there = from.Convert(Interval.Exactly(v), to);
            return there.IsPoint && to.Convert(there, from).Equals(Interval.Exactly(v));
        }, iter: 3_000);
    }

    [Fact]
    public void Convert_SecondsToDays_RoundsOutwardAroundTheTruth()
    {
        Interval days = MarketMetrics.Units.Second.Convert(Interval.Exactly(1m), MarketMetrics.Units.Day);

        days.IsPoint.Should().BeFalse();
        days.Contains(1m / 86400m).Should().BeTrue();
        MarketMetrics.Units.Day.Convert(days, MarketMetrics.Units.Second).Contains(1m).Should().BeTrue();
    }

    private static decimal Pow10(int power)
    {
        decimal result = 1m;
        for (int i = 0; i < power; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
