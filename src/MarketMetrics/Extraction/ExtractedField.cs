namespace MarketMetrics.Extraction;

/// <summary>One field of an extracted claim: the value proposed for the claims file, where it came from and how sure the
/// extractor is of it.</summary>
public sealed class ExtractedField
{
    /// <summary>Initializes a field.</summary>
    /// <param name="value">The value for the claims file's column, or <see langword="null"/> when none is proposed.</param>
    /// <param name="certainty">How sure the extractor is.</param>
    /// <param name="cue">What the value came from: the printed words and the rule, in a sentence.</param>
    /// <param name="start">Where the printed words start in the text, or -1 when the value comes from no one span.</param>
    /// <param name="length">How long the printed words are.</param>
    /// <exception cref="ArgumentException">A value is given with <see cref="ExtractionCertainty.None"/>, or none with
    /// another certainty, or the span is negative.</exception>
    public ExtractedField(string? value, ExtractionCertainty certainty, string? cue, int start = -1, int length = 0)
    {
        if ((value is null) != (certainty == ExtractionCertainty.None))
        {
            throw new ArgumentException("A field has a value exactly when its certainty is not None.", nameof(certainty));
        }

        if (start < -1 || length < 0 || (start == -1 && length != 0))
        {
            throw new ArgumentException("The span must start at -1 (no span) or at a position, with a length of zero or more.", nameof(start));
        }

        Value = value;
        Certainty = certainty;
        Cue = cue;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the field with no value.</summary>
    public static ExtractedField None { get; } = new(null, ExtractionCertainty.None, null);

    /// <summary>Gets the value for the claims file's column, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets how sure the extractor is.</summary>
    public ExtractionCertainty Certainty { get; }

    /// <summary>Gets what the value came from, or <see langword="null"/> when there is no value.</summary>
    public string? Cue { get; }

    /// <summary>Gets where the printed words start in the text (UTF-16 index), or -1.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the printed words.</summary>
    public int Length { get; }

    /// <summary>Returns the value with its certainty, for reading.</summary>
    /// <returns>For example <c>2025年上半年 (stated)</c>, or <c>—</c>.</returns>
    public override string ToString() => Value is null ? "—" : $"{Value} ({ContractNames.Of(Certainty)})";
}
