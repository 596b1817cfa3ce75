using CsCheck;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>Law: format → parse gives back the interval and unit, for every canonical unit and every interval shape.</summary>
public class FigureTextTests
{
    private static readonly Unit[] CanonicalUnits =
    [
        MarketMetrics.Units.One, MarketMetrics.Units.Token, MarketMetrics.Units.Percent, MarketMetrics.Units.PercentagePoint,
        MarketMetrics.Units.Count, MarketMetrics.Units.Rank, MarketMetrics.Units.Second, MarketMetrics.Units.TokensPerMinute, MarketMetrics.Units.Multiple,
        MarketMetrics.Units.Cny, MarketMetrics.Units.Usd, MarketMetrics.Units.PricePerToken("CNY"), MarketMetrics.Units.PricePerToken("USD"),
    ];

    private static readonly Gen<decimal> Value =
        Gen.Select(Gen.Long[0, 999_999_999_999L], Gen.Int[0, 9], (m, s) => new decimal(m) / Pow10(s));

    [Fact]
    public void FormatThenParse_GivesTheSameIntervalAndUnit_ForEveryCanonicalUnit()
    {
        Gen.Select(Value, Value, Gen.Int[0, CanonicalUnits.Length - 1], Gen.Int[0, 7]).Sample(t =>
        {
            var (a, b, u, shape) = t;
            (decimal low, decimal high) = a <= b ? (a, b) : (b, a);
            if (low == high)
            {
                shape = shape % 2 == 0 ? 0 : 6;
            }

            Interval interval = shape switch
            {
                0 => Interval.Exactly(low),
                1 => Interval.GreaterThan(low),
                2 => Interval.AtLeast(low),
                3 => Interval.LessThan(high),
                4 => Interval.AtMost(high),
                5 => Interval.Closed(low, high),
                6 => Interval.Exactly(high),
                _ => new Interval(Bound.Exclusive(low), Bound.Inclusive(high)),
            };
            FigureQualifier qualifier = shape switch
            {
                0 or 6 => FigureQualifier.Exact,
                1 => FigureQualifier.Over,
                2 => FigureQualifier.AtLeast,
                3 => FigureQualifier.Under,
                4 => FigureQualifier.AtMost,
                _ => FigureQualifier.Range,
            };
            var figure = new Figure(interval, CanonicalUnits[u], qualifier);
            string text = FigureText.Format(figure);
            ParseResult<Figure> parsed = QuantityParser.Default.Parse(text);
            return parsed.Success && parsed.Value.Value.Equals(interval) && parsed.Value.Unit.Equals(figure.Unit);
        }, iter: 5_000);
    }

    [Theory]
    [InlineData("超5000億Tokens", "over 500000000000 tokens")]
    [InlineData("0.0008元/千Tokens", "0.0008 CNY/1K token")]
    [InlineData("20-40ms", "between 20 and 40 ms")]
    [InlineData("约十家", "about 10个")]
    [InlineData("三千四百五十几万", "above 34500000 and below 34600000")]
    public void Format_PrintedFigures_ReadsAsExpected(string printed, string expected)
    {
        FigureText.Format(QuantityParser.Default.Parse(printed).Value).Should().Be(expected);
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
