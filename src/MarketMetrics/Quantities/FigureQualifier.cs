namespace MarketMetrics;

/// <summary>
/// How a figure was qualified when it was printed; decides the shape of its <see cref="Interval"/>.
/// The JSON names (a public contract) are given with each member.
/// </summary>
public enum FigureQualifier
{
    /// <summary><c>exact</c>: a plain figure, [v, v].</summary>
    Exact = 0,

    /// <summary><c>over</c>: 超, 超过, 逾, 多, 余, over, more than, above, exceeds — (v, +∞).</summary>
    Over,

    /// <summary><c>at-least</c>: 以上, 不低于, 至少, at least — [v, +∞).</summary>
    AtLeast,

    /// <summary><c>nearly</c>: 近, 将近, 接近, nearly, almost — (−∞, v), and close to v.</summary>
    Nearly,

    /// <summary><c>under</c>: 不到, 不足, 以下, under, below, less than — (−∞, v).</summary>
    Under,

    /// <summary><c>at-most</c>: 至多, 最多, up to, at most — (−∞, v].</summary>
    AtMost,

    /// <summary><c>about</c>: 约, 大约, 左右, 上下, about, around, approximately, ~ — the nominal point [v, v], flagged approximate.</summary>
    About,

    /// <summary><c>range</c>: "5-6亿元", "20至40", "between 20 and 40" — [a, b].</summary>
    Range,
}
