using System.Collections.Concurrent;
using System.Globalization;

namespace MarketMetrics.Parsing;

/// <summary>
/// Parses reporting periods as printed: "2025上半年", "H1 2025", "FY2024", "阿里巴巴2024财年", "2025年第三季度", "Q3 2025",
/// "2024年", "2025年6月", "June 2025", "2025-06-30", "2025年1-6月", "as of June 2025", "日均".
/// </summary>
/// <remarks>
/// <para>Never throws on data: failures are <see cref="ParseErrorCode.InvalidPeriod"/> or
/// <see cref="ParseErrorCode.UnknownFiscalCalendar"/> with a message and a position.</para>
/// <para>A fiscal year needs a calendar: the one passed to <see cref="Parse(string, FiscalCalendar?)"/>, a company
/// named in the text and found in <see cref="FiscalCalendars"/>, or an <c>@id</c> suffix ("FY2024@alibaba", the
/// form <see cref="ReportingPeriod.Label"/> writes). Instances are immutable and thread-safe.</para>
/// <para>Results for the first 4,096 distinct texts are remembered, since a column of periods repeats a few texts.</para>
/// </remarks>
public sealed class PeriodParser
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // A column of periods repeats a few texts over millions of rows: results (immutable) are kept for the first texts seen.
    private const int RecentCapacity = 4096;

    private readonly ConcurrentDictionary<(string Text, FiscalCalendar? Calendar), ParseResult<ParsedPeriod>> _recent = new();

    /// <summary>Creates a parser.</summary>
    /// <param name="fiscalCalendars">The company calendars to resolve fiscal years with; <see langword="null"/> for the built-in ones.</param>
    public PeriodParser(FiscalCalendarRegistry? fiscalCalendars = null) => FiscalCalendars = fiscalCalendars ?? FiscalCalendarRegistry.Default;

    /// <summary>Gets a parser with the built-in fiscal calendars.</summary>
    public static PeriodParser Default { get; } = new();

    /// <summary>Gets the fiscal calendars used to resolve fiscal years.</summary>
    public FiscalCalendarRegistry FiscalCalendars { get; }

    /// <summary>Parses a period text.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="fiscalCalendar">The calendar for a fiscal year that names no company, or <see langword="null"/>.</param>
    /// <returns>The period and aggregation, or an error with code, message and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<ParsedPeriod> Parse(string text, FiscalCalendar? fiscalCalendar = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_recent.TryGetValue((text, fiscalCalendar), out ParseResult<ParsedPeriod>? known))
        {
            return known;
        }

        ParseResult<ParsedPeriod> result = ParseText(text, fiscalCalendar);
        if (_recent.Count < RecentCapacity)
        {
            _recent.TryAdd((text, fiscalCalendar), result);
        }

        return result;
    }

    private ParseResult<ParsedPeriod> ParseText(string text, FiscalCalendar? fiscalCalendar)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(text, ParseErrorCode.Empty, "The period text is empty.", 0);
        }

        if (text.Length > 256)
        {
            return Fail(text, ParseErrorCode.TooLong, $"The period text has {text.Length} characters; the limit is 256.", 0);
        }

        string s = TextNormalizer.Normalize(text, out int[] map).ToLowerInvariant();
        Aggregation aggregation = Aggregation.Unspecified;
        if (Remove(ref s, "日均", "每日平均", "daily average", "average daily", "per day", "a day", "每日", "每天"))
        {
            aggregation = Aggregation.DailyAverage;
        }

        if (Remove(ref s, "as of", "as at", "截至", "截止"))
        {
            aggregation = Aggregation.PointInTime;
        }

        if (Remove(ref s, "annualised", "annualized", "年化"))
        {
            aggregation = Aggregation.AnnualizedRunRate;
        }

        bool fiscal = Remove(ref s, "财年", "財年", "财政年度", "財政年度", "fiscal year", "fiscal");
        if (s.Contains("fy", StringComparison.Ordinal))
        {
            fiscal = true;
        }

        string trimmed = s.Trim(' ', ',', '.', '(', ')');
        if (trimmed.Length == 0)
        {
            return aggregation == Aggregation.Unspecified
                ? Fail(text, ParseErrorCode.InvalidPeriod, "The text names no period.", 0)
                : ParseResult<ParsedPeriod>.ForValue(text, new ParsedPeriod(null, aggregation));
        }

        try
        {
            ReportingPeriod? period = fiscal
                ? ParseFiscal(trimmed, fiscalCalendar, out string? fiscalError)
                : ParseCalendar(trimmed, out fiscalError);
            if (period is null)
            {
                ParseErrorCode code = fiscalError is not null && fiscalError.StartsWith("calendar:", StringComparison.Ordinal)
                    ? ParseErrorCode.UnknownFiscalCalendar
                    : ParseErrorCode.InvalidPeriod;
                string message = fiscalError is null ? $"'{text.Trim()}' is not a period this parser knows." : fiscalError.StartsWith("calendar:", StringComparison.Ordinal) ? fiscalError["calendar:".Length..] : fiscalError;
                return Fail(text, code, message, FirstDigit(text));
            }

            return ParseResult<ParsedPeriod>.ForValue(text, new ParsedPeriod(period, aggregation));
        }
        catch (ArgumentException exception)
        {
            return Fail(text, ParseErrorCode.InvalidPeriod, $"'{text.Trim()}' is not a possible period: {FirstSentence(exception.Message)}", FirstDigit(text));
        }
    }

    private ReportingPeriod? ParseFiscal(string s, FiscalCalendar? calendar, out string? error)
    {
        error = null;
        int at = s.IndexOf('@', StringComparison.Ordinal);
        string? company = at >= 0 ? s[(at + 1)..].Trim() : null;
        string body = at >= 0 ? s[..at] : s;
        List<(int Value, int Digits, int Start)> numbers = Numbers(body);
        if (numbers.Count != 1)
        {
            error = "A fiscal year needs exactly one year number, as in FY2024 or 2024财年.";
            return null;
        }

        (int value, int digits, int start) = numbers[0];
        int year = digits == 2 ? 2000 + value : digits == 4 ? value : -1;
        if (year < 1900 || year > 2199)
        {
            error = "A fiscal year is four digits (FY2024) or two (FY24).";
            return null;
        }

        string prefix = body[..start].Replace("fy", string.Empty, StringComparison.Ordinal).Trim();
        if (company is null && prefix.Length > 0)
        {
            company = prefix;
        }

        if (company is not null)
        {
            if (!FiscalCalendars.TryFind(company, out FiscalCalendar? found))
            {
                error = $"calendar:No fiscal calendar is known for '{company}'; pass one, or add it to the FiscalCalendarRegistry.";
                return null;
            }

            calendar = found;
        }

        if (calendar is null)
        {
            error = "calendar:A fiscal year needs a company calendar: name the company, add '@id', or pass a FiscalCalendar.";
            return null;
        }

        return ReportingPeriod.FiscalYear(calendar, year);
    }

    private static ReportingPeriod? ParseCalendar(string s, out string? error)
    {
        error = null;

        // ISO forms and our own labels: 2025-06-30, 2025-06, 2025-H1, 2025-Q3, 2025-01-01/2025-07-01.
        int slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && TryIsoDate(s[..slash].Trim(), out DateOnly from) && TryIsoDate(s[(slash + 1)..].Trim(), out DateOnly to))
        {
            return ReportingPeriod.Range(from, to);
        }

        foreach (string separator in new[] { " to ", "至", "到", " - ", "~" })
        {
            int k = s.IndexOf(separator, StringComparison.Ordinal);
            if (k > 0 && TryIsoDate(s[..k].Trim(), out DateOnly first) && TryIsoDate(s[(k + separator.Length)..].Trim(), out DateOnly last))
            {
                return ReportingPeriod.Range(first, last.AddDays(1));
            }
        }

        if (TryIsoDate(s, out DateOnly day))
        {
            return ReportingPeriod.Day(day);
        }

        List<(int Value, int Digits, int Start)> numbers = Numbers(s);
        int yearIndex = numbers.FindIndex(n => n.Digits == 4 && n.Value is >= 1900 and <= 2199);
        if (yearIndex < 0)
        {
            error = "The text names no year (four digits, 1900-2199).";
            return null;
        }

        int year = numbers[yearIndex].Value;
        var rest = new List<(int Value, int Digits, int Start)>(numbers);
        rest.RemoveAt(yearIndex);

        if (Has(s, "上半年", "h1", "1h", "first half", "上半年度"))
        {
            return ReportingPeriod.Half(year, 1);
        }

        if (Has(s, "下半年", "h2", "2h", "second half"))
        {
            return ReportingPeriod.Half(year, 2);
        }

        int quarter = Quarter(s);
        if (quarter > 0)
        {
            return ReportingPeriod.Quarter(year, quarter);
        }

        int month = MonthName(s);
        if (s.Contains('月', StringComparison.Ordinal) || month > 0 || (rest.Count >= 1 && s.Contains('-', StringComparison.Ordinal)))
        {
            // 2025年1-6月: a range of months.
            if (rest.Count == 2 && s.Contains('月', StringComparison.Ordinal) && !s.Contains('日', StringComparison.Ordinal) && !s.Contains('号', StringComparison.Ordinal))
            {
                int m1 = rest[0].Value, m2 = rest[1].Value;
                if (m1 is < 1 or > 12 || m2 is < 1 or > 12 || m2 < m1)
                {
                    error = $"Months {m1} to {m2} are not a range of months.";
                    return null;
                }

                return ReportingPeriod.Range(new DateOnly(year, m1, 1), new DateOnly(year, m2, 1).AddMonths(1));
            }

            if (month == 0 && rest.Count > 0)
            {
                month = rest[0].Value;
                rest.RemoveAt(0);
            }

            if (month is < 1 or > 12)
            {
                error = $"There is no month {month}.";
                return null;
            }

            if (rest.Count > 0)
            {
                int dayOfMonth = rest[0].Value;
                if (dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00} has no day {dayOfMonth}.");
                    return null;
                }

                return ReportingPeriod.Day(new DateOnly(year, month, dayOfMonth));
            }

            return ReportingPeriod.Month(year, month);
        }

        if (rest.Count > 0)
        {
            error = "The text holds numbers besides the year that this parser cannot place.";
            return null;
        }

        return ReportingPeriod.Year(year);
    }

    private static int Quarter(string s)
    {
        for (int q = 1; q <= 4; q++)
        {
            string digit = q.ToString(CultureInfo.InvariantCulture);
            string chinese = "一二三四"[(q - 1)..q];
            string ordinal = q switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };
            if (Has(s, "q" + digit, digit + "q", "第" + chinese + "季", chinese + "季度", ordinal + " quarter", "第" + digit + "季"))
            {
                return q;
            }
        }

        return 0;
    }

    private static int MonthName(string s)
    {
        for (int m = 0; m < 12; m++)
        {
            if (s.Contains(MonthNames[m], StringComparison.Ordinal) || (MonthNames[m].Length > 3 && ContainsWord(s, MonthNames[m][..3])))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static bool ContainsWord(string s, string word)
    {
        int k = s.IndexOf(word, StringComparison.Ordinal);
        return k >= 0 && (k == 0 || !char.IsAsciiLetter(s[k - 1])) && (k + word.Length == s.Length || !char.IsAsciiLetter(s[k + word.Length]));
    }

    private static bool TryIsoDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static List<(int Value, int Digits, int Start)> Numbers(string s)
    {
        var numbers = new List<(int, int, int)>();
        for (int i = 0; i < s.Length;)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                i++;
                continue;
            }

            int start = i, value = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 6)
            {
                value = (value * 10) + (s[i] - '0');
                i++;
            }

            // A quarter or half marker glued to a digit (Q3, 1H) is not a number of its own.
            bool marker = (start > 0 && (s[start - 1] == 'q' || s[start - 1] == 'h') && i - start == 1)
                || (i < s.Length && (s[i] == 'q' || s[i] == 'h') && i - start == 1);
            if (!marker)
            {
                numbers.Add((value, i - start, start));
            }
        }

        return numbers;
    }

    private static bool Has(string s, params string[] words)
    {
        foreach (string word in words)
        {
            if (char.IsAsciiLetter(word[^1]) || char.IsAsciiLetter(word[0]) ? ContainsToken(s, word) : s.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Latin markers (h1, q3, 1q) must not sit inside a longer word or number.
    private static bool ContainsToken(string s, string word)
    {
        for (int k = s.IndexOf(word, StringComparison.Ordinal); k >= 0; k = s.IndexOf(word, k + 1, StringComparison.Ordinal))
        {
            bool before = k == 0 || !char.IsAsciiLetterOrDigit(s[k - 1]) || (char.IsAsciiDigit(s[k - 1]) != char.IsAsciiDigit(word[0]));
            int after = k + word.Length;
            bool afterOk = after == s.Length || !char.IsAsciiLetterOrDigit(s[after]) || (char.IsAsciiDigit(s[after]) != char.IsAsciiDigit(word[^1]));
            if (before && afterOk)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Remove(ref string s, params string[] words)
    {
        bool found = false;
        foreach (string word in words)
        {
            int k = s.IndexOf(word, StringComparison.Ordinal);
            if (k >= 0)
            {
                s = s.Remove(k, word.Length).Insert(k, " ");
                found = true;
            }
        }

        return found;
    }

    private static int FirstDigit(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static string FirstSentence(string message)
    {
        int k = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return k > 0 ? message[..k] : message;
    }

    private static ParseResult<ParsedPeriod> Fail(string text, ParseErrorCode code, string message, int position) =>
        ParseResult<ParsedPeriod>.ForError(text, new ParseError(code, message, position));
}
