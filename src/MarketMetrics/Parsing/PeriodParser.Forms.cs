using System.Globalization;
using System.Text.RegularExpressions;

namespace MarketMetrics.Parsing;

// The printed forms of a period, each matched against the whole (folded) text: a form either reads every word or does not match.
public sealed partial class PeriodParser
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private const string Y4 = @"(?<y>[0-9]{4})";
    private const string YF = @"(?<y>[0-9]{4}|[0-9]{2})";
    private const string M = @"(?<m>[0-9]{1,2})";
    private const string D = @"(?<d>[0-9]{1,2})";
    private const string MN = @"(?<mn>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?";
    private const string CM = @"(?<m>[0-9]{1,2}|十一|十二|[一二三四五六七八九十])";
    private const string QN = @"(?<q>[1-4]|[一二三四]|first|second|third|fourth|1st|2nd|3rd|4th)";
    private const string QC = @"(?:第 ?)?(?<q>[1-4一二三四]) ?(?:季(?:度)?|四半期)";
    private const string Fiscal = @"(?:财年|財年|财政年度|財政年度)";
    private const string Rel = @"(?<r>去年|今年|前年|明年|本年|上年)";

    private static readonly string[] DailyMarkers = ["日均", "每日平均", "daily average", "average daily", "per day", "a day", "每日", "每天"];
    private static readonly string[] PointMarkers = ["as of", "as at", "截至", "截止"];
    private static readonly string[] AnnualizedMarkers = ["annualised", "annualized", "年化"];

    private static readonly Regex FiscalWord = new(@"fy|fiscal|财年|財年|财政年度|財政年度", Options);

    private static readonly Regex QuarterEnded = new(
        @"^(?:截至|截止)? ?[0-9]{4} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日 ?(?:止|为止|為止)? ?(?:的 ?)?(?:季度|三个月|三個月)$|^(?:the )?(?:quarter|three months|3 months) end(?:ed|ing) (?:on )?.+$",
        Options);

    private static readonly (Regex Pattern, Func<Match, Context, Outcome> Read)[] Forms = BuildForms();

    private static (Regex, Func<Match, Context, Outcome>)[] BuildForms()
    {
        var forms = new List<(Regex, Func<Match, Context, Outcome>)>();
        void Add(string pattern, Func<Match, Context, Outcome> read, bool point = false) =>
            forms.Add((new Regex("^(?:" + pattern + ")$", Options), point ? (m, c) => read(m, c) is { Error: null } o ? o with { Point = true } : read(m, c) : read));

        string iso1 = @"(?<y1>[0-9]{4})-(?<m1>[0-9]{2})-(?<d1>[0-9]{2})", iso2 = @"(?<y2>[0-9]{4})-(?<m2>[0-9]{2})-(?<d2>[0-9]{2})";

        // Explicit ranges, days and months.
        Add(iso1 + " ?/ ?" + iso2, (m, _) => Outcome.Of(ReportingPeriod.Range(Date(m, "1"), Date(m, "2"))));
        Add(iso1 + " ?(?:to|至|到|-|~) ?" + iso2, (m, _) => Outcome.Of(ReportingPeriod.Range(Date(m, "1"), Date(m, "2").AddDays(1))));
        Add(Y4 + @"-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})|" + Y4 + "/" + M + "/" + D + "|" + Y4 + @"\." + M + @"\." + D + "|" + Y4 + " ?年 ?" + M + " ?月 ?" + D + " ?[日号號]"
            + "|" + MN + " " + D + ",? " + Y4 + "|" + D + " " + MN + ",? " + Y4, (m, _) => DayOf(m));
        Add(Y4 + " ?年 ?" + M + " ?月 ?(?:底|末)|(?:the )?end(?: of|-) ?" + MN + ",? " + Y4 + "|" + MN + " end,? " + Y4,
            (m, _) => Outcome.Of(ReportingPeriod.Day(ReportingPeriod.Month(Int(m, "y"), MonthOf(m)).End.AddDays(-1)), point: true));
        // A run of whole years ("2024 to 2025", "2024年至2025年"): from the first day of the first to the last day of the last.
        Add(@"(?<y1>[0-9]{4}) ?(?:年 ?)?(?:to|至|到|~) ?(?<y2>[0-9]{4}) ?(?:年)?", (m, c) => Int(m, "y2") > Int(m, "y1")
            ? Outcome.Of(ReportingPeriod.Range(new DateOnly(Int(m, "y1"), 1, 1), new DateOnly(Int(m, "y2") + 1, 1, 1)))
            : Outcome.Failed(ParseErrorCode.InvalidPeriod, $"'{c.Printed}': the last year is not after the first."));

        // The last day of a quarter ("as of the end of the second quarter of 2025 (April to June)", "2025年第二季度末"), at a point
        // in time; months in brackets must be the quarter's.
        Add(@"(?:the )?end of (?:the )?" + QN + " quarter (?:of )?" + Y4 + @"(?: ?\((?<a>" + MN[6..^4] + @")\.? (?:to|through|-|–) (?<b>" + MN[6..^4] + @")\.?\)?)?"
            + "|" + Y4 + " ?(?:年 ?)?" + QC + " ?(?:末|底)", (m, c) => QuarterEndDay(m, c), point: true);
        Add(Y4 + " ?年 ?(?<m1>[0-9]{1,2}) ?(?:月 ?)?(?:-|~|至|到|から) ?(?<m2>[0-9]{1,2}) ?月(?:份|まで)?", (m, _) => MonthRange(m));
        Add(Y4 + @"-(?<m>[0-9]{1,2})|" + Y4 + "/" + M + "|" + Y4 + " ?年 ?" + M + " ?月(?:份)?|" + MN + ",? " + Y4, (m, _) => Outcome.Of(ReportingPeriod.Month(Int(m, "y"), MonthOf(m))));

        // Quarters ended on a day: the three whole months ending that day.
        Add(@"(?:(?:截至|截止) ?)?" + Y4 + " ?年 ?" + M + " ?月 ?" + D + @" ?日 ?(?:止|为止|為止)? ?(?:的 ?)?(?:季度|三个月|三個月)", (m, _) => QuarterEnding(m));
        Add(@"(?:the )?(?:quarter|three months|3 months) end(?:ed|ing) (?:on )?(?:" + MN + " " + D + ",? " + Y4 + "|" + D + " " + MN + ",? " + Y4 + "|" + Y4 + "-(?<m>[0-9]{2})-(?<d>[0-9]{2}))",
            (m, _) => QuarterEnding(m));

        // Without its year ("the quarter ended September 30", "quarter ended Sept. 30"): the latest such quarter that has ended by
        // the published date. Only a day that ends a calendar quarter (31 March, 30 June, 30 September, 31 December) is read.
        Add(@"(?:the )?(?:quarter|three months|3 months) end(?:ed|ing) (?:on )?(?:" + MN + " " + D + "|" + D + " " + MN + ")", (m, c) => RelativeQuarterEnding(m, c));

        // A quarter named and ended on a day ("the third quarter ending September 30, 2025", "fiscal fourth quarter ended June 30,
        // 2025"): the name must be the quarter that ends that day, in the calendar year or, with "fiscal", the company's.
        string endedOn = "(?:" + MN + " " + D + ",? " + Y4 + "|" + D + " " + MN + ",? " + Y4 + "|" + Y4 + "-(?<m>[0-9]{2})-(?<d>[0-9]{2}))";
        Add(@"(?:the |its )?(?:(?<f>fiscal) )?" + QN + @" (?:(?<f>fiscal) )?quarter,? end(?:ed|ing) (?:on )?" + endedOn, (m, c) => NamedQuarterEnding(m, c));

        // A quarter named by its last month ("the June quarter"): the three months ending with that month.
        Add(@"(?:the )?" + MN + " quarter (?:of )?" + Y4 + "|" + Y4 + " " + MN + " quarter", (m, _) => Outcome.Of(MonthQuarter(Int(m, "y"), MonthOf(m))));
        Add(@"(?:the )?" + MN + " quarter", (m, c) => Relative(c, d => Latest(d, y => MonthQuarter(y, MonthOf(m)))));

        // Fiscal years, quarters and halves (a calendar is needed).
        Add(@"fy ?-? ?" + YF + "|" + YF + " ?" + Fiscal + "|" + Fiscal + " ?" + Y4 + "|fiscal(?: year)? " + YF, (m, c) => FiscalOf(m, c, 'Y'));
        Add(@"fy ?-? ?" + YF + " ?-? ?q(?<q>[1-4])|q(?<q>[1-4]) ?-? ?fy ?-? ?" + YF + "|" + YF + " ?" + Fiscal + " ?" + QC + "|" + YF + " ?" + Fiscal + " ?q(?<q>[1-4])|" + YF + " ?" + Fiscal + " ?(?:第 ?)?(?<q>[1-4一二三四]) ?(?:财季|財季)|" + Fiscal + " ?" + Y4 + " ?" + QC
            + "|(?:the )?" + QN + " (?:fiscal )?quarter (?:of )?(?:fiscal(?: year)? |fy ?)" + YF + "|fiscal(?: year)? " + YF + ",? (?:q(?<q>[1-4])|" + QN + " quarter)"
            + "|q(?<q>[1-4]) (?:of )?fiscal(?: year)? " + YF, (m, c) => FiscalOf(m, c, 'Q'));
        Add(@"fy ?-? ?" + YF + " ?-? ?h(?<h>[12])|h(?<h>[12]) ?-? ?fy ?-? ?" + YF + "|" + YF + " ?" + Fiscal + " ?(?<h>上|下) ?半年(?:度)?|" + YF + " ?" + Fiscal + " ?h(?<h>[12])"
            + "|(?:the )?(?<h>first|second) half (?:of )?(?:fiscal(?: year)? |fy ?)" + YF + "|fiscal(?: year)? " + YF + ",? h(?<h>[12])", (m, c) => FiscalOf(m, c, 'H'));

        // Calendar halves, quarters and years.
        Add(Y4 + " ?(?:年 ?)?(?:度 ?)?(?<h>上|下) ?半年(?:度)?|" + Y4 + " ?(?:年 ?)?-? ?h(?<h>[12])|h(?<h>[12]) ?-? ?" + Y4 + "|h(?<h>[12]) of " + Y4 + "|(?<h>[12])h ?" + Y4 + "|" + Y4 + " ?(?<h>[12])h"
            + "|(?:the )?(?<h>first|second) half (?:of )?" + Y4 + "|" + Y4 + " (?<h>first|second) half", (m, _) => Outcome.Of(ReportingPeriod.Half(Int(m, "y"), HalfOf(m))));
        Add(Y4 + " ?(?:年 ?)?-? ?q(?<q>[1-4])|q(?<q>[1-4]) ?[-,]? ?" + Y4 + "|q(?<q>[1-4]) of " + Y4 + "|q(?<q>[1-4]) ?'(?<y>[0-9]{2})|(?<q>[1-4])q ?(?<y>[0-9]{4}|[0-9]{2})|(?<q>[1-4])q ?'(?<y>[0-9]{2})|" + Y4 + " ?(?<q>[1-4])q"
            + "|" + Y4 + " ?(?:年 ?)?" + QC + "|(?:the )?" + QN + " quarter (?:of )?" + Y4 + "|" + Y4 + " " + QN + " quarter" + "|" + Y4 + " ?年 ?(?<q>[1-4]) ?q",
            (m, _) => Outcome.Of(ReportingPeriod.Quarter(YearOf(m), QuarterOf(m))));

        // A quarter with its months or its short name in brackets ("2025年第2四半期(4~6月)", "2024年第1四半期(Q1)"): both must agree.
        Add(Y4 + " ?(?:年 ?)?" + QC + @" ?\((?:(?<m1>[0-9]{1,2}) ?(?:月 ?)?[~〜～\-] ?(?<m2>[0-9]{1,2}) ?月(?:期)?|q(?<q2>[1-4]))\)?", (m, c) => QuarterWithMonths(m, c));
        Add(Y4 + " ?(?:年 ?)?前 ?(?<n>[一二三两兩1-3]) ?(?:个 ?|個 ?)?季度|(?:the )?first (?<n>two|three) quarters (?:of )?" + Y4,
            (m, _) => Outcome.Of(ReportingPeriod.Range(new DateOnly(Int(m, "y"), 1, 1), new DateOnly(Int(m, "y"), 1, 1).AddMonths(3 * CountOf(m)))));
        Add(Y4 + " ?(?:年)?(?: ?(?:全年|年度|全体|通年))?|(?:full[- ]year|calendar year|cy) ?" + Y4, (m, _) => Outcome.Of(ReportingPeriod.Year(Int(m, "y"))));

        // The first N months of a year (2025年前8个月, 今年首6個月, 累计今年6个月): January to the end of month N.
        Add(Y4 + " ?年 ?(?:前|首|头|頭)? ?" + CM + @" ?(?:个|個) ?月", (m, _) => Outcome.Of(FirstMonths(Int(m, "y"), MonthOf(m))));
        Add(Rel + " ?(?:前|首|头|頭)? ?" + CM + @" ?(?:个|個) ?月", (m, c) => Relative(c, d => FirstMonths(d.Year + YearOffset(m), MonthOf(m))));

        // Relative to the published date.
        Add(Rel + "(?: ?(?:全年|年度))?|(?<r>last year|this year|next year)", (m, c) => Relative(c, d => ReportingPeriod.Year(d.Year + YearOffset(m))));
        Add(Rel + " ?(?:度 ?)?(?<h>上|下) ?半年(?:度)?|(?<r>last year|this year)'?s? (?<h>first|second) half|(?:the )?(?<h>first|second) half of (?<r>last year|this year)",
            (m, c) => Relative(c, d => ReportingPeriod.Half(d.Year + YearOffset(m), HalfOf(m))));
        Add(Rel + " ?" + QC + "|" + Rel + " ?q(?<q>[1-4])|(?:the )?" + QN + " quarter of (?<r>last year|this year)",
            (m, c) => Relative(c, d => ReportingPeriod.Quarter(d.Year + YearOffset(m), QuarterOf(m))));
        Add(Rel + " ?前 ?(?<n>[一二三两兩1-3]) ?(?:个 ?|個 ?)?季度",
            (m, c) => Relative(c, d => ReportingPeriod.Range(new DateOnly(d.Year + YearOffset(m), 1, 1), new DateOnly(d.Year + YearOffset(m), 1, 1).AddMonths(3 * CountOf(m)))));
        Add(@"(?<h>上|下) ?半年(?:度)?|(?:the )?(?<h>first|second) half(?: of the year)?|h(?<h>[12])",
            (m, c) => Relative(c, d => Latest(d, y => ReportingPeriod.Half(y, HalfOf(m)))));
        Add(QC + "|q(?<q>[1-4])|(?<q>[1-4])q|(?:the )?" + QN + " quarter", (m, c) => Relative(c, d => Latest(d, y => ReportingPeriod.Quarter(y, QuarterOf(m)))));
        Add(@"前 ?(?<n>[一二三两兩1-3]) ?(?:个 ?|個 ?)?季度|(?:the )?first (?<n>two|three) quarters(?: of the year)?",
            (m, c) => Relative(c, d => Latest(d, y => ReportingPeriod.Range(new DateOnly(y, 1, 1), new DateOnly(y, 1, 1).AddMonths(3 * CountOf(m))))));
        // A fiscal quarter named without its year ("its fiscal first quarter", "fiscal Q3"): the company's latest such quarter
        // that has ended by the published date.
        Add(@"(?:the |its )?fiscal (?:" + QN + "[- ]quarter|q(?<q>[1-4]))|(?:the |its )?" + QN + " fiscal quarter", (m, c) => LatestFiscalQuarter(m, c));
        Add(@"本季度|本季|当季|當季|this quarter|(?:the )?current quarter", (_, c) => Relative(c, d => QuarterAt(d, 0)));
        Add(@"上季度|上季|上一季度|上一季|上个季度|上個季度|(?:the )?(?:last|previous|prior) quarter", (_, c) => Relative(c, d => QuarterAt(d, -1)));
        Add(@"本月|this month|(?:the )?current month", (_, c) => Relative(c, d => ReportingPeriod.Month(d.Year, d.Month)));
        Add(@"上月|上个月|上個月|上一个月|(?:the )?(?:last|previous|prior) month", (_, c) => Relative(c, d => ReportingPeriod.Month(d.AddMonths(-1).Year, d.AddMonths(-1).Month)));
        Add(M + " ?月 ?(?:底|末)|(?:the )?end(?: of|-) ?" + MN + "|" + MN + " end",
            (m, c) => Relative(c, d => Latest(d, y => ReportingPeriod.Day(ReportingPeriod.Month(y, MonthOf(m)).End.AddDays(-1)))), point: true);
        Add(CM + " ?月(?:份)?", (m, c) => Relative(c, d => Latest(d, y => ReportingPeriod.Month(y, MonthOf(m)))));
        Add(Rel + " ?" + CM + " ?月(?:份)?", (m, c) => Relative(c, d => ReportingPeriod.Month(d.Year + YearOffset(m), MonthOf(m))));
        Add(Rel + " ?" + CM + " ?月 ?(?:底|末)", (m, c) => Relative(c, d => ReportingPeriod.Day(ReportingPeriod.Month(d.Year + YearOffset(m), MonthOf(m)).End.AddDays(-1))), point: true);
        Add(@"近一年|近1年|最近一年|过去一年|過去一年|近12个月|近12個月|最近12个月|最近12個月|过去12个月|過去12個月|(?:over )?(?:the )?(?:past|last|trailing) (?:12|twelve) months|ttm|(?:over )?(?:the )?past year",
            (_, c) => UntilCutoff(c));
        Add(@"年初至今|今年以来|今年以來|今年迄今|year[- ]to[- ]date|ytd|so far this year", (_, c) => UntilCutoff(c));
        Add(Y4 + @" ?年 ?(?:以来|以來|至今)|since " + Y4 + "|since (?:the )?(?:start|beginning) of " + Y4, (_, c) => UntilCutoff(c));
        Add(@"直近 ?12 ?(?:か|ヶ|カ|ケ)月|過去 ?12 ?(?:か|ヶ|カ|ケ)月|(?:over )?(?:the )?(?:past|last|trailing) (?:four|4) quarters|(?:the )?trailing twelve[- ]months?|(?:in )?the past 12 months",
            (_, c) => UntilCutoff(c));
        Add(@"同年 ?" + QC + "|同年|同期|(?<n>[0-9]+|eight|four) ?(?:四半期前|quarters ago)|(?:a|one) year ago",
            (_, c) => Outcome.Failed(ParseErrorCode.InvalidPeriod, $"'{c.Printed}' is counted from a period printed elsewhere (the same year, some quarters before); write the period itself, e.g. 2023Q3."));

        // Periods the text names only by pointing elsewhere, or by a holiday: refused with what to write instead.
        Add(@"(?:(?:by|at) )?(?:the end of )?the quarter|该季度|該季度|本报告期|本報告期|(?:the )?reported quarter|(?:the )?same quarter",
            (_, c) => Outcome.Failed(ParseErrorCode.InvalidPeriod, $"'{c.Printed}' points to a quarter printed elsewhere (the sentence before, the headline); write that quarter, e.g. 2025Q3."));
        // 除夕, the last day of the lunar year, is one day: the day before the lunar new year, from a table. 春节 is refused: whether
        // it means the new year's day, the public holiday or the fifteen days to the Lantern Festival is not printed.
        Add(@"除夕", (_, c) => Relative(c, LatestLunarNewYearsEve));
        Add(@"春节|春節|中秋|国庆|國慶|黄金周|黃金週|元旦",
            (_, c) => Outcome.Failed(ParseErrorCode.InvalidPeriod, $"'{c.Printed}' is a holiday: its days differ from year to year and are not printed; write the dates (2026-02-16/2026-02-22)."));
        return [.. forms];
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly Date(Match m, string suffix)
    {
        int y = Int(m, "y" + suffix), mo = Int(m, "m" + suffix), d = Int(m, "d" + suffix);
        return CheckedDay(y, mo, d);
    }

    private static DateOnly CheckedDay(int y, int mo, int d)
    {
        if (mo is < 1 or > 12)
        {
            throw new ArgumentException($"There is no month {mo}.");
        }

        if (d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{y}-{mo:00} has no day {d}."));
        }

        return new DateOnly(y, mo, d);
    }

    private static Outcome DayOf(Match m) => Outcome.Of(ReportingPeriod.Day(CheckedDay(Int(m, "y"), MonthOf(m), Int(m, "d"))));

    private static int MonthOf(Match m)
    {
        int month = m.Groups["mn"].Success ? PublishedDate.MonthNumber(m.Groups["mn"].Value) : m.Groups["m"].Value switch
        {
            "一" => 1, "二" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9, "十" => 10, "十一" => 11, "十二" => 12,
            _ => Int(m, "m"),
        };
        return month is >= 1 and <= 12 ? month : throw new ArgumentException($"There is no month {month}.");
    }

    private static ReportingPeriod FirstMonths(int year, int months) =>
        months == 12 ? ReportingPeriod.Year(year) : ReportingPeriod.Range(new DateOnly(year, 1, 1), new DateOnly(year, 1, 1).AddMonths(months));

    private static int YearOf(Match m)
    {
        Group y = m.Groups["y"];
        return y.Length == 2 ? 2000 + Int(m, "y") : Int(m, "y");
    }

    private static int HalfOf(Match m) => m.Groups["h"].Value switch { "上" or "1" or "first" => 1, _ => 2 };

    private static int QuarterOf(Match m) => m.Groups["q"].Value switch
    {
        "1" or "一" or "first" or "1st" => 1,
        "2" or "二" or "second" or "2nd" => 2,
        "3" or "三" or "third" or "3rd" => 3,
        _ => 4,
    };

    private static int CountOf(Match m) => m.Groups["n"].Value switch { "1" or "一" => 1, "2" or "二" or "两" or "兩" or "two" => 2, _ => 3 };

    private static int YearOffset(Match m) => m.Groups["r"].Value switch
    {
        "去年" or "上年" or "last year" => -1,
        "前年" => -2,
        "明年" or "next year" => 1,
        _ => 0,
    };

    private static Outcome MonthRange(Match m)
    {
        int year = Int(m, "y"), m1 = Int(m, "m1"), m2 = Int(m, "m2");
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12 || m2 < m1)
        {
            return Outcome.Failed(ParseErrorCode.InvalidPeriod, $"Months {m1} to {m2} are not a range of months.");
        }

        return Outcome.Of(ReportingPeriod.Range(new DateOnly(year, m1, 1), new DateOnly(year, m2, 1).AddMonths(1)));
    }

    // The three whole months ending on a month's last day: a calendar quarter when it ends in March, June, September or December.
    private static Outcome QuarterEnding(Match m)
    {
        DateOnly last = CheckedDay(Int(m, "y"), MonthOf(m), Int(m, "d"));
        if (last.Day != DateTime.DaysInMonth(last.Year, last.Month))
        {
            return Outcome.Failed(ParseErrorCode.InvalidPeriod,
                $"A quarter ended {last:yyyy-MM-dd} does not end on a month's last day; its first day is not known (a 52/53-week calendar?). Give the dates as a range.");
        }

        DateOnly end = last.AddDays(1);
        return last.Month % 3 == 0
            ? Outcome.Of(ReportingPeriod.Quarter(last.Year, last.Month / 3))
            : Outcome.Of(ReportingPeriod.Range(end.AddMonths(-3), end));
    }

    private static Outcome RelativeQuarterEnding(Match m, Context c)
    {
        int month = MonthOf(m), day = Int(m, "d");
        if (month % 3 != 0 || day != DateTime.DaysInMonth(2001, month))
        {
            return Outcome.Failed(ParseErrorCode.InvalidPeriod,
                $"'{c.Printed}' names no year, and {day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} is not the last day of a calendar quarter; write the quarter with its year.");
        }

        return Relative(c, d => Latest(d, y => ReportingPeriod.Quarter(y, month / 3)));
    }

    private static Outcome QuarterEndDay(Match m, Context c)
    {
        int quarter = QuarterOf(m);
        if (m.Groups["a"].Success && (PublishedDate.MonthNumber(m.Groups["a"].Value) != ((quarter - 1) * 3) + 1 || PublishedDate.MonthNumber(m.Groups["b"].Value) != quarter * 3))
        {
            return Outcome.Failed(ParseErrorCode.InvalidPeriod, $"'{c.Printed}': the bracket names other months than quarter {quarter}; the two disagree.");
        }

        return Outcome.Of(ReportingPeriod.Day(ReportingPeriod.Quarter(Int(m, "y"), quarter).End.AddDays(-1)), point: true);
    }

    private static Outcome QuarterWithMonths(Match m, Context c)
    {
        int quarter = QuarterOf(m);
        bool agree = m.Groups["q2"].Success
            ? Int(m, "q2") == quarter
            : Int(m, "m1") == ((quarter - 1) * 3) + 1 && Int(m, "m2") == quarter * 3;
        return agree
            ? Outcome.Of(ReportingPeriod.Quarter(Int(m, "y"), quarter))
            : Outcome.Failed(ParseErrorCode.InvalidPeriod, $"'{c.Printed}': the bracket names other months than quarter {quarter}; the two disagree.");
    }

    private static ReportingPeriod MonthQuarter(int year, int month) => month % 3 == 0
        ? ReportingPeriod.Quarter(year, month / 3)
        : ReportingPeriod.Range(new DateOnly(year, month, 1).AddMonths(-2), new DateOnly(year, month, 1).AddMonths(1));

    // "The third quarter ending September 30, 2025" is 2025-Q3; "the second quarter ended September 30, 2025" is refused: the
    // name and the date disagree. With "fiscal" the quarter is the company's: Microsoft's fiscal fourth quarter ended June 30,
    // 2025 is FY2025-Q4 (April to June 2025), and its "fiscal third quarter ended June 30" is refused.
    private static Outcome NamedQuarterEnding(Match m, Context c)
    {
        Outcome ending = QuarterEnding(m);
        if (ending.Period is not { } months)
        {
            return ending;
        }

        int named = QuarterOf(m);
        DateOnly last = months.End.AddDays(-1);
        if (!m.Groups["f"].Success)
        {
            bool calendarQuarter = months.Start.Month % 3 == 1 && months.Start.Day == 1 && months.End == months.Start.AddMonths(3);
            return calendarQuarter && (months.Start.Month + 2) / 3 == named
                ? ending
                : Outcome.Failed(ParseErrorCode.InvalidPeriod, string.Create(CultureInfo.InvariantCulture,
                    $"'{c.Printed}': calendar quarter {named} does not end on {last:yyyy-MM-dd}; the name and the date disagree (a fiscal quarter says 'fiscal')."));
        }

        if (c.CompanyError is { } companyError)
        {
            return Outcome.Failed(ParseErrorCode.UnknownFiscalCalendar, companyError);
        }

        if (c.Calendar is not { } calendar)
        {
            return Outcome.Failed(ParseErrorCode.UnknownFiscalCalendar, "A fiscal quarter needs a company calendar: name the company, add '@id', or pass a FiscalCalendar.");
        }

        for (int fiscalYear = last.Year - 1; fiscalYear <= last.Year + 1; fiscalYear++)
        {
            ReportingPeriod quarter = ReportingPeriod.FiscalQuarter(calendar, fiscalYear, named);
            if (quarter.Start == months.Start && quarter.End == months.End)
            {
                return Outcome.Of(quarter);
            }
        }

        return Outcome.Failed(ParseErrorCode.InvalidPeriod, string.Create(CultureInfo.InvariantCulture,
            $"'{c.Printed}': fiscal quarter {named} of {calendar.Id}'s calendar does not end on {last:yyyy-MM-dd}; the name and the date disagree."));
    }

    private static Outcome LatestFiscalQuarter(Match m, Context c)
    {
        if (c.CompanyError is { } companyError)
        {
            return Outcome.Failed(ParseErrorCode.UnknownFiscalCalendar, companyError);
        }

        if (c.Calendar is not { } calendar)
        {
            return Outcome.Failed(ParseErrorCode.UnknownFiscalCalendar, "A fiscal quarter needs a company calendar: name the company, add '@id', or pass a FiscalCalendar.");
        }

        int named = QuarterOf(m);
        return Relative(c, d =>
        {
            for (int fiscalYear = d.Year + 1; ; fiscalYear--)
            {
                ReportingPeriod quarter = ReportingPeriod.FiscalQuarter(calendar, fiscalYear, named);
                if (quarter.End <= d.AddDays(1))
                {
                    return quarter;
                }
            }
        });
    }

    private static Outcome FiscalOf(Match m, Context c, char part)
    {
        if (c.CompanyError is { } companyError)
        {
            return Outcome.Failed(ParseErrorCode.UnknownFiscalCalendar, companyError);
        }

        if (c.Calendar is not { } calendar)
        {
            return Outcome.Failed(ParseErrorCode.UnknownFiscalCalendar, "A fiscal year needs a company calendar: name the company, add '@id', or pass a FiscalCalendar.");
        }

        int year = YearOf(m);
        if (year is < 1900 or > 2199)
        {
            return Outcome.Failed(ParseErrorCode.InvalidPeriod, "A fiscal year is four digits (FY2024) or two (FY24).");
        }

        return Outcome.Of(part switch
        {
            'Q' => ReportingPeriod.FiscalQuarter(calendar, year, QuarterOf(m)),
            'H' => ReportingPeriod.FiscalHalf(calendar, year, HalfOf(m)),
            _ => ReportingPeriod.FiscalYear(calendar, year),
        });
    }

    // The most recent such period that has ended by the given day (its last day on or before it).
    private static ReportingPeriod Latest(DateOnly day, Func<int, ReportingPeriod> ofYear)
    {
        for (int year = day.Year; ; year--)
        {
            ReportingPeriod period = ofYear(year);
            if (period.End <= day.AddDays(1))
            {
                return period;
            }
        }
    }

    // The day of the lunar new year (正月初一), by Gregorian year, 2000–2045, as almanacs and public calendars list it. 除夕 is the
    // day before it, whether the twelfth month has 29 or 30 days; it always falls in the same Gregorian year (20 January to 19
    // February).
    private static readonly DateOnly[] LunarNewYears =
    [
        new(2000, 2, 5), new(2001, 1, 24), new(2002, 2, 12), new(2003, 2, 1), new(2004, 1, 22), new(2005, 2, 9), new(2006, 1, 29), new(2007, 2, 18),
        new(2008, 2, 7), new(2009, 1, 26), new(2010, 2, 14), new(2011, 2, 3), new(2012, 1, 23), new(2013, 2, 10), new(2014, 1, 31), new(2015, 2, 19),
        new(2016, 2, 8), new(2017, 1, 28), new(2018, 2, 16), new(2019, 2, 5), new(2020, 1, 25), new(2021, 2, 12), new(2022, 2, 1), new(2023, 1, 22),
        new(2024, 2, 10), new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6), new(2028, 1, 26), new(2029, 2, 13), new(2030, 2, 3), new(2031, 1, 23),
        new(2032, 2, 11), new(2033, 1, 31), new(2034, 2, 19), new(2035, 2, 8), new(2036, 1, 28), new(2037, 2, 15), new(2038, 2, 4), new(2039, 1, 24),
        new(2040, 2, 12), new(2041, 2, 1), new(2042, 1, 22), new(2043, 2, 10), new(2044, 1, 30), new(2045, 2, 17),
    ];

    // The latest 除夕 on or before the day (the claim's published date).
    private static ReportingPeriod LatestLunarNewYearsEve(DateOnly day)
    {
        int first = LunarNewYears[0].Year, last = LunarNewYears[^1].Year;
        for (int year = day.Year; year >= first && year <= last; year--)
        {
            DateOnly eve = LunarNewYears[year - first].AddDays(-1);
            if (eve <= day)
            {
                return ReportingPeriod.Day(eve);
            }
        }

        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"除夕 is known only for {first}–{last}, and the published date {day:yyyy-MM-dd} needs another year's; write the date."));
    }

    private static ReportingPeriod QuarterAt(DateOnly day, int offset)
    {
        int index = (day.Year * 4) + ((day.Month - 1) / 3) + offset;
        return ReportingPeriod.Quarter(index / 4, (index % 4) + 1);
    }

    // Resolves against the first and the last day the published date can be; a different answer means the day matters.
    // "Year to date" and "the past 12 months" end where the data ends, which the text does not print: an earnings release of
    // 30 October reports "so far this year" through 30 September. Ending them on the publication day would give a wrong period.
    private static Outcome UntilCutoff(Context c) =>
        Outcome.Failed(ParseErrorCode.InvalidPeriod,
            $"'{c.Printed}' ends where the data ends, which is not printed (often the last quarter's end, not the day it was published); write the period itself, e.g. 2025前三季度 or 2025-01-01/2025-09-30.");

    private static Outcome Relative(Context c, Func<DateOnly, ReportingPeriod> resolve)
    {
        if (c.Published is not { } published)
        {
            return Outcome.Failed(ParseErrorCode.NeedsPublishedDate,
                $"'{c.Printed}' is relative to when it was published; give the claim's published date to resolve it.");
        }

        ReportingPeriod first = resolve(published.First), last = resolve(published.Last);
        if (!first.Equals(last))
        {
            return Outcome.Failed(ParseErrorCode.PublishedDateTooCoarse,
                $"'{c.Printed}' from published {published.Label} could be {first.Label} or {last.Label}; it depends on the day, which the published date does not give.");
        }

        return new Outcome(first, $"{c.Printed} → {first.Label} from published {published.Label}", false, default, null);
    }
}
