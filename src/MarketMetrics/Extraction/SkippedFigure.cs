namespace MarketMetrics.Extraction;

/// <summary>A number in the text that the extractor did not turn into a claim, with the reason: a date or period, a model
/// name such as GPT-4.1, a list number, or a figure the strict parser refuses.</summary>
public sealed class SkippedFigure
{
    /// <summary>Initializes a skipped figure.</summary>
    /// <param name="text">The printed text.</param>
    /// <param name="start">Where it starts in the text (UTF-16 index).</param>
    /// <param name="line">Its line, from 1.</param>
    /// <param name="column">Its column on the line, from 1.</param>
    /// <param name="code">A stable reason code: <c>date</c>, <c>period</c>, <c>model-name</c>, <c>list-number</c>,
    /// <c>no-unit</c> or a parser error code such as <c>value.unknown-unit</c>.</param>
    /// <param name="reason">The reason in a sentence.</param>
    /// <exception cref="ArgumentException">A text, code or reason is empty, or a position is out of range.</exception>
    public SkippedFigure(string text, int start, int line, int column, string code, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Text = text;
        Start = start;
        Line = line;
        Column = column;
        Code = code;
        Reason = reason;
    }

    /// <summary>Gets the printed text.</summary>
    public string Text { get; }

    /// <summary>Gets where it starts in the text (UTF-16 index).</summary>
    public int Start { get; }

    /// <summary>Gets its line, from 1.</summary>
    public int Line { get; }

    /// <summary>Gets its column on the line, from 1.</summary>
    public int Column { get; }

    /// <summary>Gets the stable reason code.</summary>
    public string Code { get; }

    /// <summary>Gets the reason in a sentence.</summary>
    public string Reason { get; }

    /// <summary>Returns the text, its place and the reason.</summary>
    /// <returns>For example <c>'GPT-4.1' at 3:14: model-name</c>.</returns>
    public override string ToString() => $"'{Text}' at {Line}:{Column}: {Code}";
}
