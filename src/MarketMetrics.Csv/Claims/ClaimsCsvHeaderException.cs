namespace MarketMetrics.Csv;

/// <summary>Thrown before any row is read when a claims file's header makes it unusable: required columns missing, unknown or duplicate columns.</summary>
public sealed class ClaimsCsvHeaderException : MarketMetricsException
{
    /// <summary>Creates the exception with a default message.</summary>
    public ClaimsCsvHeaderException()
        : base("The claims file's header is not usable.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which columns are missing, unknown or repeated.</param>
    public ClaimsCsvHeaderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClaimsCsvHeaderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
