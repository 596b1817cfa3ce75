namespace MarketMetrics.Serialization;

/// <summary>A <see cref="Figure"/> in the JSON and CSV contracts: the interval in its own unit, qualifier, unit symbol, scale word and text.</summary>
public sealed class FigureDocument
{
    /// <summary>Gets the low end; <see langword="null"/> when unbounded.</summary>
    public decimal? Low { get; init; }

    /// <summary>Gets whether the low end is included.</summary>
    public bool LowInclusive { get; init; }

    /// <summary>Gets the high end; <see langword="null"/> when unbounded.</summary>
    public decimal? High { get; init; }

    /// <summary>Gets whether the high end is included.</summary>
    public bool HighInclusive { get; init; }

    /// <summary>Gets the qualifier's contract name (<see cref="ContractNames.Of(FigureQualifier)"/>).</summary>
    public string Qualifier { get; init; } = "exact";

    /// <summary>Gets the unit symbol.</summary>
    public string Unit { get; init; } = "1";

    /// <summary>Gets the magnitude word as printed, or <see langword="null"/>.</summary>
    public string? Scale { get; init; }

    /// <summary>Gets the magnitude word's multiplier, or <see langword="null"/>.</summary>
    public decimal? ScaleMultiplier { get; init; }

    /// <summary>Gets the figure as printed, or <see langword="null"/>.</summary>
    public string? Text { get; init; }
}
