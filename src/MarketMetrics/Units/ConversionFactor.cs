using System.Globalization;

namespace MarketMetrics;

/// <summary>
/// An exact ratio <c>Numerator / Denominator</c> that turns a value in one unit into the canonical unit of its
/// dimension (1 ms = 1/1000 s; 1 token/day = 1/1440 token/min).
/// </summary>
/// <remarks>
/// Kept as a ratio so that factors such as 1/1440 stay exact until the last division.
/// <c>default(ConversionFactor)</c> is not a valid factor (its denominator is zero); use <see cref="Identity"/>.
/// Equality compares the two parts as given (1/2 differs from 2/4). Immutable and thread-safe.
/// </remarks>
public readonly struct ConversionFactor : IEquatable<ConversionFactor>
{
    /// <summary>Creates a factor.</summary>
    /// <param name="numerator">The numerator; positive.</param>
    /// <param name="denominator">The denominator; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is zero or negative.</exception>
    public ConversionFactor(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the factor 1/1.</summary>
    public static ConversionFactor Identity { get; } = new(1m, 1m);

    /// <summary>Gets the numerator.</summary>
    public decimal Numerator { get; }

    /// <summary>Gets the denominator.</summary>
    public decimal Denominator { get; }

    /// <summary>Gets a value indicating whether the factor is 1.</summary>
    public bool IsIdentity => Numerator == Denominator;

    /// <summary>Applies the factor to an interval, exactly where the division terminates and rounded outward elsewhere.</summary>
    /// <param name="value">The value to convert.</param>
    /// <returns>The value times the factor.</returns>
    /// <exception cref="OverflowException">A bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval Apply(Interval value)
    {
        Interval scaled = Numerator == 1m ? value : value.Scale(Numerator);
        return Denominator == 1m ? scaled : scaled.Divide(Denominator);
    }

    /// <summary>Gets the inverse ratio.</summary>
    /// <returns><c>Denominator / Numerator</c>.</returns>
    public ConversionFactor Invert() => new(Denominator, Numerator);

    /// <summary>Gets the product of two ratios.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>The product.</returns>
    public ConversionFactor Then(ConversionFactor other) =>
        new(Numerator * other.Numerator, Denominator * other.Denominator);

    /// <inheritdoc />
    public bool Equals(ConversionFactor other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConversionFactor other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Compares two factors part by part.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns><see langword="true"/> when both parts are equal.</returns>
    public static bool operator ==(ConversionFactor left, ConversionFactor right) => left.Equals(right);

    /// <summary>Compares two factors part by part.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns><see langword="true"/> when a part differs.</returns>
    public static bool operator !=(ConversionFactor left, ConversionFactor right) => !left.Equals(right);

    /// <summary>Formats the ratio invariantly, e.g. <c>1/1440</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Denominator == 1m
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
}
