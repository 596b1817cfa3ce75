namespace MarketMetrics.Normalization;

/// <summary>
/// Rates held in memory: for a date it returns the latest rate dated on or before it; with no date, the latest rate.
/// The inverse of a rate is never derived silently: supply both directions if both are needed.
/// </summary>
/// <remarks>Immutable and thread-safe after construction.</remarks>
public sealed class InMemoryFxRateProvider : IFxRateProvider
{
    private readonly Dictionary<(string From, string To), FxRate[]> _rates;

    /// <summary>Creates a provider.</summary>
    /// <param name="rates">The rates; several per currency pair, on different dates, are allowed.</param>
    /// <exception cref="ArgumentException">Two rates share a pair and a date.</exception>
    public InMemoryFxRateProvider(IEnumerable<FxRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        _rates = [];
        foreach (IGrouping<(string, string), FxRate> pair in rates.GroupBy(r => (r.From, r.To)))
        {
            FxRate[] sorted = [.. pair.OrderBy(r => r.AsOf)];
            for (int i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].AsOf == sorted[i - 1].AsOf)
                {
                    throw new ArgumentException($"Two {sorted[i].From}→{sorted[i].To} rates are dated {sorted[i].AsOf:yyyy-MM-dd}; keep one.", nameof(rates));
                }
            }

            _rates[pair.Key] = sorted;
        }
    }

    /// <summary>Gets a provider without rates: every conversion fails with a clear reason.</summary>
    public static InMemoryFxRateProvider Empty { get; } = new([]);

    /// <inheritdoc />
    public bool TryGetRate(string fromCurrency, string toCurrency, DateOnly? asOf, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FxRate? rate)
    {
        ArgumentNullException.ThrowIfNull(fromCurrency);
        ArgumentNullException.ThrowIfNull(toCurrency);
        rate = null;
        if (!_rates.TryGetValue((fromCurrency, toCurrency), out FxRate[]? candidates))
        {
            return false;
        }

        foreach (FxRate candidate in candidates)
        {
            if (asOf is null || candidate.AsOf <= asOf)
            {
                rate = candidate;
            }
        }

        return rate is not null;
    }
}
