using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace MarketMetrics.Parsing;

/// <summary>
/// Parses reporting periods as printed: "2025上半年", "H1 2025", "FY2024", "阿里巴巴2024财年", "2025年第三季度", "Q3 2025",
/// "3Q25", "FY25 Q3@microsoft", "quarter ended September 30, 2025", "2024年", "2025年6月", "June 2025", "2025-06-30",
/// "2025年1-6月", "as of June 2025", "日均", and, against a <see cref="PublishedDate"/>, relative periods: "去年",
/// "今年上半年", "上季度", "第三季度", "截至9月底", "前三季度", "last month", "past 12 months", "年初至今".
/// </summary>
/// <remarks>
/// <para>Never throws on data: failures are <see cref="ParseErrorCode.InvalidPeriod"/>,
/// <see cref="ParseErrorCode.UnknownFiscalCalendar"/>, <see cref="ParseErrorCode.NeedsPublishedDate"/> or
/// <see cref="ParseErrorCode.PublishedDateTooCoarse"/> with a message and a position.</para>
/// <para>Every word is read: the whole text must match one printed form, so a word the parser does not know (a
/// quarter it cannot place, a company it has no calendar for) fails the text instead of widening or narrowing the period.</para>
/// <para>A fiscal period needs a calendar: the one passed to <see cref="Parse(string, FiscalCalendar?)"/>, a company
/// named in the text and found in <see cref="FiscalCalendars"/>, or an <c>@id</c> suffix ("FY2024@alibaba", the
/// form <see cref="ReportingPeriod.Label"/> writes). Instances are immutable and thread-safe.</para>
/// <para>A relative period is resolved against both the first and the last day the published date can be; when
/// the two give different periods (上月 against a published year, 年初至今 against a published month) the text is refused.</para>
/// <para>Results for the first 4,096 distinct texts are remembered, since a column of periods repeats a few texts.</para>
/// </remarks>
public sealed partial class PeriodParser
{
    // A column of periods repeats a few texts over millions of rows: results (immutable) are kept for the first texts seen.
    private const int RecentCapacity = 4096;

    private readonly ConcurrentDictionary<(string Text, FiscalCalendar? Calendar, PublishedDate? Published), ParseResult<ParsedPeriod>> _recent = new();

    /// <summary>Creates a parser.</summary>
    /// <param name="fiscalCalendars">The company calendars to resolve fiscal years with; <see langword="null"/> for the built-in ones.</param>
    public PeriodParser(FiscalCalendarRegistry? fiscalCalendars = null) => FiscalCalendars = fiscalCalendars ?? FiscalCalendarRegistry.Default;

    /// <summary>Gets a parser with the built-in fiscal calendars.</summary>
    public static PeriodParser Default { get; } = new();

    /// <summary>Gets the fiscal calendars used to resolve fiscal years.</summary>
    public FiscalCalendarRegistry FiscalCalendars { get; }

    /// <summary>Parses a period text that names its own dates (a relative period such as 去年 fails with
    /// <see cref="ParseErrorCode.NeedsPublishedDate"/>).</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="fiscalCalendar">The calendar for a fiscal year that names no company, or <see langword="null"/>.</param>
    /// <returns>The period and aggregation, or an error with code, message and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<ParsedPeriod> Parse(string text, FiscalCalendar? fiscalCalendar = null) => ParseRelativeTo(text, null, fiscalCalendar);

    /// <summary>Parses a period text, resolving relative periods (去年, 上季度, 年初至今) against the date the claim was published.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="fiscalCalendar">The calendar for a fiscal year that names no company, or <see langword="null"/>.</param>
    /// <returns>The period and aggregation (with <see cref="ParsedPeriod.Resolution"/> saying how a relative period was
    /// resolved), or an error with code, message and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<ParsedPeriod> ParseRelativeTo(string text, PublishedDate? published, FiscalCalendar? fiscalCalendar = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_recent.TryGetValue((text, fiscalCalendar, published), out ParseResult<ParsedPeriod>? known))
        {
            return known;
        }

        ParseResult<ParsedPeriod> result = ParseText(text, fiscalCalendar, published);
        if (_recent.Count < RecentCapacity)
        {
            _recent.TryAdd((text, fiscalCalendar, published), result);
        }

        return result;
    }

    private ParseResult<ParsedPeriod> ParseText(string text, FiscalCalendar? fiscalCalendar, PublishedDate? published)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(text, ParseErrorCode.Empty, "The period text is empty.", 0);
        }

        if (text.Length > 256)
        {
            return Fail(text, ParseErrorCode.TooLong, $"The period text has {text.Length} characters; the limit is 256.", 0);
        }

        string s = Fold(text);
        Aggregation aggregation = Aggregation.Unspecified;

        // "截至2024年12月31日止季度" and "quarter ended September 30, 2025" name a quarter, not a point in time.
        bool quarterEnded = QuarterEnded.IsMatch(s);
        if (StripMarker(ref s, DailyMarkers))
        {
            aggregation = Aggregation.DailyAverage;
        }

        if (!quarterEnded && StripMarker(ref s, PointMarkers))
        {
            aggregation = Aggregation.PointInTime;
        }

        if (StripMarker(ref s, AnnualizedMarkers))
        {
            aggregation = Aggregation.AnnualizedRunRate;
        }

        s = s.Trim(' ', ',', '(', ')');
        if (s.Length == 0)
        {
            return aggregation == Aggregation.Unspecified
                ? Fail(text, ParseErrorCode.InvalidPeriod, "The text names no period.", 0)
                : ParseResult<ParsedPeriod>.ForValue(text, new ParsedPeriod(null, aggregation));
        }

        var context = new Context(text.Trim(), published, fiscalCalendar);
        s = SplitCompany(s, context);
        try
        {
            foreach ((Regex pattern, Func<Match, Context, Outcome> read) in Forms)
            {
                Match match = pattern.Match(s);
                if (!match.Success)
                {
                    continue;
                }

                Outcome outcome = read(match, context);
                if (outcome.Error is not null)
                {
                    return Fail(text, outcome.Code, outcome.Error, FirstDigit(text));
                }

                if (outcome.Point && aggregation == Aggregation.Unspecified)
                {
                    aggregation = Aggregation.PointInTime;
                }

                return ParseResult<ParsedPeriod>.ForValue(text, new ParsedPeriod(outcome.Period, aggregation, outcome.Note));
            }
        }
        catch (ArgumentException exception)
        {
            return Fail(text, ParseErrorCode.InvalidPeriod, $"'{text.Trim()}' is not a possible period: {FirstSentence(exception.Message)}", FirstDigit(text));
        }

        return context.CompanyError is { } companyError
            ? Fail(text, ParseErrorCode.UnknownFiscalCalendar, companyError, FirstDigit(text))
            : Fail(text, ParseErrorCode.InvalidPeriod, $"'{text.Trim()}' is not a period this parser knows: every word of a period must be read, and '{s}' matches no printed form.", FirstDigit(text));
    }

    // Full-width forms to ASCII, lower case, one space between words, curly apostrophes straight.
    private static string Fold(string text)
    {
        string folded = TextNormalizer.Normalize(text, out _).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c is '\u2019' or '\u2018' or '\u2032' ? '\'' : c);
        }

        return builder.ToString();
    }

    // A company before the period ("阿里巴巴2024财年", "Alibaba FY24") or after '@' ("FY2024@alibaba") picks the calendar.
    private string SplitCompany(string s, Context context)
    {
        int at = s.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            string company = s[(at + 1)..].Trim();
            if (FiscalCalendars.TryFind(company, out FiscalCalendar? found))
            {
                context.Calendar = found;
            }
            else
            {
                context.CompanyError = $"No fiscal calendar is known for '{company}'; pass one, or add it to the FiscalCalendarRegistry.";
                context.Calendar = null;
            }

            return s[..at].Trim();
        }

        if (!FiscalWord.IsMatch(s))
        {
            return s;
        }

        for (int i = s.Length - 1; i > 0; i--)
        {
            if ((char.IsAsciiLetter(s[i - 1]) && char.IsAsciiLetter(s[i])) || s[..i].Trim().Length == 0)
            {
                continue;
            }

            if (FiscalCalendars.TryFind(s[..i].Trim(), out FiscalCalendar? found))
            {
                context.Calendar = found;
                return s[i..].Trim();
            }
        }

        return s;
    }

    private static bool StripMarker(ref string s, string[] markers)
    {
        bool found = false;
        foreach (string marker in markers)
        {
            int k = s.IndexOf(marker, StringComparison.Ordinal);
            if (k < 0)
            {
                continue;
            }

            // Latin markers are whole words: "a day" is not inside "today".
            bool latin = char.IsAsciiLetter(marker[0]);
            if (latin && ((k > 0 && char.IsAsciiLetter(s[k - 1])) || (k + marker.Length < s.Length && char.IsAsciiLetter(s[k + marker.Length]))))
            {
                continue;
            }

            s = (s[..k] + " " + s[(k + marker.Length)..]).Trim();
            found = true;
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

    private sealed class Context(string printed, PublishedDate? published, FiscalCalendar? calendar)
    {
        public string Printed { get; } = printed;

        public PublishedDate? Published { get; } = published;

        public FiscalCalendar? Calendar { get; set; } = calendar;

        public string? CompanyError { get; set; }
    }

    private readonly record struct Outcome(ReportingPeriod? Period, string? Note, bool Point, ParseErrorCode Code, string? Error)
    {
        public static Outcome Of(ReportingPeriod period, bool point = false) => new(period, null, point, default, null);

        public static Outcome Failed(ParseErrorCode code, string error) => new(null, null, false, code, error);
    }
}
