using CsCheck;

namespace MarketMetrics.Tests.Quantities;

/// <summary>Laws: interval operations contain the exact result of the operation on any members.</summary>
public class IntervalPropertyTests
{
    // Decimals with up to 12 integer digits and up to 8 fractional digits: products of two fit exactly in a decimal.
    private static readonly Gen<decimal> Exact =
        Gen.Select(Gen.Long[-999_999_999_999L, 999_999_999_999L], Gen.Int[0, 8], (mantissa, scale) => new decimal(mantissa) / Pow10(scale));

    private static readonly Gen<(Interval Interval, decimal Member)> IntervalWithMember =
        Gen.Select(Exact, Exact, Exact, Gen.Int[0, 5], (a, b, c, shape) =>
        {
            decimal[] sorted = [a, b, c];
            Array.Sort(sorted);
            (decimal low, decimal member, decimal high) = (sorted[0], sorted[1], sorted[2]);
            Interval interval = shape switch
            {
                0 => Interval.Closed(low, high),
                1 => low < member ? Interval.GreaterThan(low) : Interval.AtLeast(low),
                2 => member < high ? Interval.LessThan(high) : Interval.AtMost(high),
                3 => Interval.Exactly(member),
                4 => low < member && member < high ? new Interval(Bound.Exclusive(low), Bound.Exclusive(high)) : Interval.Closed(low, high),
                _ => Interval.All,
            };
            return (interval, member);
        });

    // Divide(decimal) and Scale(decimal) map the ends directly where they can; they must give exactly what the general
    // interval algebra gives, bounds and inclusion alike, for exact and non-terminating results.
    [Fact]
    public void DivideAndScaleByANumber_EqualTheGeneralAlgebra()
    {
        Gen<decimal> factors = Gen.OneOf(Exact.Where(d => d != 0m), Gen.OneOfConst(3m, 7m, 181m, 365m, 0.3m, -3m, 1000m, 0.001m));
        Gen.Select(IntervalWithMember, factors).Sample(pair =>
        {
            var ((x, _), f) = pair;
            return x.Divide(f).Equals(x.Divide(Interval.Exactly(f))) && x.Scale(f).Equals(x.Multiply(Interval.Exactly(f)));
        }, iter: 20_000);
    }

    [Fact]
    public void Multiply_ContainsTheProductOfAnyMembers()
    {
        Gen.Select(IntervalWithMember, IntervalWithMember).Sample(pair =>
        {
            var ((x, a), (y, b)) = pair;
            return x.Multiply(y).Contains(a * b);
        }, iter: 5_000);
    }

    [Fact]
    public void Add_ContainsTheSumOfAnyMembers()
    {
        Gen.Select(IntervalWithMember, IntervalWithMember).Sample(pair =>
        {
            var ((x, a), (y, b)) = pair;
            return x.Add(y).Contains(a + b);
        }, iter: 5_000);
    }

    [Fact]
    public void Divide_BoundsBracketTheExactQuotient()
    {
        // For d > 0: low·d ≤ a ≤ high·d exactly, checked with products rounded against the claim.
        Gen.Select(Exact, Exact.Where(d => d != 0m)).Sample(pair =>
        {
            var (a, d) = pair;
            Interval quotient = Interval.Exactly(a).Divide(d);
            decimal lowTimesD = ExactDecimal.Multiply(quotient.Low.Value, d, d > 0 ? RoundingDirection.Up : RoundingDirection.Down, out _);
            decimal highTimesD = ExactDecimal.Multiply(quotient.High.Value, d, d > 0 ? RoundingDirection.Down : RoundingDirection.Up, out _);
            return d > 0 ? lowTimesD <= a && a <= highTimesD : lowTimesD >= a && a >= highTimesD;
        }, iter: 5_000);
    }

    [Fact]
    public void Divide_ThenMultiply_ContainsTheStart()
    {
        Gen.Select(Exact, Exact.Where(d => d != 0m)).Sample(pair =>
        {
            var (a, d) = pair;
            return Interval.Exactly(a).Divide(d).Multiply(Interval.Exactly(d)).Contains(a);
        }, iter: 5_000);
    }

    [Fact]
    public void Scale_ThenDivideByTheSameFactor_IsIdentityForTerminatingFactors()
    {
        Gen.Select(IntervalWithMember, Gen.Int[0, 9]).Sample(pair =>
        {
            var ((x, _), power) = pair;
            decimal factor = Pow10(power);
            return x.Scale(factor).Divide(factor).Equals(x) && x.Divide(factor).Scale(factor).Equals(x);
        }, iter: 5_000);
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
