using System.Globalization;
using System.Text;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// Published dates printed without a year or relative to when the page was read, rows of price tables whose column heads
/// the scope notes give, request rates, and counts whose time is printed only in the scope notes. Generated rows are read
/// back, then mutated the ways a careless reader would skip; a mutation must fail or change the answer.
/// </summary>
public class PartialPublishedAndTablesTests
{
    private static readonly NormalizationPipeline Pipeline = NormalizationPipeline.CreateDefault();

    private static List<ClaimRow> Read(string csv) =>
        [.. new ClaimsCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)))];

    private static string Cell(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("11月25日")]
    [InlineData("5月21日")]
    [InlineData("09-28")]
    [InlineData("0728")]
    [InlineData("10小时前")]
    [InlineData("3天前")]
    [InlineData("2 hours ago")]
    [InlineData("Oct 12")]
    public void A_published_date_without_its_year_is_kept_as_printed_and_never_read_as_a_date(string published)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,scope,value,published\n"
            + $"c1,火山引擎,豆包,serving-capacity,measure=tpm,800K TPM,{published}\n");

        Claim claim = rows.Should().ContainSingle().Subject.Claim!;
        claim.Published.Should().BeNull("no year is printed, and none is supplied");
        claim.PublishedOn.Should().BeNull();
        claim.PublishedAsPrinted.Should().Be(published);
        NormalizationResult result = Pipeline.Normalize(claim);
        result.Records.Should().ContainSingle().Which.Conversions.Should().Contain(n => n.Code == "published.partial" && n.Message.Contains(published, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("截至9月底", "10小时前")]
    [InlineData("去年", "11月25日")]
    [InlineData("Q3", "09-28")]
    public void A_period_that_needs_the_published_date_names_the_partial_one(string period, string published)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,period,published\n"
            + $"c1,字节跳动,豆包,own-products-token-consumption,30万亿tokens,{period},{published}\n");

        CsvRejection rejection = rows.Should().ContainSingle().Subject.Rejection!;
        rejection.Code.Should().Be("period.needs-published-date");
        rejection.Reason.Should().Contain(published).And.Contain(period);
    }

    // Generated: every day of a leap year printed without its year, in each shape, is partial and never a date; the same
    // text with a year is a date and never partial; an impossible month or day, or a word after it, is neither.
    [Fact]
    public void Generated_month_days_are_partial_and_mutations_are_dates_or_refused()
    {
        var random = new Random(20251203);
        for (int n = 0; n < 2000; n++)
        {
            var day = DateOnly.FromDayNumber(new DateOnly(2024, 1, 1).DayNumber + random.Next(366));
            string[] shapes = [$"{day.Month}月{day.Day}日", day.ToString("MM-dd", CultureInfo.InvariantCulture), day.ToString("MMM d", CultureInfo.InvariantCulture)];
            string text = shapes[random.Next(shapes.Length)];
            PublishedDate.IsPartial(text, out string? why).Should().BeTrue(text);
            why.Should().NotBeNullOrEmpty();
            PublishedDate.TryParse(text, out _, out _).Should().BeFalse(text);

            string withYear = text.Contains('月', StringComparison.Ordinal) ? "2025年" + text : text.Contains('-', StringComparison.Ordinal) ? "2024-" + text : text + ", 2024";
            PublishedDate.IsPartial(withYear, out _).Should().BeFalse(withYear);
            PublishedDate.TryParse(withYear, out PublishedDate? dated, out string? error).Should().Be(day.Month != 2 || day.Day != 29 || !withYear.StartsWith("2025", StringComparison.Ordinal), withYear + " " + error);

            int badMonth = 13 + random.Next(87), badDay = DateTime.DaysInMonth(2024, day.Month) + 1 + random.Next(60);
            string impossible = random.Next(2) == 0 ? $"{badMonth}月{day.Day}日" : $"{day.Month:00}-{badDay:00}";
            PublishedDate.IsPartial(impossible, out _).Should().BeFalse(impossible);
            PublishedDate.IsPartial(text + " 更新", out _).Should().BeFalse(text + " 更新");
        }
    }

    // Generated: a table row whose heads are in the scope notes reads each cell with its head; swapping two heads swaps the
    // parts' directions; a missing cell, an extra head, or a first cell that is not the subject leaves the row unread.
    [Fact]
    public void Generated_table_rows_read_by_their_heads_and_mutations_change_or_fail()
    {
        var random = new Random(20251204);
        (string Head, string Direction)[] zh = [("输入(缓存命中)", "cached-input"), ("输入(缓存未命中)", "input"), ("输出", "output")];
        (string Head, string Direction)[] en = [("Input (per 1M tokens)", "input"), ("Cached Input (per 1M tokens)", "cached-input"), ("Output (per 1M tokens)", "output")];
        for (int n = 0; n < 300; n++)
        {
            bool chinese = random.Next(2) == 0;
            (string Head, string Direction)[] columns = chinese ? zh : en;
            decimal[] prices = [.. columns.Select(_ => random.Next(1, 100_000) / 1000m)];
            string cells = chinese
                ? "| 模型A | " + string.Join(" | ", prices.Select(p => Invariant(p) + " 元/百万 tokens")) + " |"
                : "模型A " + string.Join(" ", prices.Select(p => "$" + Invariant(p)));
            string heads = string.Join(" | ", columns.Select(c => c.Head));
            string Row(string value, string notes, string subject = "模型A") =>
                "id,claimant,subject,basis,value,scope_notes\n" + $"t1,厂商,{subject},model-unit-price,{Cell(value)},{Cell((chinese ? "表头: " : "columns: ") + notes)}\n";

            List<ClaimRow> rows = Read(Row(cells, heads));
            rows.Should().HaveCount(3, cells);
            for (int c = 0; c < 3; c++)
            {
                Claim claim = rows[c].Claim!;
                claim.Basis.Scope[ScopeKeys.TokenDirection].Should().Be(columns[c].Direction, cells);
                claim.Figure.ToCanonical().Value.Should().Be(Interval.Exactly(prices[c] / 1_000_000m), cells);
                claim.Figure.Text.Should().Be(cells);
            }

            string swapped = string.Join(" | ", new[] { columns[2], columns[1], columns[0] }.Select(c => c.Head));
            List<ClaimRow> swappedRows = Read(Row(cells, swapped));
            swappedRows[0].Claim!.Basis.Scope[ScopeKeys.TokenDirection].Should().Be(columns[2].Direction, swapped);
            swappedRows[0].Claim!.Figure.ToCanonical().Value.Should().Be(Interval.Exactly(prices[0] / 1_000_000m), swapped);

            Read(Row(cells, heads + " | Batch")).Should().ContainSingle(r => r.Rejection != null, "an extra head: the cells do not line up");
            Read(Row(cells, string.Join(" | ", columns.Take(2).Select(c => c.Head)))).Should().ContainSingle(r => r.Rejection != null, "a head is missing");
            Read(Row(cells, heads, "模型B")).Should().ContainSingle(r => r.Rejection != null, "the row is another model's");
            Read(Row(cells, string.Join(" | ", columns[1].Head, columns[1].Head, columns[2].Head))).Should().ContainSingle(r => r.Rejection != null, "one head twice");
        }
    }

    [Fact]
    public void A_change_between_two_years_gives_each_level_its_year_and_the_change_both()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,period\n"
            + "y1,Canalys,market,full-stack-cloud-revenue,from $40 billion in 2024 to $46 billion in 2025,2024 to 2025\n"
            + "y2,Canalys,market,full-stack-cloud-revenue,from $40 billion in 2024 to $46 billion in 2025,\n"
            + "y3,Canalys,market,full-stack-cloud-revenue,from $40 billion in 2024 to $46 billion in 2025,2025\n");

        rows.Where(r => r.Claim?.Id.StartsWith("y1#", StringComparison.Ordinal) == true).Select(r => r.Claim!.Period!.Label)
            .Should().Equal(ReportingPeriod.Year(2024).Label, ReportingPeriod.Year(2025).Label, ReportingPeriod.Range(new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1)).Label);
        rows.Single(r => r.Claim?.Id == "y2#multiple").Claim!.Period.Should().Be(ReportingPeriod.Range(new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1)));
        rows.Single(r => r.Claim?.Id == "y2#multiple").Claim!.Figure.Value.Should().Be(Interval.Exactly(1.15m));
        rows.Should().Contain(r => r.Rejection != null && r.Rejection.Code == "period.contradicts-value", "the row says 2025, the value two years");
    }

    [Theory]
    [InlineData("10K RPM", 10_000)]
    [InlineData("1K RPM", 1_000)]
    [InlineData("50 RPS", 3_000)]
    public void Requests_per_minute_are_a_request_rate_on_serving_capacity(string value, int perMinute)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,scope,value\n" + $"r1,火山引擎,豆包,serving-capacity,measure=rpm,{value}\n");
        NormalizationResult result = Pipeline.Normalize(rows.Single().Claim!);
        ComparableRecord record = result.Records.Should().ContainSingle().Subject;
        record.Value.Unit.Should().Be(Units.RequestsPerMinute);
        record.Value.Value.Should().Be(Interval.Exactly(perMinute));
    }

    [Theory]
    [InlineData("measure=tpm", "10K RPM")] // a request rate is no token rate
    [InlineData("measure=rpm", "800K TPM")] // and the other way round
    public void A_rate_limit_of_the_other_kind_contradicts_the_measure(string scope, string value)
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,scope,value\n" + $"r1,火山引擎,豆包,serving-capacity,{scope},{value}\n");
        NormalizationResult result = Pipeline.Normalize(rows.Single().Claim!);
        result.Failure!.Code.Should().Be("scope.contradicts-value");
    }

    [Fact]
    public void A_count_whose_time_is_only_in_the_scope_notes_is_refused()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,scope,value,scope_notes\n"
            + "r1,火山引擎,豆包,serving-capacity,measure=concurrent-requests,167次,平均每秒可以同时调用\n"
            + "r2,火山引擎,豆包,serving-capacity,measure=concurrent-requests,167次,同时调用\n");
        rows[0].Rejection!.Code.Should().Be("value.rate-in-scope-notes");
        rows[1].Claim.Should().NotBeNull("without a word of time the count is a count");
    }

    [Fact]
    public void A_multiple_of_what_peers_have_is_no_growth()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,scope_notes\n"
            + "m1,火山引擎,豆包,,2.7倍到8倍,TPM限额 相对同规格模型\n"
            + "m2,火山引擎,豆包,,2.7倍到8倍,TPM限额\n");
        rows[0].Rejection!.Code.Should().Be("basis.undecided");
        rows[1].Claim!.Basis.Id.Should().Be(MetricBasis.GrowthMultiple.Id, "with no comparison named, the unit alone decides as before");
    }
}
