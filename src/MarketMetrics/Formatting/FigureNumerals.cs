namespace MarketMetrics.Formatting;

/// <summary>How a <see cref="FigureFormatter"/> writes the digits of a figure.</summary>
public enum FigureNumerals
{
    /// <summary>Arabic digits: 536.7万亿, 1,197.</summary>
    Arabic = 0,

    /// <summary>Chinese numerals: 五百三十六点七万亿, 一千一百九十七. Only with a Chinese <see cref="FigureLanguage"/>.</summary>
    Chinese,
}
