namespace MarketMetrics.Parsing;

/// <summary>Thrown only when a caller asks a failed <see cref="ParseResult{T}"/> for its value.</summary>
public sealed class MarketMetricsParseException : MarketMetricsException
{
    /// <summary>Creates the exception for a failed parse.</summary>
    /// <param name="input">The text that did not parse.</param>
    /// <param name="error">Why.</param>
    public MarketMetricsParseException(string input, ParseError error)
        : base($"Could not parse '{Shorten(input)}': {error}")
    {
        Input = input;
        Error = error;
    }

    /// <summary>Gets the text that did not parse.</summary>
    public string Input { get; }

    /// <summary>Gets why it did not parse.</summary>
    public ParseError Error { get; }

    private static string Shorten(string input) => input is null ? string.Empty : input.Length <= 80 ? input : input[..77] + "...";
}
