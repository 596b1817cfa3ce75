using System.Globalization;
using System.Text.RegularExpressions;

namespace MarketMetrics;

/// <summary>
/// The date a claim was published, with the precision it was printed at: a day, a month or a year. A month is a
/// month: <c>2025-10</c> is some day from 2025-10-01 to 2025-10-31, never the first of October.
/// </summary>
/// <remarks>
/// <para><see cref="TryParse"/> reads <c>2025-10-12</c>, <c>2025-10</c>, <c>2025/10/12</c>, <c>2025.10.12</c>,
/// <c>2025年10月12日</c>, <c>2025年10月</c>, <c>Oct 12, 2025</c>, <c>12 October 2025</c>, <c>October 2025</c>,
/// <c>2025</c> and ISO date-times such as <c>2025-10-12T08:00:00+08:00</c>, whose date part is taken as printed
/// (the publisher's own calendar day, not converted to UTC).</para>
/// <para>Equality is structural (first day and precision). Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PublishedDate : IEquatable<PublishedDate>
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Numeric = new(
        @"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?|/(?<m>[0-9]{1,2})(?:/(?<d>[0-9]{1,2}))?|\.(?<m>[0-9]{1,2})(?:\.(?<d>[0-9]{1,2}))?)?$", Options);

    private static readonly Regex IsoTime = new(
        @"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})[t ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?(?:z|[+-][0-9]{2}:?[0-9]{2})?$", Options);

    private static readonly Regex Chinese = new(@"^(?<y>[0-9]{4}) ?年(?: ?(?<m>[0-9]{1,2}) ?月(?: ?(?<d>[0-9]{1,2}) ?[日号號](?: ?[0-9]{1,2}[:：][0-9]{2})?)?)?$", Options);

    // A weekday before the date and a clock time after it ("Thursday, October 30, 2025 at 5:00 p.m. ET",
    // "Oct 29, 2025 03:00:00 -0400") are read and left out: the date is the one printed, in the publisher's time zone.
    private const string Weekday = @"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?";

    private const string Clock = @"(?:,? (?:at )?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[ap]\.?m\.?)?(?: [+-][0-9]{4}| utc| gmt| [ecmp][sd]?t| hkt| cst| bjt)?)?";

    private static readonly Regex MonthFirst = new(@"^" + Weekday + @"(?<mn>[a-z]{3,9})\.? (?:(?<d>[0-9]{1,2}),? )?(?<y>[0-9]{4})" + Clock + "$", Options);

    private static readonly Regex DayFirst = new(@"^" + Weekday + @"(?<d>[0-9]{1,2}) (?<mn>[a-z]{3,9})\.?,? (?<y>[0-9]{4})" + Clock + "$", Options);

    // Digits run together: 202408 (a year and a month), 20250116 (a day), 2025/0116 (a year, then month and day).
    private static readonly Regex Compact = new(@"^(?<y>(?:19|20)[0-9]{2})(?:(?<m>[0-9]{2})(?<d>[0-9]{2})?|/(?<md>[0-9]{4}))$", Options);

    // Printed without a year: 11月25日, 5月21日 10:00, 09-28, 0728, Oct 12, 12 October. Nothing here is read as a date.
    private static readonly Regex MonthDayChinese = new(@"^(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?[日号號](?: ?[0-9]{1,2}[:：][0-9]{2})?$", Options);

    private static readonly Regex MonthDayNumeric = new(@"^(?<m>[0-9]{2})-?(?<d>[0-9]{2})(?: [0-9]{1,2}:[0-9]{2})?$", Options);

    private static readonly Regex MonthDayNamed = new(@"^(?:(?<mn>[a-z]{3,9})\.? (?<d>[0-9]{1,2})|(?<d>[0-9]{1,2}) (?<mn>[a-z]{3,9})\.?)$", Options);

    // Printed relative to when the page was read: 10小时前, 3天前, 昨天, 2 hours ago, yesterday, 5時間前.
    private static readonly Regex RelativeToReading = new(
        @"^(?:[0-9]{1,3} ?(?:分钟|分鐘|分|小时|小時|時間|天|日|周|週)前|昨天|前天|今天|刚刚|剛剛|[0-9]{1,3} (?:minute|min|hour|hr|day|week)s? ago|yesterday|today|just now)$", Options);

    private PublishedDate(DateOnly first, DatePrecision precision)
    {
        First = first;
        Precision = precision;
        Last = precision switch
        {
            DatePrecision.Day => first,
            DatePrecision.Month => first.AddMonths(1).AddDays(-1),
            _ => first.AddYears(1).AddDays(-1),
        };
        Label = precision switch
        {
            DatePrecision.Day => first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Month => first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => first.ToString("yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Gets the first day the date can be.</summary>
    public DateOnly First { get; }

    /// <summary>Gets the last day the date can be (equal to <see cref="First"/> for a day).</summary>
    public DateOnly Last { get; }

    /// <summary>Gets how precisely the date was printed.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets the canonical label: <c>2025-10-12</c>, <c>2025-10</c> or <c>2025</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the day when the date is known to the day, otherwise <see langword="null"/>.</summary>
    public DateOnly? Day => Precision == DatePrecision.Day ? First : null;

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The date.</returns>
    public static PublishedDate OnDay(DateOnly date) => new(date, DatePrecision.Day);

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year, 1..9998.</param>
    /// <param name="month">The month, 1..12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PublishedDate InMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(new DateOnly(year, month, 1), DatePrecision.Month);
    }

    /// <summary>A date known to the year.</summary>
    /// <param name="year">The year, 1..9998.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PublishedDate InYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        return new(new DateOnly(year, 1, 1), DatePrecision.Year);
    }

    /// <summary>Reads a publication date as printed; every character must be understood.</summary>
    /// <param name="text">The text, e.g. <c>2025-10</c>, <c>2025年10月12日</c>, <c>Oct 12, 2025</c>.</param>
    /// <param name="date">The date, or <see langword="null"/>.</param>
    /// <param name="error">Why the text is not a date, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PublishedDate? date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = null;
        string s = string.Join(' ', text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (s.Length is 0 or > 64)
        {
            error = s.Length == 0 ? "The date is empty." : "The date text is longer than 64 characters.";
            return false;
        }

        Match m;
        int month = 0;
        if ((m = IsoTime.Match(s)).Success || (m = Numeric.Match(s)).Success || (m = Chinese.Match(s)).Success)
        {
            month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : -1;
        }
        else if ((m = MonthFirst.Match(s)).Success || (m = DayFirst.Match(s)).Success)
        {
            month = MonthNumber(m.Groups["mn"].Value);
            if (month == 0)
            {
                error = $"'{m.Groups["mn"].Value}' is not a month name.";
                return false;
            }
        }
        else if (Compact.Match(s) is { Success: true } compact)
        {
            return TryCompact(compact, text.Trim(), out date, out error);
        }
        else
        {
            error = $"'{text.Trim()}' is not a date: write 2025-10-12, 2025-10, 2025/10/12, 2025年10月12日, Oct 12, 2025 or October 2025.";
            return false;
        }

        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (year is < 1000 or > 9998)
        {
            // "0728" is a month and a day with no year, not the year 728.
            error = year < 1000 ? $"'{text.Trim()}' is no year of publication (a month and a day without the year?)." : $"There is no year {year}.";
            return false;
        }

        if (month == -1)
        {
            date = InYear(year);
            error = null;
            return true;
        }

        if (month is 0 or > 12)
        {
            error = $"There is no month {month} in '{text.Trim()}'.";
            return false;
        }

        if (!m.Groups["d"].Success)
        {
            date = InMonth(year, month);
            error = null;
            return true;
        }

        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00} has no day {day}.");
            return false;
        }

        date = OnDay(new DateOnly(year, month, day));
        error = null;
        return true;
    }

    /// <summary>Tells whether a publication date is printed without the year (<c>11月25日</c>, <c>09-28</c>, <c>0728</c>,
    /// <c>Oct 12</c>) or relative to when the page was read (<c>10小时前</c>, <c>昨天</c>, <c>2 hours ago</c>): a date no reader can
    /// place in a year. Such a text is never read as a date (no year is supplied); a caller keeps it as printed.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="description">What the text lacks, e.g. "names a month and a day but no year", or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the whole text is such a date; <see langword="false"/> for a full date
    /// (<see cref="TryParse"/> reads it), an impossible month or day (<c>13月5日</c>, <c>02-30</c>) or any other text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool IsPartial(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? description)
    {
        ArgumentNullException.ThrowIfNull(text);
        description = null;
        string s = string.Join(' ', text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (s.Length is 0 or > 64 || TryParse(s, out _, out _))
        {
            return false;
        }

        if (RelativeToReading.IsMatch(s))
        {
            description = "is relative to when the page was read, not a date";
            return true;
        }

        Match m;
        int month;
        if ((m = MonthDayChinese.Match(s)).Success || (m = MonthDayNumeric.Match(s)).Success)
        {
            month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if ((m = MonthDayNamed.Match(s)).Success)
        {
            month = MonthNumber(m.Groups["mn"].Value);
        }
        else
        {
            return false;
        }

        // Any year: 29 February is a day of some years.
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }

        description = "names a month and a day but no year";
        return true;
    }

    // A compact date is read only when no other reading of its digits is a date: 202408 is August 2024 (as year-month-day it
    // would be 2020, month 24); 201205 is refused (May 2012, or 5 December 2020). 2025/0116 is 16 January (day 01 of a month 16
    // is none); 2025/0105 is refused (5 January or 1 May). 20250116 is the day.
    private static bool TryCompact(Match m, string printed, out PublishedDate? date, out string? error)
    {
        date = null;
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        string ambiguous = $"'{printed}' is a date only one way of reading its digits could give, and another reading gives a different one; write 2025-10-12 or 2025-10.";
        if (m.Groups["md"].Success)
        {
            string md = m.Groups["md"].Value;
            DateOnly? monthDay = DateOf(year, md[..2], md[2..]), dayMonth = DateOf(year, md[2..], md[..2]);
            if (monthDay is null || (dayMonth is not null && dayMonth != monthDay))
            {
                error = monthDay is null && dayMonth is null ? $"'{printed}' is not a date: '{md}' is no month and day." : ambiguous;
                return false;
            }

            date = OnDay(monthDay.Value);
            error = null;
            return true;
        }

        if (m.Groups["d"].Success)
        {
            DateOnly? day = DateOf(year, m.Groups["m"].Value, m.Groups["d"].Value);
            if (day is null)
            {
                error = $"'{printed}' is not a date.";
                return false;
            }

            date = OnDay(day.Value);
            error = null;
            return true;
        }

        int month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        string digits = m.Groups["y"].Value + m.Groups["m"].Value;
        DateOnly? sixDigitDay = DateOf(2000 + int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture), digits.Substring(2, 2), digits.Substring(4, 2));
        if (month is < 1 or > 12 || sixDigitDay is not null)
        {
            error = month is < 1 or > 12 ? $"There is no month {month} in '{printed}'." : ambiguous;
            return false;
        }

        date = InMonth(year, month);
        error = null;
        return true;
    }

    private static DateOnly? DateOf(int year, string month, string day)
    {
        int m = int.Parse(month, CultureInfo.InvariantCulture), d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m) ? new DateOnly(year, m, d) : null;
    }

    /// <inheritdoc />
    public bool Equals(PublishedDate? other) => other is not null && First == other.First && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublishedDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Precision);

    /// <summary>Gets the <see cref="Label"/>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    internal static int MonthNumber(string name)
    {
        string n = name.ToLowerInvariant();
        string[] names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < names.Length; i++)
        {
            if (n == names[i] || n == names[i][..3] || (i == 8 && n == "sept"))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
