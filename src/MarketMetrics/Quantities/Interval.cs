using System.Globalization;
using System.Text;

namespace MarketMetrics;

/// <summary>
/// A set of exact <see cref="decimal"/> values between two <see cref="Bound"/>s: the shape of every claimed figure.
/// "超5000億" is (5×10¹¹, ∞), "5-6亿元" is [5×10⁸, 6×10⁸], a plain "46.4%" is the point [46.4, 46.4].
/// </summary>
/// <remarks>
/// <para><c>default(Interval)</c> is <see cref="All"/>, (−∞, +∞): nothing is known about the value.</para>
/// <para>An interval is never empty: its low end is at most its high end, and a single point has both ends inclusive.</para>
/// <para>Equality is structural on the two bounds (<c>[5, 5]</c> equals <c>[5.0, 5.0]</c>).</para>
/// <para>Arithmetic (<see cref="Scale"/>, <see cref="Multiply"/>, <see cref="Divide(Interval)"/>, <see cref="Add"/>)
/// is exact whenever the result fits in 28 significant digits, and otherwise rounds each bound outward, so the
/// result always contains every exact result of the operation on members of the operands.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly partial struct Interval : IEquatable<Interval>, IFormattable
{
    /// <summary>Creates an interval from two bounds.</summary>
    /// <param name="low">The low end; <see cref="Bound.Unbounded"/> for −∞.</param>
    /// <param name="high">The high end; <see cref="Bound.Unbounded"/> for +∞.</param>
    /// <exception cref="ArgumentException">The interval would be empty: the low end is above the high end, or they
    /// are equal and not both inclusive.</exception>
    public Interval(Bound low, Bound high)
    {
        if (!low.IsUnbounded && !high.IsUnbounded)
        {
            if (low.Value > high.Value)
            {
                throw new ArgumentException(
                    $"The low end {low.Value.ToString(CultureInfo.InvariantCulture)} is above the high end {high.Value.ToString(CultureInfo.InvariantCulture)}.",
                    nameof(low));
            }

            if (low.Value == high.Value && !(low.IsInclusive && high.IsInclusive))
            {
                throw new ArgumentException(
                    "An interval whose ends are equal must include both ends; otherwise it would be empty.",
                    nameof(high));
            }
        }

        Low = low;
        High = high;
    }

    /// <summary>Gets the interval of every value, (−∞, +∞); also <c>default(Interval)</c>.</summary>
    public static Interval All => default;

    /// <summary>Gets the low end.</summary>
    public Bound Low { get; }

    /// <summary>Gets the high end.</summary>
    public Bound High { get; }

    /// <summary>Gets a value indicating whether the interval holds exactly one value.</summary>
    public bool IsPoint => !Low.IsUnbounded && !High.IsUnbounded && Low.Value == High.Value;

    /// <summary>Gets a value indicating whether both ends are finite.</summary>
    public bool IsBounded => !Low.IsUnbounded && !High.IsUnbounded;

    /// <summary>The single value <paramref name="value"/>: [v, v].</summary>
    /// <param name="value">The value.</param>
    /// <returns>The interval.</returns>
    public static Interval Exactly(decimal value) => new(Bound.Inclusive(value), Bound.Inclusive(value));

    /// <summary>The closed range [<paramref name="low"/>, <paramref name="high"/>], as in "5-6亿元" or "20-40ms".</summary>
    /// <param name="low">The low end, included.</param>
    /// <param name="high">The high end, included.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="low"/> is above <paramref name="high"/>.</exception>
    public static Interval Closed(decimal low, decimal high) => new(Bound.Inclusive(low), Bound.Inclusive(high));

    /// <summary>Every value above <paramref name="value"/>: (v, +∞), as in "超800億元" or "over 500 billion".</summary>
    /// <param name="value">The excluded low end.</param>
    /// <returns>The interval.</returns>
    public static Interval GreaterThan(decimal value) => new(Bound.Exclusive(value), Bound.Unbounded);

    /// <summary>Every value at or above <paramref name="value"/>: [v, +∞), as in "at least" or "以上".</summary>
    /// <param name="value">The included low end.</param>
    /// <returns>The interval.</returns>
    public static Interval AtLeast(decimal value) => new(Bound.Inclusive(value), Bound.Unbounded);

    /// <summary>Every value below <paramref name="value"/>: (−∞, v), as in "不到" or "less than".</summary>
    /// <param name="value">The excluded high end.</param>
    /// <returns>The interval.</returns>
    public static Interval LessThan(decimal value) => new(Bound.Unbounded, Bound.Exclusive(value));

    /// <summary>Every value at or below <paramref name="value"/>: (−∞, v], as in "up to" or "at most".</summary>
    /// <param name="value">The included high end.</param>
    /// <returns>The interval.</returns>
    public static Interval AtMost(decimal value) => new(Bound.Unbounded, Bound.Inclusive(value));

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool Contains(decimal value)
    {
        if (!Low.IsUnbounded && (value < Low.Value || (value == Low.Value && !Low.IsInclusive)))
        {
            return false;
        }

        return High.IsUnbounded || value < High.Value || (value == High.Value && High.IsInclusive);
    }

    /// <summary>Whether every member of <paramref name="other"/> is also a member of this interval.</summary>
    /// <param name="other">The interval that may be inside this one.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is a subset of this interval.</returns>
    public bool Contains(Interval other) =>
        CompareLow(Low, other.Low) <= 0 && CompareHigh(High, other.High) >= 0;

    /// <summary>Whether the two intervals share at least one value. Overlapping figures cannot be ranked.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(Interval other) => !IsEntirelyBelow(other) && !other.IsEntirelyBelow(this);

    /// <summary>Whether every member of this interval lies below every member of <paramref name="other"/>: the order of the two
    /// figures is certain. Overlapping intervals are neither below nor above each other.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when this interval ends before <paramref name="other"/> begins.</returns>
    public bool IsEntirelyBelow(Interval other)
    {
        if (High.IsUnbounded || other.Low.IsUnbounded)
        {
            return false;
        }

        return High.Value < other.Low.Value || (High.Value == other.Low.Value && !(High.IsInclusive && other.Low.IsInclusive));
    }

    /// <inheritdoc />
    public bool Equals(Interval other) => Low.Equals(other.Low) && High.Equals(other.High);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High);

    /// <summary>Formats the interval in interval notation with invariant numbers: <c>[0.02, 0.04]</c>, <c>(500000000000, +∞)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the interval in interval notation, numbers formatted with <paramref name="format"/> and <paramref name="formatProvider"/>.</summary>
    /// <param name="format">A <see cref="decimal"/> format string, or <see langword="null"/> for the general format.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means the invariant culture (not the current one).</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(Low.IsInclusive ? '[' : '(');
        text.Append(Low.IsUnbounded ? "−∞" : Low.Value.ToString(format, formatProvider));
        text.Append(", ");
        text.Append(High.IsUnbounded ? "+∞" : High.Value.ToString(format, formatProvider));
        text.Append(High.IsInclusive ? ']' : ')');
        return text.ToString();
    }

    /// <summary>Compares two intervals for equality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Interval left, Interval right) => left.Equals(right);

    /// <summary>Compares two intervals for inequality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Interval left, Interval right) => !left.Equals(right);

    // Negative when bound a starts further left (admits more) than b.
    private static int CompareLow(Bound a, Bound b)
    {
        if (a.IsUnbounded || b.IsUnbounded)
        {
            return a.IsUnbounded == b.IsUnbounded ? 0 : a.IsUnbounded ? -1 : 1;
        }

        int byValue = a.Value.CompareTo(b.Value);
        return byValue != 0 ? byValue : a.IsInclusive == b.IsInclusive ? 0 : a.IsInclusive ? -1 : 1;
    }

    // Positive when bound a ends further right (admits more) than b.
    private static int CompareHigh(Bound a, Bound b)
    {
        if (a.IsUnbounded || b.IsUnbounded)
        {
            return a.IsUnbounded == b.IsUnbounded ? 0 : a.IsUnbounded ? 1 : -1;
        }

        int byValue = a.Value.CompareTo(b.Value);
        return byValue != 0 ? byValue : a.IsInclusive == b.IsInclusive ? 0 : a.IsInclusive ? 1 : -1;
    }
}
