using System.Globalization;
using CsCheck;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Periods.Generated;

/// <summary>
/// Soundness of periods, by generation: a known period printed in each of its forms parses back to itself; the same
/// text with a digit changed, a number dropped or a word inserted never parses to that period. CsCheck prints the seed
/// of a failing case; set MARKETMETRICS_SEED to replay it.
/// </summary>
public class PeriodRoundTripTests
{
    private const int Iterations = 5_000;

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    private static readonly string[] UnknownWords = ["约", "preliminary", "revenue", "增长", "estimated", "亿"];

    private static readonly string[] MeaningfulWords = ["Q1", "H2", "上", "前", "末", "fiscal", "ended", "1月", "of", "2024", "第"];

    private static string? Seed => Environment.GetEnvironmentVariable("MARKETMETRICS_SEED");

    private static FiscalCalendar Calendar(string id)
    {
        FiscalCalendarRegistry.Default.TryFind(id, out FiscalCalendar? calendar).Should().BeTrue();
        return calendar!;
    }

    // A period and one of its printed forms.
    private static readonly Gen<(ReportingPeriod Period, string Text)> Cases =
        Gen.Int[2000, 2099].SelectMany(year => Gen.Int[1, 12].SelectMany(month => Gen.Int[1, 28].SelectMany(day => Gen.Int[0, 9].SelectMany(kind => Gen.Int[0, 7].Select(form =>
            Printed(kind, form, year, month, day))))));

    private static (ReportingPeriod, string) Printed(int kind, int form, int y, int m, int d)
    {
        string yy = (y % 100).ToString("00", CultureInfo.InvariantCulture);
        int q = ((m - 1) / 3) + 1, h = m <= 6 ? 1 : 2;
        string cn = "一二三四"[(q - 1)..q];
        string I(FormattableString s) => FormattableString.Invariant(s);
        switch (kind)
        {
            case 0:
                string[] quarter = [I($"{y}Q{q}"), I($"Q{q} {y}"), I($"{y}年第{cn}季度"), I($"{y}年第{q}季"), I($"{q}Q{yy}"), I($"Q{q}'{yy}"), I($"{Ordinals[q - 1]} quarter of {y}"), I($"{y}-Q{q}")];
                return (ReportingPeriod.Quarter(y, q), quarter[form]);
            case 1:
                string[] half = [I($"{y}年{(h == 1 ? "上" : "下")}半年"), I($"H{h} {y}"), I($"{y}H{h}"), I($"{Ordinals[h - 1]} half of {y}")];
                return (ReportingPeriod.Half(y, h), half[form % half.Length]);
            case 2:
                string[] month = [I($"{y}年{m}月"), I($"{Months[m - 1]} {y}"), I($"{y}-{m:00}"), I($"{Months[m - 1][..3]} {y}")];
                return (ReportingPeriod.Month(y, m), month[form % month.Length]);
            case 3:
                string[] day = [I($"{y}年{m}月{d}日"), I($"{y}-{m:00}-{d:00}"), I($"{Months[m - 1]} {d}, {y}"), I($"{d} {Months[m - 1]} {y}"), I($"{y}/{m}/{d}")];
                return (ReportingPeriod.Day(new DateOnly(y, m, d)), day[form % day.Length]);
            case 4:
                string id = form % 2 == 0 ? "microsoft" : "alibaba";
                string[] fiscalQuarter = [I($"FY{yy} Q{q}@{id}"), I($"FY{y}-Q{q}@{id}"), I($"Q{q} FY{y}@{id}"), I($"{Ordinals[q - 1]} quarter of fiscal {y}@{id}")];
                return (ReportingPeriod.FiscalQuarter(Calendar(id), y, q), fiscalQuarter[form % fiscalQuarter.Length]);
            case 6:
                // A quarter named and ended on its last day, in Japanese with its months, or by its last month.
                ReportingPeriod calendarQuarter = ReportingPeriod.Quarter(y, q);
                DateOnly last = calendarQuarter.End.AddDays(-1);
                string[] named = [I($"the {Ordinals[q - 1]} quarter ending {Months[last.Month - 1]} {last.Day}, {y}"), I($"{Ordinals[q - 1]} quarter ended {Months[last.Month - 1]} {last.Day}, {y}"),
                    I($"{y}年第{q}四半期"), I($"{y}年第{q}四半期({(3 * q) - 2}~{3 * q}月)"), I($"{y}年{q}Q"), I($"{Months[last.Month - 1]} quarter {y}"), I($"the {Months[last.Month - 1]} quarter of {y}"), I($"{y}年第{q}四半期(Q{q})")];
                return (calendarQuarter, named[form]);
            case 7:
                // A fiscal quarter named and ended on a day: the name must be the company's quarter that ends that day.
                string fid = form % 2 == 0 ? "microsoft" : "alibaba";
                ReportingPeriod fiscal = ReportingPeriod.FiscalQuarter(Calendar(fid), y, q);
                DateOnly fiscalLast = fiscal.End.AddDays(-1);
                return (fiscal, I($"fiscal {Ordinals[q - 1]} quarter ended {Months[fiscalLast.Month - 1]} {fiscalLast.Day}, {fiscalLast.Year}@{fid}"));
            case 8:
                // The last day of a quarter, at a point in time; in English with the quarter's months in brackets.
                DateOnly quarterLast = ReportingPeriod.Quarter(y, q).End.AddDays(-1);
                string[] quarterEnd = [I($"the end of the {Ordinals[q - 1]} quarter of {y}"), I($"as of the end of the {Ordinals[q - 1]} quarter of {y} ({Months[(3 * q) - 3]} to {Months[(3 * q) - 1]})"),
                    I($"{y}年第{cn}季度末"), I($"{y}年第{q}季度末"), I($"end of the {Ordinals[q - 1]} quarter {y}")];
                return (ReportingPeriod.Day(quarterLast), quarterEnd[form % quarterEnd.Length]);
            case 9:
                // A run of whole years.
                int lastYear = y + 1 + (d % 6);
                string[] years = [I($"{y} to {lastYear}"), I($"{y}年至{lastYear}年"), I($"{y}到{lastYear}年"), I($"{y} ~ {lastYear}")];
                return (ReportingPeriod.Range(new DateOnly(y, 1, 1), new DateOnly(lastYear + 1, 1, 1)), years[form % years.Length]);
            default:
                string cid = form % 2 == 0 ? "microsoft" : "alibaba";
                string[] fiscalHalf = [I($"FY{y} H{h}@{cid}"), I($"FY{yy}-H{h}@{cid}"), I($"FY{y}@{cid}"), I($"{y}年")];
                ReportingPeriod expected = (form % 4) switch
                {
                    2 => ReportingPeriod.FiscalYear(Calendar(cid), y),
                    3 => ReportingPeriod.Year(y),
                    _ => ReportingPeriod.FiscalHalf(Calendar(cid), y, h),
                };
                return (expected, fiscalHalf[form % 4]);
        }
    }

    private static string Describe(ParseResult<ParsedPeriod> result) =>
        result.TryGetValue(out ParsedPeriod? p) ? p.ToString() : "error " + result.Error!.CodeName;

    [Fact]
    public void PrintThenParse_GivesTheSamePeriod()
    {
        int count = 0;
        Cases.Sample(c =>
        {
            Interlocked.Increment(ref count);
            ParseResult<ParsedPeriod> parsed = PeriodParser.Default.Parse(c.Text);
            return parsed.TryGetValue(out ParsedPeriod? p) && c.Period.Equals(p.Period)
                ? true
                : throw new InvalidOperationException($"'{c.Text}' should be {c.Period.Label}, parsed to {Describe(parsed)}");
        }, iter: Iterations, seed: Seed);
        count.Should().BeGreaterThanOrEqualTo(Iterations);
    }

    [Fact]
    public void ADigitChanged_NeverGivesTheSamePeriod()
    {
        Cases.SelectMany(c => Gen.Int[0, 1000].SelectMany(at => Gen.Int[1, 9].Select(by => (c.Period, c.Text, at, by)))).Sample(c =>
        {
            int[] digits = [.. Enumerable.Range(0, c.Text.Length).Where(i => char.IsAsciiDigit(c.Text[i]))];
            int i = digits[c.at % digits.Length];
            string mutated = c.Text[..i] + (char)('0' + ((c.Text[i] - '0' + c.by) % 10)) + c.Text[(i + 1)..];
            ParseResult<ParsedPeriod> parsed = PeriodParser.Default.Parse(mutated);
            return !parsed.TryGetValue(out ParsedPeriod? p) || !c.Period.Equals(p.Period)
                ? true
                : throw new InvalidOperationException($"'{mutated}' (from '{c.Text}') still parsed to {c.Period.Label}");
        }, iter: Iterations, seed: Seed);
    }

    [Fact]
    public void ANumberDropped_NeverGivesTheSamePeriod()
    {
        Cases.SelectMany(c => Gen.Int[0, 1000].Select(at => (c.Period, c.Text, at))).Sample(c =>
        {
            var runs = new List<(int Start, int Length)>();
            for (int i = 0; i < c.Text.Length;)
            {
                int start = i;
                while (i < c.Text.Length && char.IsAsciiDigit(c.Text[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    runs.Add((start, i - start));
                }
                else
                {
                    i++;
                }
            }

            (int s, int n) = runs[c.at % runs.Count];
            string mutated = c.Text.Remove(s, n);
            ParseResult<ParsedPeriod> parsed = mutated.Trim().Length == 0 ? ParseResult<ParsedPeriod>.ForError(mutated, new ParseError(ParseErrorCode.Empty, "empty", 0)) : PeriodParser.Default.Parse(mutated);
            return !parsed.TryGetValue(out ParsedPeriod? p) || !c.Period.Equals(p.Period)
                ? true
                : throw new InvalidOperationException($"'{mutated}' (from '{c.Text}') still parsed to {c.Period.Label}");
        }, iter: Iterations, seed: Seed);
    }

    [Fact]
    public void AnUnknownWordInserted_Fails()
    {
        Cases.SelectMany(c => Gen.Int[0, 1000].SelectMany(at => Gen.Int[0, UnknownWords.Length - 1].Select(w => (c.Period, c.Text, at, w)))).Sample(c =>
        {
            int at = c.at % (c.Text.Length + 1);
            string mutated = c.Text[..at] + UnknownWords[c.w] + c.Text[at..];
            ParseResult<ParsedPeriod> parsed = PeriodParser.Default.Parse(mutated);
            return !parsed.Success ? true : throw new InvalidOperationException($"'{mutated}' (from '{c.Text}') parsed to {Describe(parsed)}");
        }, iter: Iterations, seed: Seed);
    }

    [Fact]
    public void AMeaningfulWordInserted_NeverGivesTheSamePeriod()
    {
        Cases.SelectMany(c => Gen.Int[0, 1000].SelectMany(at => Gen.Int[0, MeaningfulWords.Length - 1].Select(w => (c.Period, c.Text, at, w)))).Sample(c =>
        {
            int at = c.at % (c.Text.Length + 1);
            string word = MeaningfulWords[c.w];
            string mutated = c.Text[..at] + word + c.Text[at..];

            // 第 before a quarter number and 上/下 glued into a half are the same period written another way.
            if (word == "第" && at < c.Text.Length && "一二三四1234".Contains(c.Text[at], StringComparison.Ordinal) && at > 0 && c.Text[at - 1] == '年')
            {
                return true;
            }

            ParseResult<ParsedPeriod> parsed = PeriodParser.Default.Parse(mutated);
            return !parsed.TryGetValue(out ParsedPeriod? p) || !c.Period.Equals(p.Period)
                ? true
                : throw new InvalidOperationException($"'{mutated}' (from '{c.Text}') still parsed to {c.Period.Label}");
        }, iter: Iterations, seed: Seed);
    }

    [Theory]
    [InlineData("the second quarter ended September 30, 2025")]
    [InlineData("third quarter ending June 30, 2025")]
    [InlineData("fiscal third quarter ended June 30, 2025@microsoft")]
    [InlineData("fiscal fourth quarter ended March 31, 2025@microsoft")]
    [InlineData("2025年第2四半期(7~9月)")]
    [InlineData("2025年第2四半期(Q3)")]
    public void A_quarter_whose_name_and_dates_disagree_is_refused(string text)
    {
        ParseResult<ParsedPeriod> parsed = PeriodParser.Default.Parse(text);

        parsed.Success.Should().BeFalse();
        parsed.Error!.Message.Should().Contain("disagree");
    }

    [Fact]
    public void A_japanese_month_range_reads_back_and_a_reversed_or_changed_one_does_not()
    {
        Gen.Int[2000, 2099].SelectMany(y => Gen.Int[1, 12].SelectMany(a => Gen.Int[1, 12].Select(b => (y, a, b)))).Sample(x =>
        {
            string text = FormattableString.Invariant($"{x.y}年{x.a}月から{x.b}月まで");
            ParseResult<ParsedPeriod> parsed = PeriodParser.Default.Parse(text);
            if (x.b < x.a)
            {
                return !parsed.Success ? true : throw new InvalidOperationException($"'{text}' runs backwards and was read as {Describe(parsed)}");
            }

            ReportingPeriod expected = ReportingPeriod.Range(new DateOnly(x.y, x.a, 1), new DateOnly(x.y, x.b, 1).AddMonths(1));
            return parsed.TryGetValue(out ParsedPeriod? p) && p.Period!.Start == expected.Start && p.Period.End == expected.End
                && !PeriodParser.Default.Parse(text + "頃").Success
                ? true : throw new InvalidOperationException($"'{text}' should be {expected.Label}, parsed to {Describe(parsed)}");
        }, iter: 1_000, seed: Seed);
    }

    [Fact]
    public void RelativePeriods_ResolveAsTheCalendarSays()
    {
        Gen.Int[new DateOnly(2001, 1, 1).DayNumber, new DateOnly(2098, 12, 31).DayNumber].Sample(n =>
        {
            DateOnly day = DateOnly.FromDayNumber(n);
            PublishedDate published = PublishedDate.OnDay(day);
            int quarterIndex = (day.Year * 4) + ((day.Month - 1) / 3) - 1;
            DateOnly previousMonth = new DateOnly(day.Year, day.Month, 1).AddMonths(-1);
            (string Text, ReportingPeriod Expected)[] cases =
            [
                ("去年", ReportingPeriod.Year(day.Year - 1)),
                ("今年", ReportingPeriod.Year(day.Year)),
                ("上季度", ReportingPeriod.Quarter(quarterIndex / 4, (quarterIndex % 4) + 1)),
                ("上月", ReportingPeriod.Month(previousMonth.Year, previousMonth.Month)),
                ("上半年", day.Month >= 7 || (day.Month == 6 && day.Day == 30) ? ReportingPeriod.Half(day.Year, 1) : ReportingPeriod.Half(day.Year - 1, 1)),
                ("June quarter", day.Month >= 7 || (day.Month == 6 && day.Day == 30) ? ReportingPeriod.Quarter(day.Year, 2) : ReportingPeriod.Quarter(day.Year - 1, 2)),
                ("今年五月", ReportingPeriod.Month(day.Year, 5)),
                ("去年十二月", ReportingPeriod.Month(day.Year - 1, 12)),
            ];
            // Microsoft's fiscal year ends on 30 June: its latest fiscal first quarter ended by the day is July–September.
            DateOnly q1End = new(day.Month >= 10 || (day.Month == 9 && day.Day == 30) ? day.Year : day.Year - 1, 9, 30);
            ReportingPeriod fiscalFirst = ReportingPeriod.FiscalQuarter(Calendar("microsoft"), q1End.Year + 1, 1);
            ParseResult<ParsedPeriod> fiscal = PeriodParser.Default.ParseRelativeTo("its fiscal first quarter@microsoft", published);
            if (!fiscal.TryGetValue(out ParsedPeriod? fp) || !fiscalFirst.Equals(fp.Period) || fp.Period!.End != q1End.AddDays(1))
            {
                throw new InvalidOperationException($"'its fiscal first quarter@microsoft' from {day:yyyy-MM-dd} should be {fiscalFirst.Label}, parsed to {Describe(fiscal)}");
            }

            if (PeriodParser.Default.ParseRelativeTo("fiscal first quarter", published).Success)
            {
                throw new InvalidOperationException("A fiscal quarter with no company calendar was resolved.");
            }

            foreach (string elsewhere in (ReadOnlySpan<string>)["the quarter", "该季度", "春節", "2025年以來", "直近12か月", "同年第3四半期", "8四半期前", "past four quarters"])
            {
                // They point to a quarter printed elsewhere, a holiday, or end at a cutoff: refused on every day.
                if (PeriodParser.Default.ParseRelativeTo(elsewhere, published).Success)
                {
                    throw new InvalidOperationException($"'{elsewhere}' from {day:yyyy-MM-dd} was resolved; it names no period of its own.");
                }
            }

            foreach (string untilCutoff in (ReadOnlySpan<string>)["年初至今", "过去12个月"])
            {
                // They end where the data ends, which no published date gives: refused on every day.
                if (PeriodParser.Default.ParseRelativeTo(untilCutoff, published).Success)
                {
                    throw new InvalidOperationException($"'{untilCutoff}' from {day:yyyy-MM-dd} was resolved; it ends at a cutoff that is not printed.");
                }
            }

            foreach ((string text, ReportingPeriod expected) in cases)
            {
                ParseResult<ParsedPeriod> parsed = PeriodParser.Default.ParseRelativeTo(text, published);
                if (!parsed.TryGetValue(out ParsedPeriod? p) || !expected.Equals(p.Period) || p.Resolution is null || !p.Resolution.Contains(expected.Label, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"'{text}' from {day:yyyy-MM-dd} should be {expected.Label}, parsed to {Describe(parsed)}");
                }
            }
        }, iter: 2_000, seed: Seed);
    }

    [Theory]
    // Eves printed by dated public pages (the day before the new year they name).
    [InlineData("2024-02-20", "2024-02-09")] // https://www.thequint.com/lifestyle/chinese-new-year-2024-date-history-significance-how-to-celebrate-and-events
    [InlineData("2020-03-01", "2020-01-24")] // http://feiyuepaper.com/news/item_16466.html ("the New Year's Eve on January 24th")
    [InlineData("2022-02-15", "2022-01-31")] // https://astleypark.lancs.sch.uk/events/2022-02-01-chinese-new-year-festivities-2022
    [InlineData("2026-02-24", "2026-02-16")] // the new year 2026-02-17: https://weeksfromtoday.com/lunar-new-year-dates/
    [InlineData("2026-02-16", "2026-02-16")]
    [InlineData("2026-02-15", "2025-01-28")]
    public void Lunar_new_years_eve_is_the_latest_one_on_or_before_the_published_day(string published, string eve)
    {
        ParseResult<ParsedPeriod> parsed = PeriodParser.Default.ParseRelativeTo("除夕", PublishedDate.OnDay(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

        parsed.TryGetValue(out ParsedPeriod? p).Should().BeTrue(Describe(parsed));
        ReportingPeriod expected = ReportingPeriod.Day(DateOnly.ParseExact(eve, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        p!.Period.Should().Be(expected);
        p.Resolution.Should().Be($"除夕 → {expected.Label} from published {published}");
    }

    [Fact]
    public void Lunar_new_years_eve_is_one_day_before_the_published_day_and_a_word_attached_to_it_is_refused()
    {
        Gen.Int[new DateOnly(2000, 2, 4).DayNumber, new DateOnly(2045, 12, 31).DayNumber].SelectMany(n => Gen.Int[0, MeaningfulWords.Length + UnknownWords.Length - 1].Select(w => (n, w))).Sample(x =>
        {
            DateOnly day = DateOnly.FromDayNumber(x.n);
            PublishedDate published = PublishedDate.OnDay(day);
            ParseResult<ParsedPeriod> parsed = PeriodParser.Default.ParseRelativeTo("除夕", published);
            if (!parsed.TryGetValue(out ParsedPeriod? p) || p.Period is not { } eve)
            {
                throw new InvalidOperationException($"'除夕' from {day:yyyy-MM-dd} was not read: {Describe(parsed)}");
            }

            // One day, in the eve's window (20 January to 19 February), on or before the published day, and the latest such: from
            // 19 February on it is that year's, before 20 January the year before's.
            bool oneDay = eve.End == eve.Start.AddDays(1);
            bool window = eve.Start >= new DateOnly(eve.Start.Year, 1, 20) && eve.Start <= new DateOnly(eve.Start.Year, 2, 19);
            bool latest = eve.Start <= day && (eve.Start.Year == day.Year || day < new DateOnly(day.Year, 2, 19))
                && (eve.Start.Year == day.Year - 1 || day >= new DateOnly(day.Year, 1, 20));
            if (!oneDay || !window || !latest || p.Resolution is null)
            {
                throw new InvalidOperationException($"'除夕' from {day:yyyy-MM-dd} read as {eve.Label}");
            }

            string word = x.w < MeaningfulWords.Length ? MeaningfulWords[x.w] : UnknownWords[x.w - MeaningfulWords.Length];
            foreach (string mutated in (ReadOnlySpan<string>)["除夕" + word, word + "除夕", "除夕夜", "春節", "春节期间"])
            {
                if (PeriodParser.Default.ParseRelativeTo(mutated, published).TryGetValue(out ParsedPeriod? m) && eve.Equals(m.Period))
                {
                    throw new InvalidOperationException($"'{mutated}' from {day:yyyy-MM-dd} still read as {eve.Label}");
                }
            }

            return true;
        }, iter: Iterations, seed: Seed);
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2046-03-01")]
    public void Lunar_new_years_eve_outside_the_table_is_refused(string published)
    {
        ParseResult<ParsedPeriod> parsed = PeriodParser.Default.ParseRelativeTo("除夕", PublishedDate.OnDay(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

        parsed.Success.Should().BeFalse();
        parsed.Error!.Message.Should().Contain("2000–2045");
    }

    [Fact]
    public void Lunar_new_years_eve_needs_a_published_day()
    {
        PeriodParser.Default.ParseRelativeTo("除夕", null).Error!.Code.Should().Be(ParseErrorCode.NeedsPublishedDate);
        PeriodParser.Default.ParseRelativeTo("除夕", PublishedDate.InMonth(2026, 2)).Error!.Code.Should().Be(ParseErrorCode.PublishedDateTooCoarse);
    }
}
