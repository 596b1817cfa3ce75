namespace MarketMetrics;

/// <summary>
/// A coded note on a record: an assumption made, a conversion applied or a warning. The <see cref="Code"/> is
/// stable and machine-readable (e.g. <c>aggregation.assumed-total</c>); the <see cref="Message"/> is for people.
/// </summary>
/// <remarks>Equality is structural (ordinal). Instances are immutable and thread-safe.</remarks>
public sealed class RecordNote : IEquatable<RecordNote>
{
    /// <summary>Creates a note.</summary>
    /// <param name="code">A stable code.</param>
    /// <param name="message">A sentence for people.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public RecordNote(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Message = message;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the sentence for people.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(RecordNote? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordNote);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Formats as <c>code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + ": " + Message;
}
