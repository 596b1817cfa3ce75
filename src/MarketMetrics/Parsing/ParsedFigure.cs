namespace MarketMetrics.Parsing;

/// <summary>
/// A figure parsed by <see cref="QuantityParser.TryParse(ReadOnlySpan{char}, out ParsedFigure)"/> without allocating: the
/// exact interval, unit, qualifier and magnitude word, and where the printed figure lies in the input.
/// </summary>
/// <remarks>
/// <para>It holds no copy of the input: <see cref="TextStart"/> and <see cref="TextLength"/> locate the figure as printed in the
/// span that was parsed. <see cref="ToFigure(ReadOnlySpan{char})"/> makes the <see cref="Figure"/> that
/// <see cref="QuantityParser.Parse(string)"/> returns for the same text.</para>
/// <para>The <see langword="default"/> value is no parse result: its <see cref="Unit"/> is <see cref="Units.One"/> and
/// <see cref="ToFigure(ReadOnlySpan{char})"/> throws.</para>
/// </remarks>
public readonly struct ParsedFigure : IEquatable<ParsedFigure>
{
    private readonly Unit? _unit;

    internal ParsedFigure(Interval value, Unit unit, FigureQualifier qualifier, ScaleWord? scale, int textStart, int textLength, FigureModifiers modifiers = FigureModifiers.None)
    {
        Modifiers = modifiers;
        Value = value;
        _unit = unit;
        Qualifier = qualifier;
        Scale = scale;
        TextStart = textStart;
        TextLength = textLength;
    }

    /// <summary>Gets the value in <see cref="Unit"/>, magnitude word applied.</summary>
    public Interval Value { get; }

    /// <summary>Gets the unit the value is in.</summary>
    public Unit Unit => _unit ?? Units.One;

    /// <summary>Gets how the figure was qualified.</summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>Gets the modifier words that were applied (direction of change, forecast, token direction …).</summary>
    public FigureModifiers Modifiers { get; }

    /// <summary>Gets the magnitude word as printed, or <see langword="null"/>.</summary>
    public ScaleWord? Scale { get; }

    /// <summary>Gets where the printed figure starts in the parsed text.</summary>
    public int TextStart { get; }

    /// <summary>Gets the length of the printed figure in the parsed text.</summary>
    public int TextLength { get; }

    /// <summary>Compares two parsed figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ParsedFigure left, ParsedFigure right) => left.Equals(right);

    /// <summary>Compares two parsed figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ParsedFigure left, ParsedFigure right) => !left.Equals(right);

    /// <summary>Makes the <see cref="Figure"/>, with the printed text taken from the input that was parsed.</summary>
    /// <param name="input">The same text that was parsed.</param>
    /// <returns>The figure, equal to what <see cref="QuantityParser.Parse(string)"/> returns for <paramref name="input"/>.</returns>
    /// <exception cref="ArgumentException">This is the <see langword="default"/> value, or <paramref name="input"/> is shorter than
    /// the figure's place in it (it is not the text that was parsed).</exception>
    public Figure ToFigure(ReadOnlySpan<char> input)
    {
        if (Problem(input.Length) is { } problem)
        {
            throw new ArgumentException(problem, nameof(input));
        }

        return new Figure(Value, Unit, Qualifier, Scale, input.Slice(TextStart, TextLength).ToString()) { Modifiers = Modifiers };
    }

    /// <summary>Makes the <see cref="Figure"/>, reusing <paramref name="input"/> as its printed text when the figure is all of it.</summary>
    /// <param name="input">The same text that was parsed.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">As for <see cref="ToFigure(ReadOnlySpan{char})"/>.</exception>
    public Figure ToFigure(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Problem(input.Length) is { } problem)
        {
            throw new ArgumentException(problem, nameof(input));
        }

        string text = TextStart == 0 && TextLength == input.Length ? input : input.Substring(TextStart, TextLength);
        return new Figure(Value, Unit, Qualifier, Scale, text) { Modifiers = Modifiers };
    }

    /// <inheritdoc/>
    public bool Equals(ParsedFigure other) =>
        Value.Equals(other.Value) && Equals(_unit, other._unit) && Qualifier == other.Qualifier && Modifiers == other.Modifiers && Equals(Scale, other.Scale)
        && TextStart == other.TextStart && TextLength == other.TextLength;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParsedFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, _unit, Qualifier, Scale, TextStart, TextLength);

    /// <summary>Formats the value, unit and qualifier, as <see cref="Figure.ToString"/> does without the printed text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _unit is null ? string.Empty : new Figure(Value, _unit, Qualifier, Scale).ToString();

    private string? Problem(int inputLength) =>
        _unit is null ? "This is the default ParsedFigure, not the result of a parse."
        : TextStart + TextLength > inputLength ? $"The figure lies at {TextStart}..{TextStart + TextLength}, beyond an input of {inputLength} characters; pass the text that was parsed."
        : null;
}
