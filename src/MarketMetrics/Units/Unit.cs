namespace MarketMetrics;

/// <summary>
/// A unit of measurement: its symbol, its <see cref="Dimension"/> and the exact factor to the canonical unit of
/// that dimension (and, for money and prices, the currency).
/// </summary>
/// <remarks>
/// <para>Canonical symbols are a public contract and appear in JSON and CSV output: <c>token</c>, ISO codes such as
/// <c>CNY</c>, <c>CNY/token</c>, <c>%</c>, <c>pp</c>, <c>count</c>, <c>s</c>, <c>token/min</c>, <c>x</c>.</para>
/// <para>Equality is strict and structural: symbol, dimension, currency, factor and canonical symbol. A value in
/// <c>ms</c> never equals the same amount in <c>s</c>; use <see cref="Convert"/> to compare amounts.</para>
/// <para>Instances are immutable and thread-safe. Well-known units are on <see cref="Units"/>.</para>
/// </remarks>
public sealed class Unit : IEquatable<Unit>
{
    private Unit(string symbol, string name, Dimension dimension, string? currency, ConversionFactor factor, Unit? canonical)
    {
        Symbol = symbol;
        Name = name;
        Dimension = dimension;
        Currency = currency;
        Factor = factor;
        Canonical = canonical ?? this;
    }

    /// <summary>Gets the symbol, e.g. <c>ms</c>, <c>CNY/1K token</c>.</summary>
    public string Symbol { get; }

    /// <summary>Gets a readable name, e.g. "millisecond".</summary>
    public string Name { get; }

    /// <summary>Gets what the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>Gets the ISO 4217 currency code for money and prices, otherwise <see langword="null"/>.</summary>
    public string? Currency { get; }

    /// <summary>Gets the exact factor from this unit to <see cref="Canonical"/> (value in canonical = value × factor).</summary>
    public ConversionFactor Factor { get; }

    /// <summary>Gets the canonical unit this unit converts to; itself when it is canonical.</summary>
    public Unit Canonical { get; }

    /// <summary>Gets a value indicating whether this is the canonical unit of its dimension (and currency).</summary>
    public bool IsCanonical => ReferenceEquals(Canonical, this);

    /// <summary>Creates the canonical unit of a dimension (or, for money and prices, of one currency).</summary>
    /// <param name="symbol">The symbol; a public contract once data is written with it.</param>
    /// <param name="name">A readable name.</param>
    /// <param name="dimension">What the unit measures.</param>
    /// <param name="currency">The ISO 4217 code for money and prices, otherwise <see langword="null"/>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="currency"/> is not three upper-case letters.</exception>
    public static Unit CreateCanonical(string symbol, string name, Dimension dimension, string? currency = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(dimension);
        if (currency is not null)
        {
            Units.ValidateCurrencyCode(currency);
        }

        return new Unit(symbol, name, dimension, currency, ConversionFactor.Identity, null);
    }

    /// <summary>Creates a unit that converts to <paramref name="canonical"/> by an exact factor.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="name">A readable name.</param>
    /// <param name="canonical">The canonical unit of the same dimension.</param>
    /// <param name="factor">Value in the canonical unit = value in this unit × factor.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="canonical"/> is not canonical.</exception>
    public static Unit CreateDerived(string symbol, string name, Unit canonical, ConversionFactor factor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(canonical);
        if (!canonical.IsCanonical)
        {
            throw new ArgumentException($"'{canonical.Symbol}' is not a canonical unit; derive from '{canonical.Canonical.Symbol}'.", nameof(canonical));
        }

        if (factor.Denominator == 0m)
        {
            throw new ArgumentException("The factor is default(ConversionFactor); use ConversionFactor.Identity or a real ratio.", nameof(factor));
        }

        return new Unit(symbol, name, canonical.Dimension, canonical.Currency, factor, canonical);
    }

    /// <summary>Whether values in this unit convert exactly to <paramref name="other"/> (same canonical unit).</summary>
    /// <param name="other">The target unit.</param>
    /// <returns><see langword="true"/> when a conversion exists without outside data such as an FX rate.</returns>
    public bool CanConvertTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Canonical.Equals(other.Canonical);
    }

    /// <summary>Converts a value in this unit to <paramref name="target"/>.</summary>
    /// <param name="value">The value in this unit.</param>
    /// <param name="target">The unit to convert to.</param>
    /// <returns>The value in <paramref name="target"/>, exact where the division terminates, rounded outward otherwise.</returns>
    /// <exception cref="ArgumentException">The units measure different things (or different currencies).</exception>
    /// <exception cref="OverflowException">A bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval Convert(Interval value, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!CanConvertTo(target))
        {
            throw new ArgumentException(
                $"Cannot convert '{Symbol}' ({Dimension.Id}) to '{target.Symbol}' ({target.Dimension.Id}): different canonical units ('{Canonical.Symbol}' and '{target.Canonical.Symbol}').",
                nameof(target));
        }

        if (Equals(target))
        {
            return value;
        }

        ConversionFactor factor = new(Factor.Numerator * target.Factor.Denominator, Factor.Denominator * target.Factor.Numerator);
        return factor.Apply(value);
    }

    /// <inheritdoc />
    public bool Equals(Unit? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal)
            && Dimension.Equals(other.Dimension)
            && string.Equals(Currency, other.Currency, StringComparison.Ordinal)
            && Factor.Equals(other.Factor)
            && string.Equals(Canonical.Symbol, other.Canonical.Symbol, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Symbol), Dimension, Factor);

    /// <summary>Gets the symbol.</summary>
    /// <returns>The <see cref="Symbol"/>.</returns>
    public override string ToString() => Symbol;
}
