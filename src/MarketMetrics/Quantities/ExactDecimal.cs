using System.Numerics;

namespace MarketMetrics;

/// <summary>The direction a result that does not fit in a <see cref="decimal"/> is rounded to.</summary>
internal enum RoundingDirection
{
    /// <summary>Towards negative infinity (used for lower bounds).</summary>
    Down,

    /// <summary>Towards positive infinity (used for upper bounds).</summary>
    Up,
}

/// <summary>
/// Decimal multiplication and division with directed rounding: the result is exact when it fits in a
/// <see cref="decimal"/> (28 significant digits), and otherwise rounded in the stated direction, so that
/// interval bounds always contain the exact result.
/// </summary>
internal static class ExactDecimal
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;
    private const int MaxScale = 28;


    /// <summary>Multiplies exactly, or rounds in <paramref name="direction"/> when the product needs more digits.</summary>
    /// <exception cref="OverflowException">The product's magnitude is beyond <see cref="decimal.MaxValue"/>.</exception>
    public static decimal Multiply(decimal left, decimal right, RoundingDirection direction, out bool exact)
    {
        // Fast path: the BCL product is exact when it kept every digit: it rounds only by lowering the scale.
        if (left == 0m || right == 0m || left.Scale + right.Scale <= MaxScale)
        {
            decimal product = left * right;
            if (left == 0m || right == 0m || product.Scale == left.Scale + right.Scale)
            {
                exact = true;
                return product;
            }
        }

        (BigInteger lMant, int lScale) = Decompose(left);
        (BigInteger rMant, int rScale) = Decompose(right);
        return Compose(lMant * rMant, lScale + rScale, direction, out exact);
    }

    /// <summary>Adds exactly, or rounds in <paramref name="direction"/> when the sum needs more than 28 digits.</summary>
    /// <exception cref="OverflowException">The sum's magnitude is beyond <see cref="decimal.MaxValue"/>.</exception>
    public static decimal Add(decimal left, decimal right, RoundingDirection direction, out bool exact)
    {
        // Fast path: the BCL sum is exact when it kept the larger scale of its operands.
        decimal fast = left + right;
        if (fast.Scale == Math.Max(left.Scale, right.Scale))
        {
            exact = true;
            return fast;
        }

        (BigInteger lMant, int lScale) = Decompose(left);
        (BigInteger rMant, int rScale) = Decompose(right);
        int scale = Math.Max(lScale, rScale);
        BigInteger sum = (lMant * PowerOfTen(scale - lScale)) + (rMant * PowerOfTen(scale - rScale));
        return Compose(sum, scale, direction, out exact);
    }

    /// <summary>Divides exactly when the quotient terminates within 28 digits, or rounds in <paramref name="direction"/>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient's magnitude is beyond <see cref="decimal.MaxValue"/>.</exception>
    public static decimal Divide(decimal dividend, decimal divisor, RoundingDirection direction, out bool exact)
    {
        if (divisor == 0m)
        {
            throw new DivideByZeroException("Cannot divide a figure by zero.");
        }

        if (dividend == 0m)
        {
            exact = true;
            return 0m;
        }

        // Fast path: the BCL quotient is the exact one when multiplying it back gives the dividend without rounding.
        // (The product is checked with the BCL alone: it is exact when it kept its full scale.)
        decimal fast = dividend / divisor;
        decimal back = fast.Scale + divisor.Scale <= MaxScale ? fast * divisor : 0m;
        if (back == dividend && back.Scale == fast.Scale + divisor.Scale)
        {
            exact = true;
            return WithoutTrailingZeros(fast);
        }

        if (TryDivideByWholeNumber(dividend, divisor, direction, out decimal byLongDivision))
        {
            exact = false;
            return byLongDivision;
        }

        return DivideByBigInteger(dividend, divisor, direction, out exact);
    }

    /// <summary>The general quotient of <see cref="Divide"/> past its BCL fast path, in BigInteger arithmetic.</summary>
    internal static decimal DivideByBigInteger(decimal dividend, decimal divisor, RoundingDirection direction, out bool exact)
    {
        (BigInteger nMant, int nScale) = Decompose(dividend);
        (BigInteger dMant, int dScale) = Decompose(divisor);

        // Scale the numerator up so the integer quotient carries more digits than a decimal can hold.
        const int ExtraDigits = 60;
        BigInteger scaledNumerator = nMant * PowerOfTen(ExtraDigits);
        BigInteger quotient = BigInteger.DivRem(scaledNumerator, dMant, out BigInteger remainder);
        int scale = nScale - dScale + ExtraDigits;
        bool remainderExact = remainder.IsZero;
        if (!remainderExact)
        {
            // Make the truncated quotient a directed rounding, then mark it inexact.
            bool negative = (scaledNumerator.Sign < 0) != (dMant.Sign < 0);
            if (direction == RoundingDirection.Up && !negative)
            {
                quotient += 1;
            }
            else if (direction == RoundingDirection.Down && negative)
            {
                quotient -= 1;
            }
        }

        decimal result = Compose(quotient, scale, direction, out exact);
        exact &= remainderExact;
        return result;
    }

    /// <summary>
    /// A quotient that does not terminate, by a whole divisor of up to nine digits (the days of a period), by long
    /// division on the mantissa: the digits of the quotient are taken one by one while they fit in a decimal (scale 28 at
    /// most, mantissa below 2^96), and the last is rounded in the asked direction, as <see cref="DivideByBigInteger"/>
    /// rounds it. False (and nothing computed) for any other divisor, and when the division turns out exact, which the
    /// general path trims of trailing zeros, or when the magnitude rounded towards zero is 0 at the 28th place.
    /// </summary>
    /// <remarks>The general path rounds a 60-digit truncation of the quotient, which gives the same digits: the expansion
    /// of a fraction with a divisor below 10^9 never has nine zeros or nines in a row unless it terminates, so neither the
    /// truncation nor its trailing zeros reach the digits kept. A law test compares the two on random operands.</remarks>
    internal static bool TryDivideByWholeNumber(decimal dividend, decimal divisor, RoundingDirection direction, out decimal quotient)
    {
        quotient = default;
        if (divisor <= 0m || divisor > 999_999_999m || decimal.Truncate(divisor) != divisor)
        {
            return false;
        }

        ulong d = (ulong)divisor;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(dividend, bits);
        UInt128 mantissa = new((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        bool negative = bits[3] < 0;
        int scale = dividend.Scale;
        UInt128 q = mantissa / d;
        ulong r = (ulong)(mantissa % d);
        while (scale < MaxScale && r != 0)
        {
            ulong ten = r * 10;
            UInt128 next = (q * 10) + (ten / d);
            if (next > MaxMantissa128)
            {
                break;
            }

            q = next;
            r = ten % d;
            scale++;
        }

        if (r == 0 || q == 0)
        {
            return false; // exact (trimmed by the general path), or below the last place (its zero carries the sign)
        }

        // q is the magnitude rounded towards zero at the finest scale that fits; away from zero is one unit more, or, when
        // that is past the mantissa's end, the next coarser place rounded up.
        bool awayFromZero = (direction == RoundingDirection.Up) != negative;
        if (awayFromZero)
        {
            if (q == MaxMantissa128)
            {
                q = (q / 10) + 1;
                scale--;
            }
            else
            {
                q++;
            }
        }

        quotient = new decimal((int)(uint)q, (int)(uint)(q >> 32), (int)(uint)(q >> 64), negative, (byte)scale);
        return true;
    }

    /// <summary>
    /// Both directed quotients of one division (a point divided into a daily average): equal when the quotient is exact,
    /// otherwise the one rounded down and, from it, the next value up at the same scale, which is what rounding up gives
    /// except at the edges of decimal's mantissa (there, and at zero, the quotient rounded up is worked out on its own).
    /// </summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient's magnitude is beyond <see cref="decimal.MaxValue"/>.</exception>
    public static void DivideOutward(decimal dividend, decimal divisor, out decimal down, out decimal up, out bool exact)
    {
        down = Divide(dividend, divisor, RoundingDirection.Down, out exact);
        if (exact)
        {
            up = down;
        }
        else if (!TryNextUp(down, out up))
        {
            up = Divide(dividend, divisor, RoundingDirection.Up, out _);
        }
    }

    // The next decimal above an inexact quotient rounded down, at its scale. An inexact quotient carries as many digits as
    // fit (scale 28, or fewer when the mantissa is full), so the quotient rounded up sits one unit of that place above,
    // unless the mantissa is at its end (rounding up would need a digit fewer) or, for a negative quotient, rounding up
    // could keep one digit more; those few, and zero, are left to the caller.
    private static bool TryNextUp(decimal down, out decimal next)
    {
        next = default;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(down, bits);
        UInt128 mantissa = new((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        bool negative = bits[3] < 0;
        int scale = down.Scale;
        if (mantissa == 0 || mantissa == MaxMantissa128 || (negative && scale < MaxScale && (mantissa - 1) * 10 <= MaxMantissa128))
        {
            return false;
        }

        mantissa = negative ? mantissa - 1 : mantissa + 1;
        next = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative && mantissa != 0, (byte)scale);
        return true;
    }

    private static readonly UInt128 MaxMantissa128 = (UInt128.One << 96) - 1;

    /// <summary>
    /// The same value with no trailing zeros after the point (4.800 → 4.8, 0.0 → 0), as <see cref="Compose"/> gives it;
    /// the BCL quotient keeps the dividend's scale, and bounds keep values this way so text shows them as people write them.
    /// </summary>
    internal static decimal WithoutTrailingZeros(decimal value)
    {
        // The BCL answers "no trailing zero" from the bits without copying them out; most values end here.
        return IsCanonical(value) ? value : Trimmed(value);
    }

    private static bool IsCanonical<T>(T value)
        where T : INumberBase<T> => T.IsCanonical(value);

    // Scale above zero and a mantissa that ends in a zero (or is zero).
    private static decimal Trimmed(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = value.Scale;
        bool negative = bits[3] < 0;
        if (bits[2] == 0)
        {
            ulong small = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (small == 0)
            {
                return decimal.Zero;
            }

            while (scale > 0 && small % 10 == 0)
            {
                small /= 10;
                scale--;
            }

            return new decimal((int)(uint)small, (int)(uint)(small >> 32), 0, negative, (byte)scale);
        }

        UInt128 mantissa = new((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)scale);
    }

    // mantissa ÷ divisor (positive), rounded in the direction asked; clears exact when a remainder is dropped.
    private static BigInteger DivideDirected(BigInteger mantissa, BigInteger divisor, RoundingDirection direction, ref bool exact)
    {
        BigInteger quotient = BigInteger.DivRem(mantissa, divisor, out BigInteger remainder);
        if (remainder.IsZero)
        {
            return quotient;
        }

        exact = false;
        return direction == RoundingDirection.Up && mantissa.Sign > 0 ? quotient + 1
            : direction == RoundingDirection.Down && mantissa.Sign < 0 ? quotient - 1
            : quotient;
    }

    private static readonly BigInteger[] PowersOfTen = [.. Enumerable.Range(0, 120).Select(k => BigInteger.Pow(10, k))];

    private static BigInteger PowerOfTen(int exponent) => exponent < PowersOfTen.Length ? PowersOfTen[exponent] : BigInteger.Pow(10, exponent);

    private static (BigInteger Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0])
            | (new BigInteger((uint)bits[1]) << 32)
            | (new BigInteger((uint)bits[2]) << 64);
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        return (mantissa, (bits[3] >> 16) & 0xFF);
    }

    private static decimal Compose(BigInteger mantissa, int scale, RoundingDirection direction, out bool exact)
    {
        exact = true;
        while (scale < 0)
        {
            mantissa *= 10;
            scale++;
        }

        // Drop trailing zeros first: they cost no precision. Eight at a time while there are that many.
        while (scale >= 8 && !mantissa.IsZero && (mantissa % PowerOfTen(8)).IsZero)
        {
            mantissa /= PowerOfTen(8);
            scale -= 8;
        }

        while (scale > 0 && !mantissa.IsZero && (mantissa % 10).IsZero)
        {
            mantissa /= 10;
            scale--;
        }

        // Drop the digits that certainly do not fit in one division (rounding in the asked direction once rounds as
        // rounding digit by digit would); the loop below takes the last one or two.
        int excess = Math.Max(scale - MaxScale, (int)((mantissa.GetBitLength() - 97) * 0.30102999566398) - 1);
        int drop = Math.Min(excess, scale);
        if (drop > 0)
        {
            mantissa = DivideDirected(mantissa, PowerOfTen(drop), direction, ref exact);
            scale -= drop;
        }

        while (scale > MaxScale || BigInteger.Abs(mantissa) > MaxMantissa)
        {
            if (scale == 0)
            {
                throw new OverflowException("The result is beyond the range of decimal (about ±7.9×10^28).");
            }

            mantissa = DivideDirected(mantissa, 10, direction, ref exact);
            scale--;
        }

        bool negative = mantissa.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(mantissa);
        int lo = (int)(uint)(magnitude & uint.MaxValue);
        int mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        int hi = (int)(uint)((magnitude >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }
}
