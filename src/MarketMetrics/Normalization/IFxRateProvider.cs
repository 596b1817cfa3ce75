namespace MarketMetrics.Normalization;

/// <summary>Supplies exchange rates. MarketMetrics never converts currencies without one.</summary>
public interface IFxRateProvider
{
    /// <summary>Finds the rate from one currency to another that applies on a date.</summary>
    /// <param name="fromCurrency">The ISO 4217 code converted from.</param>
    /// <param name="toCurrency">The ISO 4217 code converted to.</param>
    /// <param name="asOf">The date the figure refers to (its period's last day), or <see langword="null"/> for the latest rate.</param>
    /// <param name="rate">The rate, when one applies.</param>
    /// <returns><see langword="true"/> when a rate was found.</returns>
    bool TryGetRate(string fromCurrency, string toCurrency, DateOnly? asOf, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FxRate? rate);
}
