using System.Numerics;
using CsCheck;

namespace MarketMetrics.Tests.Quantities;

/// <summary>
/// Laws of the directed-rounding arithmetic over the whole decimal range: a result reported exact equals the exact
/// rational result, and an inexact one lies on the side its rounding direction asks for. The BCL fast paths and the
/// BigInteger path must both keep them.
/// </summary>
public class ExactDecimalTests
{
    // Any decimal: 96-bit mantissa, scale 0..28, either sign; small mantissas and scales are drawn often too.
    private static readonly Gen<decimal> AnyDecimal = Gen.OneOf(
        Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Byte[0, 28], (lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, scale)),
        Gen.Select(Gen.Int[-1_000_000, 1_000_000], Gen.Byte[0, 12], (mantissa, scale) => new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, scale)));

    // Mantissas of up to 12 digits followed by up to 16 zeros; the scale caps how many of them may be dropped.
    private static readonly Gen<decimal> WithTrailingZeros =
        Gen.Select(Gen.Long[-999_999_999_999, 999_999_999_999], Gen.Int[0, 16], Gen.Byte[0, 28], (mantissa, zeros, scale) =>
        {
            BigInteger full = mantissa * BigInteger.Pow(10, zeros);
            return new decimal((int)(uint)(BigInteger.Abs(full) & uint.MaxValue), (int)(uint)((BigInteger.Abs(full) >> 32) & uint.MaxValue),
                (int)(uint)(BigInteger.Abs(full) >> 64), full.Sign < 0, scale);
        });

    private static readonly Gen<RoundingDirection> Direction = Gen.OneOfConst(RoundingDirection.Down, RoundingDirection.Up);

    // Whole divisors: the days of periods, small and large ones up to the long division's nine digits.
    private static readonly Gen<decimal> WholeDivisor = Gen.OneOf(
        Gen.OneOfConst(3m, 7m, 28m, 29m, 30m, 31m, 90m, 91m, 92m, 181m, 182m, 184m, 365m, 366m, 730m, 1461m),
        Gen.Int[2, 999_999_999].Select(d => (decimal)d),
        Gen.Int[2, 99].Select(d => new decimal(d, 0, 0, false, 0)));

    [Fact]
    public void DivideByWholeNumber_GivesTheDigitsOfTheBigIntegerPath_DigitForDigit() =>
        Gen.Select(Gen.OneOf(AnyDecimal, WithTrailingZeros), WholeDivisor, Direction).Sample((dividend, divisor, direction) =>
        {
            decimal general = ExactDecimal.DivideByBigInteger(dividend, divisor, direction, out bool exact);
            if (ExactDecimal.TryDivideByWholeNumber(dividend, divisor, direction, out decimal fast))
            {
                exact.Should().BeFalse($"{dividend} ÷ {divisor} was taken as not terminating");
                fast.Should().Be(general, $"{dividend} ÷ {divisor} rounded {direction}");
                fast.Scale.Should().Be(general.Scale, $"{dividend} ÷ {divisor} rounded {direction}: the same digits, not just the same value");
            }
            else if (dividend != 0m)
            {
                (exact || Math.Abs(general) <= 0.0000000000000000000000000001m).Should().BeTrue(
                    $"{dividend} ÷ {divisor}: the long division declines only quotients that terminate or that are below the 28th place");
            }
        }, iter: 200_000);

    [Theory]
    [InlineData("536700000000000", 181, "2965193370165.7458563535911602", "2965193370165.7458563535911603")]
    [InlineData("-1", 3, "-0.3333333333333333333333333334", "-0.3333333333333333333333333333")]
    [InlineData("79228162514264337593543950335", 3, "26409387504754779197847983445", "26409387504754779197847983445")]
    [InlineData("79228162514264337593543950334", 7, "11318308930609191084791992904.857142857142857142857", "")]
    public void DivideByWholeNumber_KnownQuotients(string dividend, int divisor, string down, string up)
    {
        decimal n = decimal.Parse(dividend, System.Globalization.CultureInfo.InvariantCulture);
        decimal byDown = ExactDecimal.Divide(n, divisor, RoundingDirection.Down, out bool exact);
        if (up.Length == 0)
        {
            // Beyond the decimal digits the quotient has: only that it brackets the exact value, as both paths agree.
            ExactDecimal.Divide(n, divisor, RoundingDirection.Up, out _).Should().BeGreaterThan(byDown);
            return;
        }

        byDown.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(down);
        ExactDecimal.Divide(n, divisor, RoundingDirection.Up, out _).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(up);
        exact.Should().Be(down == up);
    }

    [Fact]
    public void WithoutTrailingZeros_KeepsTheValue_AtTheSmallestScale() =>
        Gen.OneOf(AnyDecimal, WithTrailingZeros).Sample(value =>
        {
            decimal trimmed = ExactDecimal.WithoutTrailingZeros(value);
            (BigInteger mantissa, int scale) = Parts(trimmed);
            (BigInteger original, int originalScale) = Parts(value);

            // The same rational value, and no zero left to drop after the point (the BCL's division by 1.000… agrees).
            return original * BigInteger.Pow(10, scale) == mantissa * BigInteger.Pow(10, originalScale)
                && (scale == 0 || !(mantissa % 10).IsZero)
                && decimal.GetBits(trimmed).AsSpan(0, 3).SequenceEqual(decimal.GetBits(value / 1.0000000000000000000000000000m).AsSpan(0, 3))
                && trimmed.Scale == (value / 1.0000000000000000000000000000m).Scale;
        }, iter: 20_000);

    [Fact]
    public void Multiply_IsExactOrRoundedTheWayAsked() =>
        Gen.Select(AnyDecimal, AnyDecimal, Direction).Sample((a, b, direction) =>
        {
            (BigInteger am, int ascale) = Parts(a);
            (BigInteger bm, int bscale) = Parts(b);
            return Holds(() => ExactDecimal.Multiply(a, b, direction, out bool exact) is var r ? (r, exact) : default, am * bm, BigInteger.Pow(10, ascale + bscale), direction);
        }, iter: 20_000);

    [Fact]
    public void Add_IsExactOrRoundedTheWayAsked() =>
        Gen.Select(AnyDecimal, AnyDecimal, Direction).Sample((a, b, direction) =>
        {
            (BigInteger am, int ascale) = Parts(a);
            (BigInteger bm, int bscale) = Parts(b);
            int scale = Math.Max(ascale, bscale);
            BigInteger numerator = (am * BigInteger.Pow(10, scale - ascale)) + (bm * BigInteger.Pow(10, scale - bscale));
            return Holds(() => ExactDecimal.Add(a, b, direction, out bool exact) is var r ? (r, exact) : default, numerator, BigInteger.Pow(10, scale), direction);
        }, iter: 20_000);

    [Fact]
    public void Divide_IsExactOrRoundedTheWayAsked() =>
        Gen.Select(AnyDecimal, AnyDecimal.Where(d => d != 0m), Direction).Sample((a, b, direction) =>
        {
            (BigInteger am, int ascale) = Parts(a);
            (BigInteger bm, int bscale) = Parts(b);
            return Holds(() => ExactDecimal.Divide(a, b, direction, out bool exact) is var r ? (r, exact) : default,
                am * BigInteger.Pow(10, bscale), bm * BigInteger.Pow(10, ascale), direction);
        }, iter: 20_000);

    [Fact]
    public void DivideOutward_GivesBothDirectedQuotients_DigitForDigit() =>
        Gen.Select(Gen.OneOf(AnyDecimal, WithTrailingZeros), Gen.OneOf(AnyDecimal.Where(d => d != 0m), Gen.Int[1, 400].Select(days => (decimal)days)))
            .Sample((a, b) =>
            {
                decimal down, up;
                bool exact;
                try
                {
                    ExactDecimal.DivideOutward(a, b, out down, out up, out exact);
                }
                catch (OverflowException)
                {
                    return Throws(() => ExactDecimal.Divide(a, b, RoundingDirection.Down, out _));
                }

                decimal expectedDown = ExactDecimal.Divide(a, b, RoundingDirection.Down, out bool downExact);
                decimal expectedUp = ExactDecimal.Divide(a, b, RoundingDirection.Up, out _);
                return exact == downExact
                    && decimal.GetBits(down).AsSpan().SequenceEqual(decimal.GetBits(expectedDown))
                    && decimal.GetBits(up).AsSpan().SequenceEqual(decimal.GetBits(expectedUp));
            }, iter: 50_000);

    [Theory]
    [InlineData("55459713759985036315480765235", "7")] // rounded down, the mantissa is full: rounding up needs a digit fewer
    [InlineData("-55459713759985036315480765235", "7")] // rounded up, a negative quotient keeps one digit more
    [InlineData("0.0000000000000000000000000001", "3")] // rounded down to zero
    [InlineData("-0.0000000000000000000000000001", "3")]
    [InlineData("536700000000000", "181")]
    public void DivideOutward_AtTheEdgesOfTheMantissa_GivesBothDirectedQuotients(string dividend, string divisor)
    {
        decimal a = decimal.Parse(dividend, System.Globalization.CultureInfo.InvariantCulture);
        decimal b = decimal.Parse(divisor, System.Globalization.CultureInfo.InvariantCulture);

        ExactDecimal.DivideOutward(a, b, out decimal down, out decimal up, out bool exact);

        exact.Should().BeFalse();
        decimal.GetBits(down).Should().Equal(decimal.GetBits(ExactDecimal.Divide(a, b, RoundingDirection.Down, out _)));
        decimal.GetBits(up).Should().Equal(decimal.GetBits(ExactDecimal.Divide(a, b, RoundingDirection.Up, out _)));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    [Theory]
    [InlineData("1", "3", "0.3333333333333333333333333333", "0.3333333333333333333333333334")]
    [InlineData("-2", "3", "-0.6666666666666666666666666667", "-0.6666666666666666666666666666")]
    [InlineData("0.02", "1000", "0.00002", "0.00002")]
    [InlineData("536.7", "0.0000008", "670875000", "670875000")]
    public void Divide_RoundsOutwardOnlyWhenTheQuotientDoesNotTerminate(string a, string b, string down, string up)
    {
        decimal x = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture);
        decimal y = decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture);
        ExactDecimal.Divide(x, y, RoundingDirection.Down, out bool downExact).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(down);
        ExactDecimal.Divide(x, y, RoundingDirection.Up, out bool upExact).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(up);
        downExact.Should().Be(down == up);
        upExact.Should().Be(down == up);
    }

    [Fact]
    public void Multiply_ThatNeedsMoreThan28Digits_IsInexactAndDirected()
    {
        decimal a = 1.000000000000001m, b = 1.000000000000001m; // exact product 1.000000000000002000000000000001 (30 digits)
        ExactDecimal.Multiply(a, b, RoundingDirection.Down, out bool downExact).Should().Be(1.000000000000002m);
        ExactDecimal.Multiply(a, b, RoundingDirection.Up, out bool upExact).Should().Be(1.0000000000000020000000000001m);
        downExact.Should().BeFalse();
        upExact.Should().BeFalse();
    }

    // The result (or an overflow) against the exact rational numerator/denominator.
    private static bool Holds(Func<(decimal Result, bool Exact)> operation, BigInteger numerator, BigInteger denominator, RoundingDirection direction)
    {
        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        (decimal result, bool exact) r;
        try
        {
            r = operation();
        }
        catch (OverflowException)
        {
            return BigInteger.Abs(numerator) > Max * denominator;
        }

        (BigInteger rm, int rscale) = Parts(r.result);
        int side = (rm * denominator).CompareTo(numerator * BigInteger.Pow(10, rscale));
        return r.exact ? side == 0 : direction == RoundingDirection.Down ? side < 0 : side > 0;
    }

    private static readonly BigInteger Max = new(decimal.MaxValue);

    private static (BigInteger Mantissa, int Scale) Parts(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }
}
