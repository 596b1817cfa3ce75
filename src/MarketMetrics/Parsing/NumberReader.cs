using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;

namespace MarketMetrics.Parsing;

/// <summary>A number read from text: its value, where it ends and the magnitude words it carried.</summary>
internal readonly record struct ReadNumber(decimal Value, int End, string? ScaleText, decimal ScaleMultiplier, ParseErrorCode? Error, string? ErrorMessage)
{
    /// <summary>Gets a value indicating whether the value is a rounded non-terminating fraction ("two thirds").</summary>
    public bool Approximate { get; init; }

    /// <summary>Gets a value indicating whether the words were only a fraction ("a half"), which may complete a preceding figure.</summary>
    public bool FractionOnly { get; init; }

    /// <summary>Gets a value indicating whether the numeral holds a digit-place or magnitude character (十, 千, 万, hundred …).</summary>
    public bool HasUnits { get; init; }

    /// <summary>Gets a value indicating whether the numeral holds a magnitude (万, 亿, 兆), whether or not it is its scale word.</summary>
    public bool HasMagnitude { get; init; }

    /// <summary>Gets, for one digit followed only by places and magnitudes ("6千万", "5千"), what they multiply by; 1 otherwise.</summary>
    public decimal PlaceMultiplier { get; init; } = 1m;
}

/// <summary>
/// Reads numbers as printed: Arabic digits with group separators, decimals and exponents; Chinese numerals in both
/// scripts, mixed with Arabic digits ("5亿1万4千6百", "3万4000", "536.7萬億"); and English number words.
/// </summary>
internal static class NumberReader
{
    private const int MaxSignificantDigits = 28;

    public static bool IsChineseDigit(char c) => ChineseDigit(c) >= 0;

    public static bool StartsChineseNumeral(ReadOnlySpan<char> text, int i) =>
        IsChineseDigit(text[i]) || text[i] == '十' || (text[i] == '两' || text[i] == '兩');

    public static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '兩' or '贰' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static decimal SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10m,
        '百' or '佰' => 100m,
        '千' or '仟' => 1000m,
        _ => 0m,
    };

    private static decimal BigUnit(char c) => c switch
    {
        '万' or '萬' => 10_000m,
        '亿' or '億' => 100_000_000m,
        '兆' => 1_000_000_000_000m,
        _ => 0m,
    };

    /// <summary>Reads Arabic digits at <paramref name="start"/> (which holds a digit or a '.' before a digit).</summary>
    /// <remarks>Most numbers are plain digits with at most a decimal point: those are read here, by the same steps as
    /// <see cref="ReadArabicInFull"/> takes for them (one mantissa of up to 19 digits, its scale the digits after the point).
    /// A twentieth digit, or a stop at a character the full reader may read on from (a group separator, a second point, an
    /// exponent or a power), leaves the number to it, from the start.</remarks>
    public static ReadNumber ReadArabic(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        ulong mantissa = 0;
        int digits = 0, scale = 0;
        bool seenPoint = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (digits == 19)
                {
                    return ReadArabicInFull(text, start);
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                digits++;
                scale += seenPoint ? 1 : 0;
                i++;
            }
            else if (c == '.' && !seenPoint && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                seenPoint = true;
                i++;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] is ',' or '\u202F' or '.' or 'e' or 'E' or 'x' or '×' or '*' or '^')
        {
            return ReadArabicInFull(text, start);
        }

        return new ReadNumber(new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale), i, null, 1m, null, null);
    }

    /// <summary>Reads Arabic digits at <paramref name="start"/> in full: group separators, more than 19 digits, exponents
    /// and powers.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static ReadNumber ReadArabicInFull(ReadOnlySpan<char> text, int start)
    {
        Span<char> buffer = stackalloc char[64];
        int length = 0;
        int significant = 0;
        bool seenNonZero = false;
        bool seenPoint = false;
        int i = start;
        bool overlong = false;
        ulong mantissa = 0;
        int digits = 0, scale = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (c != '0' || seenNonZero)
                {
                    seenNonZero = true;
                    significant++;
                }

                Append(buffer, ref length, c, ref overlong);
                mantissa = (mantissa * 10) + (ulong)(c - '0');
                digits++;
                scale += seenPoint ? 1 : 0;
                i++;
            }
            else if ((c == ',' || c == '\u202F') && !seenPoint && length > 0 && IsGroup(text, i + 1))
            {
                i++;
            }
            else if (c == '.' && !seenPoint && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                seenPoint = true;
                Append(buffer, ref length, '.', ref overlong);
                i++;
            }
            else
            {
                break;
            }
        }

        // Trailing zeros after the point carry no value.
        if (seenPoint)
        {
            int k = length - 1;
            while (k >= 0 && buffer[k] == '0')
            {
                significant = Math.Max(0, significant - 1);
                k--;
            }
        }

        int exponent = 0;
        int afterMantissa = i;
        if (TryReadExponent(text, ref i, out int e))
        {
            exponent = e;
        }
        else
        {
            i = afterMantissa;
        }

        if (overlong || significant > MaxSignificantDigits)
        {
            return new ReadNumber(0m, i, null, 1m, ParseErrorCode.Overflow,
                $"The number at position {start} has more significant digits than a decimal holds exactly ({MaxSignificantDigits}).");
        }

        // Up to 19 digits fit in the mantissa read along the way: the decimal is built from it, as decimal.Parse would build it.
        decimal value;
        if (digits <= 19)
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        }
        else if (!decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return new ReadNumber(0m, i, null, 1m, ParseErrorCode.InvalidNumber, $"'{text[start..i]}' is not a number.");
        }

        if (exponent != 0)
        {
            try
            {
                value = ApplyExponent(value, exponent);
            }
            catch (OverflowException)
            {
                return new ReadNumber(0m, i, null, 1m, ParseErrorCode.Overflow, $"'{text[start..i]}' is beyond the range of decimal (about 7.9×10^28).");
            }
        }

        if (i < text.Length && text[i] == '^' && TryReadPower(text, i + 1, out int power, out int powerEnd))
        {
            decimal? raised = Power(value, power);
            if (raised is null)
            {
                return new ReadNumber(0m, powerEnd, null, 1m, ParseErrorCode.Overflow,
                    $"'{text[start..powerEnd]}' has no exact decimal value within 28 significant digits.");
            }

            return new ReadNumber(raised.Value, powerEnd, null, 1m, null, null);
        }

        return new ReadNumber(value, i, null, 1m, null, null);
    }

    // "1.1^23", "2.5^-1", "1.1^--23" (signs multiply).
    private static bool TryReadPower(ReadOnlySpan<char> text, int i, out int power, out int end)
    {
        bool negative = false;
        while (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative ^= text[i] == '-';
            i++;
        }

        int digitsStart = i;
        power = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && power < 1000)
        {
            power = (power * 10) + (text[i] - '0');
            i++;
        }

        end = i;
        if (i == digitsStart)
        {
            return false;
        }

        power = negative ? -power : power;
        return true;
    }

    internal static decimal? Power(decimal value, int power)
    {
        if (value == 0m)
        {
            return power > 0 ? 0m : null;
        }

        try
        {
            decimal result = 1m;
            for (int k = 0; k < Math.Abs(power); k++)
            {
                result = ExactDecimal.Multiply(result, value, RoundingDirection.Down, out bool exact);
                if (!exact)
                {
                    return null;
                }
            }

            if (power >= 0)
            {
                return result;
            }

            decimal inverse = ExactDecimal.Divide(1m, result, RoundingDirection.Down, out bool inverseExact);
            return inverseExact ? inverse : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static void Append(Span<char> buffer, ref int length, char c, ref bool overlong)
    {
        if (length < buffer.Length)
        {
            buffer[length++] = c;
        }
        else
        {
            overlong = true;
        }
    }

    private static bool IsGroup(ReadOnlySpan<char> text, int i)
    {
        int digits = 0;
        while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits]))
        {
            digits++;
        }

        return digits == 3 || (digits == 2 && i + 2 < text.Length && text[i + 2] == ',');
    }

    private static bool TryReadExponent(ReadOnlySpan<char> text, ref int i, out int exponent)
    {
        exponent = 0;
        int j = i;
        if (j < text.Length && (text[j] == 'e' || text[j] == 'E'))
        {
            j++;
        }
        else if (j + 3 < text.Length && (text[j] == 'x' || text[j] == '×' || text[j] == '*') && text[j + 1] == '1' && text[j + 2] == '0' && text[j + 3] == '^')
        {
            j += 4;
        }
        else
        {
            return false;
        }

        bool negative = false;
        if (j < text.Length && (text[j] == '+' || text[j] == '-'))
        {
            negative = text[j] == '-';
            j++;
        }

        int digitsStart = j;
        int value = 0;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            value = Math.Min(10_000, (value * 10) + (text[j] - '0'));
            j++;
        }

        if (j == digitsStart || (j < text.Length && char.IsAsciiLetter(text[j])))
        {
            return false;
        }

        i = j;
        exponent = negative ? -value : value;
        return true;
    }

    private static decimal ApplyExponent(decimal value, int exponent)
    {
        if (value == 0m)
        {
            return 0m;
        }

        if (exponent > 60 || exponent < -60)
        {
            throw new OverflowException();
        }

        for (int k = 0; k < exponent; k++)
        {
            value = ExactDecimal.Multiply(value, 10m, RoundingDirection.Down, out bool exact);
            if (!exact)
            {
                throw new OverflowException();
            }
        }

        for (int k = 0; k > exponent; k--)
        {
            value = ExactDecimal.Divide(value, 10m, RoundingDirection.Down, out bool exact);
            if (!exact)
            {
                throw new OverflowException();
            }
        }

        return value;
    }

    /// <summary>
    /// Reads a Chinese numeral, possibly mixed with Arabic digit groups, starting at <paramref name="start"/>.
    /// <paramref name="arabicFirst"/> is an Arabic number already read there (its end is the start of the rest).
    /// </summary>
    /// <paramref name="zhaoIsTrillion"/> reads 兆 as 10¹² wherever it stands (Traditional Chinese and Japanese text);
    /// otherwise 兆 alone is ambiguous.
    public static ReadNumber ReadChinese(ReadOnlySpan<char> text, int start, ReadNumber? arabicFirst, bool allowBareUnit, int fewDigit = 0, bool zhaoIsTrillion = false) =>
        arabicFirst is { } first && TryMagnitudeAfterDigits(text, first, out ReadNumber quick)
            ? quick
            : ReadChineseNumeral(text, start, arabicFirst, allowBareUnit, fewDigit, zhaoIsTrillion);

    /// <summary>
    /// The commonest printed shape, digits and one magnitude ("5000億", "536.7萬億", "1000万"), read without the numeral
    /// state machine. It answers only where the machine would stop right after the magnitude and multiply exactly, so
    /// its result is the machine's (a test compares the two); anything else is left to <see cref="ReadChineseNumeral"/>.
    /// </summary>
    internal static bool TryMagnitudeAfterDigits(ReadOnlySpan<char> text, ReadNumber first, out ReadNumber number) =>
        TryMagnitudeAfterDigits(text, first, internScale: true, out number);

    /// <summary>As <see cref="TryMagnitudeAfterDigits(ReadOnlySpan{char}, ReadNumber, out ReadNumber)"/>; without
    /// <paramref name="internScale"/> the scale text is left null, for a caller that knows the magnitude's shared word.</summary>
    internal static bool TryMagnitudeAfterDigits(ReadOnlySpan<char> text, ReadNumber first, bool internScale, out ReadNumber number)
    {
        number = default;
        int i = first.End;
        decimal multiplier = i < text.Length && text[i] is '万' or '萬' ? 10_000m : i < text.Length && text[i] is '亿' or '億' ? 100_000_000m : 0m;
        if (multiplier == 0m)
        {
            return false;
        }

        int length = multiplier == 10_000m && i + 1 < text.Length && text[i + 1] is '亿' or '億' ? 2 : 1;
        int end = i + length;
        if (end < text.Length && ContinuesNumeral(text[end]))
        {
            return false;
        }

        decimal value;
        try
        {
            value = first.Value * (length == 2 ? 1_000_000_000_000m : multiplier);
        }
        catch (OverflowException)
        {
            return false;
        }

        if (value.Scale != first.Value.Scale)
        {
            return false; // the product did not fit at its scale (digits dropped or rounded): the machine decides
        }

        number = new ReadNumber(value, end, internScale ? ScaleTexts.Intern(text.Slice(i, length)) : null, length == 2 ? 1_000_000_000_000m : multiplier, null, null) { HasUnits = true, HasMagnitude = true, PlaceMultiplier = length == 2 ? 1_000_000_000_000m : multiplier };
        return true;
    }

    // Characters after which the numeral state machine would read on: spaces, digits, units, 点 and 几.
    private static bool ContinuesNumeral(char c) =>
        c == ' ' || char.IsAsciiDigit(c) || ChineseDigit(c) >= 0 || SmallUnit(c) > 0m || BigUnit(c) > 0m || c is '点' or '點' or '几' or '幾';

    /// <summary>The numeral state machine behind <see cref="ReadChinese"/>.</summary>
    internal static ReadNumber ReadChineseNumeral(ReadOnlySpan<char> text, int start, ReadNumber? arabicFirst, bool allowBareUnit, int fewDigit = 0, bool zhaoIsTrillion = false)
    {
        decimal total = 0m, section = 0m, number = 0m;
        bool haveNumber = false, anyDigit = false, lastWasChineseDigit = false, afterZero = false;
        decimal lastUnit = 0m;
        int digitElements = 0, unitElements = 0;
        bool lastElementDigitAfterUnit = false, numberIsSingleDigit = false;
        Span<char> scaleText = stackalloc char[16];
        int scaleLength = 0;
        bool scaleOnlyAfterFirstDigit = true;
        int i = start;
        int end = start;
        if (arabicFirst is { } first)
        {
            number = first.Value;
            haveNumber = anyDigit = true;
            digitElements = 1;
            i = end = first.End;
        }

        // A numeral may continue across spaces ("7 万5 千4 百"), but a group whose magnitude is not below the one
        // before it ("三千万 五千万", "三千万五千万") starts a second figure: the numeral ends where that group began.
        decimal lastBig = 0m;
        (decimal Total, decimal Section, decimal Number, bool HaveNumber, int End, decimal LastUnit, bool LastDigitAfterUnit, bool SingleDigit, int ScaleLength)? atSpace = null;

        // Digit places fall within a group ("三千四百"); a place that does not ("三千四千", "五百六百") starts a second figure,
        // which ends this numeral where that place's digit began.
        decimal lastSmall = 0m;
        bool digitSinceSmall = false;
        (decimal Total, decimal Section, decimal Number, bool HaveNumber, int End, decimal LastUnit, bool LastDigitAfterUnit, bool SingleDigit, int ScaleLength) groupStart =
            (0m, 0m, 0m, false, start, 0m, false, false, 0);
        try
        {
            while (i < text.Length)
            {
                int j = i;
                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }

                if (j >= text.Length)
                {
                    break;
                }

                if (j > i && anyDigit)
                {
                    atSpace = (total, section, number, haveNumber, end, lastUnit, lastElementDigitAfterUnit, numberIsSingleDigit, scaleLength);
                }

                char c = text[j];
                int d = c is '几' or '幾' && (haveNumber || unitElements > 0) ? fewDigit : ChineseDigit(c);
                decimal small = SmallUnit(c);
                decimal big = BigUnit(c);
                if (d >= 0)
                {
                    if (c is '几' or '幾')
                    {
                        number = d;
                        haveNumber = anyDigit = true;
                        lastElementDigitAfterUnit = false;
                        lastWasChineseDigit = false;
                        i = end = j + 1;
                        continue;
                    }

                    if (c is '零' or '〇' && !lastWasChineseDigit)
                    {
                        afterZero = true;
                        number = 0m;
                        haveNumber = false;
                        i = end = j + 1;
                        continue;
                    }

                    if (!lastWasChineseDigit)
                    {
                        groupStart = (total, section, number, haveNumber, end, lastUnit, lastElementDigitAfterUnit, numberIsSingleDigit, scaleLength);
                    }

                    digitSinceSmall = true;

                    // Digit-by-digit reading ("二〇二五") continues the same number.
                    number = lastWasChineseDigit && haveNumber ? (number * 10m) + d : d;
                    lastElementDigitAfterUnit = unitElements > 0 && !afterZero && !lastWasChineseDigit;
                    numberIsSingleDigit = !lastWasChineseDigit;
                    haveNumber = anyDigit = true;
                    lastWasChineseDigit = true;
                    digitElements++;
                    if (unitElements > 0)
                    {
                        scaleOnlyAfterFirstDigit = false;
                    }

                    i = end = j + 1;
                    continue;
                }

                if (char.IsAsciiDigit(c) && (unitElements > 0 || afterZero))
                {
                    groupStart = (total, section, number, haveNumber, end, lastUnit, lastElementDigitAfterUnit, numberIsSingleDigit, scaleLength);
                    digitSinceSmall = true;
                    ReadNumber arabic = ReadArabic(text, j);
                    if (arabic.Error is not null)
                    {
                        return arabic;
                    }

                    number = arabic.Value;
                    lastElementDigitAfterUnit = !afterZero && arabic.Value is >= 1m and <= 9m && arabic.End == j + 1;
                    numberIsSingleDigit = arabic.End == j + 1;
                    haveNumber = anyDigit = true;
                    lastWasChineseDigit = false;
                    digitElements++;
                    scaleOnlyAfterFirstDigit = false;
                    i = end = arabic.End;
                    continue;
                }

                if ((c == '点' || c == '點') && (anyDigit || afterZero) && j + 1 < text.Length && (IsChineseDigit(text[j + 1]) || text[j + 1] == ' '))
                {
                    int k = j + 1;
                    decimal fraction = 0m, place = 0.1m;
                    bool anyFraction = false;
                    while (k < text.Length && (IsChineseDigit(text[k]) || (text[k] == ' ' && k + 1 < text.Length && IsChineseDigit(text[k + 1]))))
                    {
                        if (text[k] != ' ')
                        {
                            fraction += ChineseDigit(text[k]) * place;
                            place /= 10m;
                            anyFraction = true;
                        }

                        k++;
                    }

                    if (!anyFraction)
                    {
                        break;
                    }

                    number += fraction;
                    anyDigit = true; // 零点五: the zero before the point is a digit of its own
                    lastElementDigitAfterUnit = false;
                    lastWasChineseDigit = false;
                    i = end = k;
                    continue;
                }

                if (small > 0m)
                {
                    if (!haveNumber && !anyDigit && small != 10m && !allowBareUnit)
                    {
                        break;
                    }

                    // Not a numeral unit when it begins a unit word (千米, 千克, 百分点).
                    if (j + 1 < text.Length && "米克瓦卡焦帕赫伏升分".Contains(text[j + 1], StringComparison.Ordinal) && !IsMinutes(text, j + 1))
                    {
                        break;
                    }

                    if (lastSmall > 0m && small >= lastSmall && !digitSinceSmall)
                    {
                        return new ReadNumber(0m, j + 1, null, 1m, ParseErrorCode.InvalidNumber, $"The digit place '{c}' at position {j} follows another with no digit between.");
                    }

                    if (lastSmall > 0m && small >= lastSmall)
                    {
                        (total, section, number, haveNumber, end, lastUnit, lastElementDigitAfterUnit, numberIsSingleDigit, int restoredScaleLength) = groupStart;
                        scaleLength = restoredScaleLength;
                        break;
                    }

                    // One digit and its places ("6千万", "3千亿") keep their magnitude words, as "6万" does, so that a range's
                    // low end ("5-6千万") takes the same magnitude.
                    bool firstPlace = haveNumber && digitElements == 1 && unitElements == 0 && section == 0m && total == 0m && scaleOnlyAfterFirstDigit;
                    lastSmall = small;
                    digitSinceSmall = false;
                    section += (haveNumber ? number : 1m) * small;
                    number = 0m;
                    haveNumber = false;
                    lastWasChineseDigit = false;
                    lastElementDigitAfterUnit = false;
                    afterZero = false;
                    lastUnit = small;
                    unitElements++;
                    anyDigit = true;
                    scaleOnlyAfterFirstDigit = firstPlace;
                    if (firstPlace)
                    {
                        scaleText[scaleLength++] = c;
                    }

                    i = end = j + 1;
                    continue;
                }

                if (big > 0m)
                {
                    if (!anyDigit)
                    {
                        break;
                    }

                    bool adjacentBig = j > 0 && BigUnit(text[j - 1]) > 0m;
                    if (lastBig > 0m && big >= lastBig && !adjacentBig && atSpace is { } restore)
                    {
                        (total, section, number, haveNumber, end, lastUnit, lastElementDigitAfterUnit, numberIsSingleDigit, int restoredScaleLength) = restore;
                        scaleLength = restoredScaleLength;
                        break;
                    }

                    lastBig = adjacentBig && lastBig > 0m ? lastBig * big : big;
                    lastSmall = 0m;
                    if (big == 1_000_000_000_000m)
                    {
                        // 兆 is 10¹² in financial Chinese only where smaller groups follow it; alone it may mean 10⁶.
                        if (!zhaoIsTrillion && !FollowedByNumeralGroup(text, j + 1))
                        {
                            return new ReadNumber(0m, j + 1, null, 1m, ParseErrorCode.AmbiguousScale,
                                $"'兆' at position {j} can mean 10^6 or 10^12; write 万亿 (10^12) or 百万 (10^6).");
                        }

                        total = (total + section + number) * big;
                        section = 0m;
                    }
                    else if (big == 100_000_000m)
                    {
                        // 億 scales only what stands below it; a 兆 group already in total stays as it is.
                        total += (section + number) * big;
                        section = 0m;
                    }
                    else
                    {
                        section = (section + number) * big;
                    }

                    if (scaleOnlyAfterFirstDigit)
                    {
                        if (scaleLength == scaleText.Length)
                        {
                            throw new OverflowException(); // sixteen magnitude words multiply far beyond decimal's range
                        }

                        scaleText[scaleLength++] = c;
                    }

                    number = 0m;
                    haveNumber = false;
                    lastWasChineseDigit = false;
                    lastElementDigitAfterUnit = false;
                    afterZero = false;
                    lastUnit = big;
                    unitElements++;
                    i = end = j + 1;
                    atSpace = (total, section, number, haveNumber, end, lastUnit, lastElementDigitAfterUnit, numberIsSingleDigit, scaleLength);
                    continue;
                }

                break;
            }

            if (!anyDigit)
            {
                return new ReadNumber(0m, start, null, 1m, ParseErrorCode.NoNumber, "No numeral here.");
            }

            // Colloquial "三百一" = 310, "一万五" = 15000: a lone digit right after a unit counts in the next lower place.
            if (haveNumber && lastElementDigitAfterUnit && numberIsSingleDigit && lastUnit >= 10m)
            {
                number *= lastUnit / 10m;
            }

            decimal value = total + section + number;
            decimal multiplier = 1m;
            bool magnitude = false;
            if (scaleLength > 0 && scaleOnlyAfterFirstDigit)
            {
                foreach (char c in scaleText[..scaleLength])
                {
                    magnitude |= BigUnit(c) > 0m;
                    multiplier *= BigUnit(c) > 0m ? BigUnit(c) : SmallUnit(c);
                }
            }

            // Only magnitudes (万, 亿, 千万) are kept as the figure's scale word; the places of one digit ("两千") are not,
            // but a range's bare low end still takes them ("3-5千" = 3000-5000).
            string? scale = magnitude ? ScaleTexts.Intern(scaleText[..scaleLength]) : null;
            return new ReadNumber(value, end, scale, magnitude ? multiplier : 1m, null, null) { HasUnits = unitElements > 0, PlaceMultiplier = multiplier, HasMagnitude = lastBig > 0m };
        }
        catch (OverflowException)
        {
            return new ReadNumber(0m, end, null, 1m, ParseErrorCode.Overflow, $"The numeral at position {start} is beyond the range of decimal (about 7.9×10^28).");
        }
    }

    /// <summary>Whether 分 at <paramref name="i"/> begins 分钟 (minutes), after which a digit place is still a numeral.</summary>
    internal static bool IsMinutes(ReadOnlySpan<char> text, int i) => i + 1 < text.Length && text[i] == '分' && text[i + 1] is '钟' or '鐘';

    private static bool FollowedByNumeralGroup(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && (IsChineseDigit(text[i]) || char.IsAsciiDigit(text[i]));
    }

    private static readonly (string Word, int Value)[] EnglishUnits =
    [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("a", 1), ("an", 1),
        ("first", 1), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9),
        ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
        ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20),
    ];

    private static readonly (string Word, decimal Value)[] EnglishMagnitudes =
    [
        ("hundred", 100m), ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m), ("trillion", 1_000_000_000_000m),
    ];

    /// <summary>Whether the word at <paramref name="start"/> is an English number word (or "a"/"an"): a cheap test before
    /// <see cref="ReadEnglish"/>, which no other word can start.</summary>
    public static bool StartsEnglishNumber(ReadOnlySpan<char> text, int start)
    {
        NextWord(text, start, out ReadOnlySpan<char> word);
        return !Find(word).Equals(EnglishWord.None);
    }

    /// <summary>
    /// Reads English number words at a word start: cardinals ("twenty-one trillion three hundred"), ordinals
    /// ("the tenth") and fractions ("half million", "three quarters billion", "one million and a half",
    /// "two thirds of a million"). A fraction that does not terminate (thirds) is rounded to 28 digits and flagged approximate.
    /// </summary>
    public static ReadNumber? ReadEnglish(ReadOnlySpan<char> text, int start)
    {
        decimal total = 0m, current = 0m, lastMagnitude = 0m, maxMagnitude = 0m;
        bool hundreds = false;
        bool any = false, lastWasMagnitude = false, onlyArticle = true, approximate = false, afterAnd = false, fractionOnly = false;
        int lastNumeral = -1;
        int i = start, end = start;
        while (i < text.Length)
        {
            int wordEnd = NextWord(text, i, out ReadOnlySpan<char> word);
            if (wordEnd == i)
            {
                break;
            }

            EnglishWord known = Find(word);
            int unit = known.Unit;
            int denominator = known.Denominator;
            decimal magnitude = known.Magnitude;
            bool isArticle = word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
            if (denominator > 0 && (lastNumeral >= 1 || denominator is 2 or 4 && !IsOrdinalOnly(word)))
            {
                int numerator = lastNumeral >= 1 ? lastNumeral : 1;
                if (lastNumeral >= 1)
                {
                    current -= lastNumeral;
                }

                // A fraction terminates when its reduced denominator has no prime factor but 2 and 5; otherwise (thirds,
                // ninths) it is rounded to 28 digits and flagged.
                decimal fraction = (decimal)numerator / denominator;
                approximate = approximate || !Terminates(numerator, denominator);

                end = wordEnd;
                i = SkipSeparator(text, wordEnd);
                int afterOf = SkipWords(text, i, "of", "a", "an");
                int magnitudeEnd = NextWord(text, afterOf, out ReadOnlySpan<char> nextWord);
                decimal following = magnitudeEnd > afterOf ? FindMagnitude(nextWord) : 0m;
                if (following > 0m)
                {
                    total += (current + fraction) * following;
                    current = 0m;
                    lastMagnitude = following;
                    lastWasMagnitude = true;
                    end = magnitudeEnd;
                    i = SkipSeparator(text, magnitudeEnd);
                }
                else if (lastMagnitude > 0m && current == 0m)
                {
                    total += fraction * lastMagnitude;
                    lastWasMagnitude = false;
                }
                else
                {
                    fractionOnly = total == 0m && current == 0m;
                    current += fraction;
                    lastWasMagnitude = false;
                }

                any = true;
                onlyArticle = false;
                afterAnd = false;
                lastNumeral = -1;
                continue;
            }

            if (unit >= 0)
            {
                if (any && !lastWasMagnitude && !afterAnd)
                {
                    bool tensThenOnes = current % 10m == 0m && current % 100m != 0m && unit is > 0 and < 10;
                    if (!tensThenOnes)
                    {
                        break;
                    }
                }

                if (!isArticle)
                {
                    onlyArticle = false;
                }

                lastNumeral = any && !lastWasMagnitude && !afterAnd ? -1 : unit;
                current += unit;
                any = true;
                lastWasMagnitude = false;
                afterAnd = false;
            }
            else if (magnitude > 0m && any)
            {
                onlyArticle = false;
                if (magnitude == 100m)
                {
                    hundreds = true;
                    current = (current == 0m ? 1m : current) * 100m;
                }
                else if (lastMagnitude > 0m && magnitude > lastMagnitude)
                {
                    // "three thousand billion", "five hundred thousand million": a larger magnitude multiplies what stands
                    // before it. Under a still larger one ("a billion two thousand million") the reading is unclear.
                    if (maxMagnitude > magnitude)
                    {
                        return new ReadNumber(0m, wordEnd, null, 1m, ParseErrorCode.InvalidNumber,
                            $"'{text[start..wordEnd]}' multiplies a magnitude under a larger one; write the figure in digits.");
                    }

                    total = (total + current) * magnitude;
                    current = 0m;
                    lastMagnitude = maxMagnitude = magnitude;
                }
                else
                {
                    total += (current == 0m ? 1m : current) * magnitude;
                    current = 0m;
                    lastMagnitude = magnitude;
                    maxMagnitude = Math.Max(maxMagnitude, magnitude);
                }

                lastWasMagnitude = true;
                lastNumeral = -1;
            }
            else if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && any && (lastWasMagnitude || StartsFraction(text, SkipSeparator(text, wordEnd))))
            {
                int next = SkipSeparator(text, wordEnd);
                int nextEnd = NextWord(text, next, out ReadOnlySpan<char> nextWord);
                if (nextEnd == next || (FindUnit(nextWord) <= 0 && !StartsFraction(text, next)))
                {
                    break;
                }

                afterAnd = true;
                i = next;
                continue;
            }
            else
            {
                break;
            }

            end = wordEnd;
            i = SkipSeparator(text, wordEnd);
        }

        if (!any || onlyArticle)
        {
            return null;
        }

        return new ReadNumber(total + current, end, null, 1m, null, null)
        {
            Approximate = approximate,
            FractionOnly = fractionOnly && total == 0m,
            HasUnits = maxMagnitude > 0m || hundreds,
        };
    }

    private static bool IsOrdinalOnly(ReadOnlySpan<char> word) => word.Equals("fourth", StringComparison.OrdinalIgnoreCase);

    private static bool StartsFraction(ReadOnlySpan<char> text, int i)
    {
        int end = NextWord(text, i, out ReadOnlySpan<char> word);
        if (end == i)
        {
            return false;
        }

        if (FindDenominator(word) is 2 or 4)
        {
            return true;
        }

        if (FindUnit(word) <= 0)
        {
            return false;
        }

        int secondEnd = NextWord(text, SkipSeparator(text, end), out ReadOnlySpan<char> second);
        return secondEnd > end && FindDenominator(second) > 0;
    }

    private static int NextWord(ReadOnlySpan<char> text, int i, out ReadOnlySpan<char> word)
    {
        int end = i;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        word = text.Slice(i, end - i);
        return end;
    }

    private static int SkipWords(ReadOnlySpan<char> text, int i, params ReadOnlySpan<string> words)
    {
        foreach (string expected in words)
        {
            int end = NextWord(text, i, out ReadOnlySpan<char> word);
            if (end > i && word.Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                i = SkipSeparator(text, end);
            }
        }

        return i;
    }

    private static int FindDenominator(ReadOnlySpan<char> word) => Find(word).Denominator;

    private static bool Terminates(int numerator, int denominator)
    {
        int d = denominator / (int)BigInteger.GreatestCommonDivisor(numerator, denominator);
        while (d % 2 == 0)
        {
            d /= 2;
        }

        while (d % 5 == 0)
        {
            d /= 5;
        }

        return d == 1;
    }

    private static int SkipSeparator(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        if (j < text.Length && text[j] == '-')
        {
            j++;
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        return j;
    }

    private static int FindUnit(ReadOnlySpan<char> word) => Find(word).Unit;

    private static decimal FindMagnitude(ReadOnlySpan<char> word) => Find(word).Magnitude;

    // One case-insensitive lookup per word instead of a scan of every number word: most words read here are not numbers,
    // and most of those are told apart before the lookup by their first letter and length, which no number word shares.
    private static EnglishWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return EnglishWord.None;
        }

        int letter = (word[0] | 0x20) - 'a';
        if ((uint)letter < 26 && word.Length < 32 && (EnglishWordLengths[letter] & (1u << word.Length)) == 0)
        {
            return EnglishWord.None;
        }

        return EnglishWordsBySpan.TryGetValue(word, out EnglishWord found) ? found : EnglishWord.None;
    }

    // For each ASCII letter, the lengths (below 32) of the number words that start with it, one bit each; a word of a letter
    // and length with no bit here is no number word. Words that start otherwise, or are longer, go to the lookup.
    private static readonly uint[] EnglishWordLengths = BuildEnglishWordLengths();

    private static uint[] BuildEnglishWordLengths()
    {
        var lengths = new uint[26];
        foreach (string word in BuildEnglishWords().Keys)
        {
            int letter = (word[0] | 0x20) - 'a';
            if ((uint)letter >= 26 || word.Length >= 32 || !char.IsAsciiLetter(word[0]))
            {
                throw new InvalidOperationException($"The English number word '{word}' must start with an ASCII letter and be shorter than 32 characters.");
            }

            lengths[letter] |= 1u << word.Length;
        }

        return lengths;
    }

    private static FrozenDictionary<string, EnglishWord> BuildEnglishWords()
    {
        var words = new Dictionary<string, EnglishWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, Func<EnglishWord, EnglishWord> change) =>
            words[word] = change(words.TryGetValue(word, out EnglishWord known) ? known : EnglishWord.None);

        foreach ((string word, int value) in EnglishUnits)
        {
            Add(word, w => w with { Unit = value });
        }

        // A denominator may be plural ("three quarters", "two halves").
        foreach ((string stem, int denominator) in new[] { ("half", 2), ("third", 3), ("quarter", 4), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10) })
        {
            Add(stem, w => w with { Denominator = denominator });
            Add(stem + "s", w => w with { Denominator = denominator });
        }

        Add("halves", w => w with { Denominator = 2 });
        foreach ((string word, decimal magnitude) in EnglishMagnitudes)
        {
            Add(word, w => w with { Magnitude = magnitude });
            Add(word + "s", w => w with { Magnitude = magnitude });
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenDictionary<string, EnglishWord>.AlternateLookup<ReadOnlySpan<char>> EnglishWordsBySpan =
        BuildEnglishWords().GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly record struct EnglishWord(int Unit, int Denominator, decimal Magnitude)
    {
        public static EnglishWord None { get; } = new(-1, 0, 0m);
    }
}
