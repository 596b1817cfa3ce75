namespace MarketMetrics.Parsing;

/// <summary>What went wrong in a parse, where and why.</summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed class ParseError : IEquatable<ParseError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="message">A sentence that says what, where and why.</param>
    /// <param name="position">The zero-based UTF-16 index in the original input where the problem starts.</param>
    /// <exception cref="ArgumentException">The message is blank or the position is negative.</exception>
    public ParseError(ParseErrorCode code, string message, int position)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Code = code;
        Message = message;
        Position = position;
    }

    /// <summary>Gets the error code.</summary>
    public ParseErrorCode Code { get; }

    /// <summary>Gets the stable JSON name of <see cref="Code"/>, e.g. <c>ambiguous</c>.</summary>
    public string CodeName => ParseErrorCodes.ToName(Code);

    /// <summary>Gets the sentence for people.</summary>
    public string Message { get; }

    /// <summary>Gets the zero-based UTF-16 index in the original input.</summary>
    public int Position { get; }

    /// <inheritdoc />
    public bool Equals(ParseError? other) =>
        other is not null && Code == other.Code && Position == other.Position && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Position);

    /// <summary>Formats as <c>code at position: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{CodeName} at {Position}: {Message}";
}
