namespace MarketMetrics;

/// <summary>
/// A magnitude word as printed (万, 萬, 亿, 億, 万亿, 萬億, thousand, million, billion, k, M, bn …) and the exact
/// power of ten it stands for. Kept beside a figure because the precision a writer chose is information:
/// "536.7萬億" was rounded to a tenth of a trillion.
/// </summary>
/// <remarks>
/// Equality is ordinal on <see cref="Text"/> and exact on <see cref="Multiplier"/>: 萬 and 万 are different
/// words with the same multiplier. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ScaleWord : IEquatable<ScaleWord>
{
    /// <summary>Creates a scale word.</summary>
    /// <param name="text">The word as printed.</param>
    /// <param name="multiplier">The exact value it multiplies by; positive.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank or <paramref name="multiplier"/> is not positive.</exception>
    public ScaleWord(string text, decimal multiplier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiplier);
        Text = text;
        Multiplier = multiplier;
    }

    /// <summary>Gets the word as printed.</summary>
    public string Text { get; }

    /// <summary>Gets the exact multiplier (10⁴ for 萬, 10⁸ for 億, 10¹² for 萬億, 10⁹ for billion).</summary>
    public decimal Multiplier { get; }

    /// <inheritdoc />
    public bool Equals(ScaleWord? other) =>
        other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Multiplier == other.Multiplier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScaleWord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Multiplier);

    /// <summary>Gets the word as printed.</summary>
    /// <returns>The <see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
