using System.Globalization;

namespace MarketMetrics;

/// <summary>
/// One end of an <see cref="Interval"/>: a finite value that is included or excluded, or no bound at all.
/// </summary>
/// <remarks>
/// <para><c>default(Bound)</c> is <see cref="Unbounded"/>: an open end stated explicitly, never a magic number.</para>
/// <para>Equality is structural: two bounds are equal when both are unbounded, or when they have the same
/// inclusiveness and numerically equal values (<c>5</c> and <c>5.0</c> are equal, as for <see cref="decimal"/>).</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Bound : IEquatable<Bound>
{
    private readonly decimal _value;
    private readonly BoundKind _kind;

    private Bound(decimal value, BoundKind kind)
    {
        // Trailing zeros carry no value (536.7 × 10¹² is 536700000000000, not 536700000000000.0); they are dropped so
        // text and JSON show the figure as people write it.
        _value = ExactDecimal.WithoutTrailingZeros(value);
        _kind = kind;
    }

    private enum BoundKind : byte
    {
        Unbounded = 0,
        Inclusive = 1,
        Exclusive = 2,
    }

    /// <summary>No bound: the interval extends to infinity on this side.</summary>
    public static Bound Unbounded => default;

    /// <summary>Gets a value indicating whether this side of the interval is open-ended.</summary>
    public bool IsUnbounded => _kind == BoundKind.Unbounded;

    /// <summary>Gets a value indicating whether <see cref="Value"/> itself belongs to the interval. False when unbounded.</summary>
    public bool IsInclusive => _kind == BoundKind.Inclusive;

    /// <summary>Gets the bound's value.</summary>
    /// <exception cref="InvalidOperationException">The bound is <see cref="Unbounded"/>.</exception>
    public decimal Value => _kind != BoundKind.Unbounded
        ? _value
        : throw new InvalidOperationException("An unbounded end has no value; check IsUnbounded or use ValueOrNull.");

    /// <summary>Gets the bound's value, or <see langword="null"/> when it is unbounded.</summary>
    public decimal? ValueOrNull => _kind == BoundKind.Unbounded ? null : _value;

    /// <summary>A bound that includes <paramref name="value"/>.</summary>
    /// <param name="value">The bound's value.</param>
    /// <returns>The bound.</returns>
    public static Bound Inclusive(decimal value) => new(value, BoundKind.Inclusive);

    /// <summary>A bound that excludes <paramref name="value"/>.</summary>
    /// <param name="value">The bound's value.</param>
    /// <returns>The bound.</returns>
    public static Bound Exclusive(decimal value) => new(value, BoundKind.Exclusive);

    /// <summary>A bound at <paramref name="value"/>, inclusive or not.</summary>
    /// <param name="value">The bound's value.</param>
    /// <param name="inclusive">Whether the value itself belongs to the interval.</param>
    /// <returns>The bound.</returns>
    public static Bound Create(decimal value, bool inclusive) => inclusive ? Inclusive(value) : Exclusive(value);

    /// <inheritdoc />
    public bool Equals(Bound other) => _kind == other._kind && (_kind == BoundKind.Unbounded || _value == other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Bound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _kind == BoundKind.Unbounded ? 0 : HashCode.Combine(_kind, _value);

    /// <summary>Gets the bound as text, invariantly: <c>[5</c>-style notation is left to <see cref="Interval"/>; this gives the value or <c>∞</c>.</summary>
    /// <returns>The value in invariant culture followed by its inclusiveness, or <c>unbounded</c>.</returns>
    public override string ToString() => _kind switch
    {
        BoundKind.Inclusive => _value.ToString(CultureInfo.InvariantCulture) + " (inclusive)",
        BoundKind.Exclusive => _value.ToString(CultureInfo.InvariantCulture) + " (exclusive)",
        _ => "unbounded",
    };

    /// <summary>Compares two bounds for equality.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Bound left, Bound right) => left.Equals(right);

    /// <summary>Compares two bounds for inequality.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Bound left, Bound right) => !left.Equals(right);
}
