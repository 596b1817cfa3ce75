namespace MarketMetrics.Parsing;

/// <summary>
/// The outcome of a parse: a value or a <see cref="ParseError"/>. Parsing never throws on data; asking a failed
/// result for its <see cref="Value"/> builds and throws the exception only then.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
    where T : class
{
    private readonly T? _value;

    private ParseResult(string input, T? value, ParseError? error)
    {
        Input = input;
        _value = value;
        Error = error;
    }

    /// <summary>Gets the text that was parsed.</summary>
    public string Input { get; }

    /// <summary>Gets a value indicating whether the parse succeeded.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Gets the error of a failed parse, otherwise <see langword="null"/>.</summary>
    public ParseError? Error { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="MarketMetricsParseException">The parse failed; the exception carries the error.</exception>
    public T Value => _value ?? throw new MarketMetricsParseException(Input, Error!);

    /// <summary>Gets the parsed value, or <see langword="null"/> when the parse failed.</summary>
    public T? ValueOrDefault => _value;

    /// <summary>Creates a successful result.</summary>
    /// <param name="input">The text that was parsed.</param>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    internal static ParseResult<T> ForValue(string input, T value)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(value);
        return new ParseResult<T>(input, value, null);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="input">The text that was parsed.</param>
    /// <param name="error">What went wrong.</param>
    /// <returns>The result.</returns>
    internal static ParseResult<T> ForError(string input, ParseError error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(error);
        return new ParseResult<T>(input, null, error);
    }

    /// <summary>Gets the value when the parse succeeded.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on success.</returns>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool TryGetValue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }

    /// <summary>Formats as the value or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? _value!.ToString() ?? string.Empty : Error!.ToString();
}
