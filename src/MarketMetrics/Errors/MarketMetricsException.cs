namespace MarketMetrics;

/// <summary>
/// The base type of every exception that MarketMetrics throws on purpose (other than the
/// <see cref="ArgumentException"/> family, which signals a caller bug at a public boundary).
/// </summary>
/// <remarks>
/// Bad data never surfaces as an exception: parsers and normalizers return results with error codes.
/// This type is for misconfiguration found at start-up and for results whose failure the caller chose to
/// turn into an exception (for example <c>ParseResult&lt;T&gt;.Value</c> on a failed parse).
/// </remarks>
public class MarketMetricsException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public MarketMetricsException()
        : base("A MarketMetrics operation failed.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What went wrong, where and why.</param>
    public MarketMetricsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and inner exception.</summary>
    /// <param name="message">What went wrong, where and why.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MarketMetricsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
