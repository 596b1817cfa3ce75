namespace MarketMetrics.Parsing;

/// <summary>
/// One figure of a printed value that holds several: an input or an output price, a tier's price, the start or end of a
/// change, or the change derived from them. Made by <see cref="CompoundFigureParser"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FigurePart
{
    internal FigurePart(Figure figure, FigurePartRole role, string? label, IReadOnlyList<KeyValuePair<string, string>> scope, int start, int length)
    {
        Figure = figure;
        Role = role;
        Label = label;
        Scope = scope;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the figure, read by the strict <see cref="QuantityParser"/> (or, for <see cref="FigurePartRole.DerivedChange"/>, computed).</summary>
    public Figure Figure { get; }

    /// <summary>Gets what the part is.</summary>
    public FigurePartRole Role { get; }

    /// <summary>Gets the part's label as it names the part in record ids: <c>input</c>, <c>output</c>, <c>cached-input</c>,
    /// a tier such as <c>≤32K</c> (or <c>≤32K/input</c>), <c>start</c>, <c>end</c>, <c>multiple</c>, <c>pp-change</c>;
    /// <see langword="null"/> for <see cref="FigurePartRole.Whole"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets the scope entries the part adds to its claim's basis (<c>token-direction=output</c>, <c>context-tier=≤32K</c>,
    /// <c>cache=miss</c>, <c>change-point=start</c>); empty for a whole figure.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Scope { get; }

    /// <summary>Gets the period printed with this part alone, as a period text (<c>2024</c> of "from $40 billion in 2024 to $46
    /// billion in 2025"; the derived change spans both years, <c>2024-01-01/2026-01-01</c>); <see langword="null"/> when the part
    /// is of the claim's own period.</summary>
    public string? PeriodText { get; init; }

    /// <summary>Gets where the part's own text starts in the printed value (0 for a derived part).</summary>
    public int Start { get; }

    /// <summary>Gets the length of the part's own text (the whole value's length for a derived part).</summary>
    public int Length { get; }

    /// <summary>Formats as <c>label: figure</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label is null ? Figure.ToString() : Label + ": " + Figure;
}
