namespace MarketMetrics;

/// <summary>
/// Words attached to a printed figure that change what it states without being its number, unit or qualifier: a
/// direction of change (下降, 增长, decreased by), a change basis (同比, year over year), a forecast word (预计, 有望), an
/// approximate bound (超过约5亿), a token direction of a price (输入, output). A parse applies every such word it reads or
/// fails; these flags say which were applied. The JSON names (a public contract) are given with each member.
/// </summary>
/// <remarks>A figure with <see cref="Change"/> states a change, not a level: "下降5%" is −5% with
/// <see cref="Change"/> and <see cref="Decrease"/>; "增长28%" is +28% with <see cref="Change"/>.</remarks>
[Flags]
public enum FigureModifiers
{
    /// <summary>No modifier word was applied.</summary>
    None = 0,

    /// <summary><c>change</c>: the figure is a change (增长, 下降, grew, decreased by), not a level.</summary>
    Change = 1,

    /// <summary><c>decrease</c>: a word of decline (下降, 减少, 降低, 直降, decreased, fell) negated the value.</summary>
    Decrease = 2,

    /// <summary><c>year-on-year</c>: 同比, year over year, YoY.</summary>
    YearOnYear = 4,

    /// <summary><c>period-on-period</c>: 环比, quarter over quarter, month over month, QoQ.</summary>
    PeriodOnPeriod = 8,

    /// <summary><c>forecast</c>: 预计, 有望, 预期, expected, forecast — the figure is an outlook.</summary>
    Forecast = 16,

    /// <summary><c>approximate-bound</c>: the bound itself is approximate (超过约5亿, 约5亿以上).</summary>
    ApproximateBound = 32,

    /// <summary><c>input-tokens</c>: the price or volume is of input (prompt) tokens (输入, input).</summary>
    InputTokens = 64,

    /// <summary><c>output-tokens</c>: the price or volume is of output (completion) tokens (输出, output).</summary>
    OutputTokens = 128,

    /// <summary><c>cached-input-tokens</c>: cached input, a cache hit (缓存命中, cached input, cache hit).</summary>
    CachedInputTokens = 256,
}
