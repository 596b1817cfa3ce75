namespace MarketMetrics.Parsing;

/// <summary>What a part of a printed value is (see <see cref="CompoundFigureParser"/>).</summary>
public enum FigurePartRole
{
    /// <summary>The whole text is one figure.</summary>
    Whole,

    /// <summary>One of several figures told apart by a label: a token direction (输入 / output / cache hit) or a context-length tier (≤32K).</summary>
    Labelled,

    /// <summary>The level a change starts from ("从1200亿增长到超30万亿": 1200亿).</summary>
    ChangeStart,

    /// <summary>The level a change ends at ("从1200亿增长到超30万亿": 超30万亿).</summary>
    ChangeEnd,

    /// <summary>A change printed beside the level it led to ("36.04億元,同比增長35%": 同比增長35%); the level is a
    /// <see cref="Labelled"/> part labelled <c>level</c>.</summary>
    StatedChange,

    /// <summary>Computed from a change's start and end: the multiple end ÷ start, or for shares the percentage-point difference end − start. Not printed.</summary>
    DerivedChange,
}
