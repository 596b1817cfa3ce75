using System.Globalization;

namespace MarketMetrics;

/// <summary>
/// An exchange rate with its date and source: 1 unit of <see cref="From"/> = <see cref="Rate"/> units of
/// <see cref="To"/>. Currencies never convert without one.
/// </summary>
/// <remarks>Equality is structural over all members. Instances are immutable and thread-safe.</remarks>
public sealed class FxRate : IEquatable<FxRate>
{
    /// <summary>Creates a rate.</summary>
    /// <param name="from">The ISO 4217 code converted from.</param>
    /// <param name="to">The ISO 4217 code converted to.</param>
    /// <param name="rate">Units of <paramref name="to"/> per unit of <paramref name="from"/>; positive.</param>
    /// <param name="asOf">The date the rate applies to.</param>
    /// <param name="source">Where the rate comes from (e.g. "PBoC central parity").</param>
    /// <exception cref="ArgumentException">A code is not ISO 4217, the codes are equal, the rate is not positive, or the source is blank.</exception>
    public FxRate(string from, string to, decimal rate, DateOnly asOf, string source)
    {
        Units.ValidateCurrencyCode(from);
        Units.ValidateCurrencyCode(to);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A rate converts between two different currencies; both are {from}.", nameof(to));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        From = from;
        To = to;
        Rate = rate;
        AsOf = asOf;
        Source = source;
    }

    /// <summary>Gets the currency converted from.</summary>
    public string From { get; }

    /// <summary>Gets the currency converted to.</summary>
    public string To { get; }

    /// <summary>Gets the units of <see cref="To"/> per unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }

    /// <summary>Gets the date the rate applies to.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets where the rate comes from.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public bool Equals(FxRate? other) =>
        other is not null && From == other.From && To == other.To && Rate == other.Rate && AsOf == other.AsOf
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FxRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Rate, AsOf);

    /// <summary>Formats as <c>1 USD = 7.1 CNY (2025-06-30, source)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"1 {From} = {Rate} {To} ({AsOf:yyyy-MM-dd}, {Source})");
}
