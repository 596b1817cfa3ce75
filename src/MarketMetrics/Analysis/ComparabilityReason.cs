namespace MarketMetrics.Analysis;

/// <summary>One difference between two records: a stable code (e.g. <c>basis</c>, <c>scope:internal-business-calls</c>),
/// whether it blocks comparison or only needs a conversion, and a sentence.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed class ComparabilityReason : IEquatable<ComparabilityReason>
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="blocking">Whether it makes the records not comparable (otherwise a conversion bridges it).</param>
    /// <param name="message">The sentence.</param>
    public ComparabilityReason(string code, bool blocking, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Blocking = blocking;
        Message = message;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets a value indicating whether the difference blocks comparison.</summary>
    public bool Blocking { get; }

    /// <summary>Gets the sentence.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ComparabilityReason? other) =>
        other is not null && Code == other.Code && Blocking == other.Blocking && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComparabilityReason);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Blocking);

    /// <summary>Formats as <c>code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + ": " + Message;
}
