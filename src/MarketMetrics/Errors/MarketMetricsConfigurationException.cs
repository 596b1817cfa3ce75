namespace MarketMetrics;

/// <summary>Thrown once, at start-up, when MarketMetrics is configured in a way that cannot work; the message says how to fix it.</summary>
public sealed class MarketMetricsConfigurationException : MarketMetricsException
{
    /// <summary>Creates the exception with a default message.</summary>
    public MarketMetricsConfigurationException()
        : base("MarketMetrics is misconfigured.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public MarketMetricsConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public MarketMetricsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
