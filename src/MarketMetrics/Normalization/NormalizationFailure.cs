namespace MarketMetrics.Normalization;

/// <summary>Why a claim could not be normalised: a stable code, a sentence, and the claim itself.</summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed class NormalizationFailure : IEquatable<NormalizationFailure>
{
    /// <summary>Creates a failure.</summary>
    /// <param name="claim">The claim concerned.</param>
    /// <param name="code">A stable code such as <c>fx.missing-rate</c>.</param>
    /// <param name="message">What, where and why.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public NormalizationFailure(Claim claim, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Claim = claim;
        Code = code;
        Message = message;
    }

    /// <summary>Gets the claim concerned.</summary>
    public Claim Claim { get; }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the sentence for people.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(NormalizationFailure? other) =>
        other is not null && Claim.Equals(other.Claim) && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NormalizationFailure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Claim.Id, Code);

    /// <summary>Formats as <c>claim id: code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Claim.Id}: {Code}: {Message}";
}
