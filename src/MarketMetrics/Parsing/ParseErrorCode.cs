namespace MarketMetrics.Parsing;

/// <summary>Why a text did not parse. Each code has a stable JSON name, given with the member.</summary>
public enum ParseErrorCode
{
    /// <summary><c>empty</c>: the input is empty or only white space.</summary>
    Empty = 1,

    /// <summary><c>no-number</c>: no figure was found in the input.</summary>
    NoNumber,

    /// <summary><c>qualifier-without-number</c>: a qualifier such as 超 or "over" with no figure to qualify.</summary>
    QualifierWithoutNumber,

    /// <summary><c>ambiguous</c>: the input holds two or more different figures; none is picked silently.</summary>
    Ambiguous,

    /// <summary><c>overflow</c>: the value is beyond the range of <see cref="decimal"/> (about 7.9×10²⁸).</summary>
    Overflow,

    /// <summary><c>negative</c>: a negative value where the unit forbids it (shares, prices, counts, token volumes).</summary>
    Negative,

    /// <summary><c>too-long</c>: the input is longer than <see cref="QuantityParserOptions.MaxInputLength"/>.</summary>
    TooLong,

    /// <summary><c>unknown-unit</c>: a word right after the number that is no known unit, currency or scale.</summary>
    UnknownUnit,

    /// <summary><c>invalid-number</c>: digits that do not form a number (e.g. "1..2", "1e").</summary>
    InvalidNumber,

    /// <summary><c>invalid-range</c>: a range whose low end is above its high end, or whose ends disagree in unit.</summary>
    InvalidRange,

    /// <summary><c>ambiguous-scale</c>: a magnitude word whose value depends on the region (兆 alone: 10⁶ or 10¹²).</summary>
    AmbiguousScale,

    /// <summary><c>invalid-period</c>: a period text that names no period or an impossible date.</summary>
    InvalidPeriod,

    /// <summary><c>unknown-fiscal-calendar</c>: a fiscal year of a company whose calendar is not known.</summary>
    UnknownFiscalCalendar,

    /// <summary><c>unknown-word</c>: a word attached to the figure, or a modifier word in its context (a sign, rate or
    /// status word), that the parser cannot apply; the figure would mean something else without it.</summary>
    UnknownWord,

    /// <summary><c>contradictory-qualifiers</c>: qualifiers that cannot hold together ("不超过5亿元以上").</summary>
    ContradictoryQualifiers,

    /// <summary><c>needs-published-date</c>: a period relative to when it was printed (去年, 上季度, 年初至今) with no published date to resolve it against.</summary>
    NeedsPublishedDate,

    /// <summary><c>published-date-too-coarse</c>: a relative period whose answer depends on the day, against a published date known only to the month or year (上月 from 2025, 年初至今 from 2025-10).</summary>
    PublishedDateTooCoarse,
}
