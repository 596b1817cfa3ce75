using System.Globalization;
using System.Text;
using CsCheck;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// Measures companies report (revenue, adjusted EBITA, margins, backlog, AI revenue, downloads), inferred from their cue words;
/// a figure with the publisher's conversion into another currency in brackets; Japanese amounts and changes. Known figures are
/// printed, read back and checked; the same rows mutated (a second cue, a figure the basis does not take, a word after the
/// bracket, the bracket in the same currency) change the answer or are refused.
/// </summary>
public class ReportedMeasuresTests
{
    private static string? Seed => Environment.GetEnvironmentVariable("MARKETMETRICS_SEED");

    private static List<ClaimRow> Read(string csv) =>
        [.. new ClaimsCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)))];

    private static string Row(string value, string notes, string claimant = "Alibaba", string language = "zh-Hans") =>
        "id,claimant,subject,basis,value,period,market,scope_notes,language\n" + $"r1,{claimant},阿里云,,\"{value}\",2025Q2,cn-public-cloud-llm,\"{notes}\",{language}\n";

    [Theory]
    [InlineData("29.5億元", "經調整EBITA", "adjusted-ebita", "scope_notes: 調整EBITA")]
    [InlineData("2476亿元", "group revenue", "company-revenue", "scope_notes: group revenue")]
    [InlineData("$77.7 billion", "total revenue", "company-revenue", "scope_notes: total revenue")]
    [InlineData("16.2%", "毛利率", "gross-margin", "scope_notes: 毛利率")]
    [InlineData("$200 billion", "AWS backlog", "revenue-backlog", "scope_notes: backlog")]
    [InlineData("5.25亿元", "AI业务收入", "ai-revenue", "scope_notes: AI业务收入")]
    [InlineData("超7億", "全球下載量", "downloads", "scope_notes: 下載量")]
    [InlineData("突破18萬", "衍生模型數量", "derived-models", "scope_notes: 衍生模型")]
    [InlineData("19億次", "AI總互動", "ai-interactions", "scope_notes: AI總互動")]
    [InlineData("10.3%", "enterprise-grade AI usage", "self-developed-model-token-share", "scope_notes: enterprise-grade AI usage")]
    [InlineData("成長24%", "資本支出", "growth-rate", "scope_notes: 資本支出")]
    public void A_reported_measure_is_inferred_from_its_cue_and_normalised(string value, string notes, string basis, string cue)
    {
        Claim claim = Read(Row(value, notes))[0].Claim!;

        claim.Basis.Id.Should().Be(basis);
        claim.BasisInferredFrom.Should().Contain(cue);
        NormalizationResult result = NormalizationPipeline.CreateDefault().Normalize(claim);
        result.Records.Should().NotBeEmpty(result.Failure?.Message);
        result.Records[0].Assumptions.Should().Contain(n => n.Code == "basis.inferred");
    }

    [Fact]
    public void A_change_beside_a_level_cue_measures_that_level_and_a_bare_change_names_no_measure()
    {
        Read(Row("成長24%", "資本支出"))[0].Claim!.Basis.Scope[ScopeKeys.Measure].Should().Be("capital-expenditure");
        Read(Row("下降77.5%", ""))[0].Claim!.Basis.Scope[ScopeKeys.Measure].Should().Be("unstated");
    }

    [Theory]
    [InlineData("16.2億元", "毛利率")] // a margin is a ratio, not an amount
    [InlineData("超過20%", "AI相關產品收入占外部客戶收入的比重")] // a ratio of AI revenue, not AI revenue
    [InlineData("29.5億元", "經調整EBITA; group revenue")] // two cues
    [InlineData("65.5%", "share of total operating income")] // operating income is an amount
    [InlineData("$5 billion", "corporate")] // RPO is a word of its own, not read inside "corporate"
    public void A_cue_for_another_dimension_or_a_second_cue_leaves_the_basis_undecided(string value, string notes) =>
        Read(Row(value, notes))[0].Rejection!.Code.Should().Be("basis.undecided");

    [Fact]
    public void Synergy_as_the_claimant_puts_a_market_figure_on_cloud_infrastructure_revenue_and_a_cue_overrides_it()
    {
        Read(Row("$52.7 billion", "", claimant: "Synergy"))[0].Claim!.Basis.Id.Should().Be(MetricBasis.CloudInfrastructureRevenue.Id);
        Read(Row("$52.7 billion", "", claimant: "Canalys"))[0].Rejection!.Code.Should().Be("basis.undecided");
        Read(Row("$34.9 billion", "capex", claimant: "Synergy"))[0].Claim!.Basis.Id.Should().Be(MetricBasis.CapitalExpenditure.Id);
    }

    [Fact]
    public void A_backlog_for_a_quarter_is_the_backlog_on_its_last_day()
    {
        Claim claim = Read(Row("$155 billion", "backlog"))[0].Claim!;
        ComparableRecord record = NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];

        record.Period!.Start.Should().Be(new DateOnly(2025, 6, 30));
        record.Aggregation.Should().Be(Aggregation.PointInTime);
        record.Assumptions.Should().Contain(n => n.Code == "period.end-of-period");
    }

    // A known amount in one currency, with a conversion in another in brackets: the amount is read, the bracket kept as printed.
    [Fact]
    public void A_figure_with_a_converted_amount_in_brackets_is_the_figure_with_the_conversion_noted()
    {
        (string Before, string After, string Currency, decimal Scale, string Language)[] forms =
        [
            ("{0} billion yuan (US${1} billion)", "", "CNY", 1_000_000_000m, "en"),
            ("{0}億美元（約新台幣{1}兆元）", "", "USD", 100_000_000m, "zh-TW"),
            ("{0}億ドル(約{1}兆円)", "", "USD", 100_000_000m, "ja"),
            ("{0}億ドル(約{1}兆円規模)", "", "USD", 100_000_000m, "ja"),
        ];
        Gen.Int[1, 99999].SelectMany(n => Gen.Int[0, forms.Length - 1].SelectMany(f => Gen.Int[1, 999].Select(c => (n, f, c)))).Sample(x =>
        {
            decimal amount = x.n / 10m;
            var form = forms[x.f];
            string value = string.Format(CultureInfo.InvariantCulture, form.Before, amount, x.c / 10m);
            ClaimRow row = Read($"id,claimant,subject,basis,value,period,language\nr1,IDC,market,capital-expenditure,{value},2025,{form.Language}\n")[0];
            if (row.Claim is not { } claim)
            {
                throw new InvalidOperationException($"'{value}' was rejected: {row.Rejection!.Reason}");
            }

            ComparableRecord record = NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];
            decimal expected = amount * form.Scale;
            return record.Value.Value.Low.ValueOrNull == expected && record.Value.Value.High.ValueOrNull == expected && record.Value.Unit.Currency == form.Currency
                && claim.PrintedConversion is not null && record.Conversions.Any(n => n.Code == "value.conversion-not-read")
                ? true : throw new InvalidOperationException($"'{value}' read {record.Value.Value} {record.Value.Unit.Symbol}, expected {expected} {form.Currency}");
        }, iter: 300, seed: Seed);
    }

    [Theory]
    [InlineData("51.8 billion yuan (7.3 billion yuan)")] // the same currency twice: two figures, not a conversion
    [InlineData("51.8 billion yuan (US$7.3 billion) in 2025")] // a word after the bracket
    [InlineData("51.8 billion yuan (up 7.3%)")] // a change in the bracket
    [InlineData("51.8 billion yuan (US$7.3 billion US$1 billion)")] // two figures in the bracket
    public void A_bracket_that_is_no_conversion_rejects_the_row(string value) =>
        Read($"id,claimant,subject,basis,value,period,language\nr1,IDC,market,capital-expenditure,{value},2025,en\n")[0].Rejection.Should().NotBeNull();

    [Fact]
    public void A_count_and_an_amount_joined_by_to_or_ji_are_two_parts_and_two_counts_are_not()
    {
        Gen.Int[1, 9999].SelectMany(n => Gen.Int[1, 9999].SelectMany(a => Gen.Int[0, 1].Select(j => (n, a, j)))).Sample(x =>
        {
            decimal amount = x.a / 10m;
            string value = x.j == 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}件の落札プロジェクトと{1}億元", x.n, amount)
                : string.Format(CultureInfo.InvariantCulture, "{0}個及{1}億元", x.n, amount);
            List<ClaimRow> rows = Read($"id,claimant,subject,basis,scope,value,period\nr1,IDC,百度智能云,llm-tender-wins,measure=count-and-amount,{value},2025\n");
            bool ok = rows.Count == 2 && rows[0].Claim!.Figure.Value.Low.ValueOrNull == x.n && rows[0].Claim!.Basis.Scope[ScopeKeys.Measure] == "count"
                && rows[1].Claim!.Figure.ToCanonical().Value.Low.ValueOrNull == amount * 100_000_000m && rows[1].Claim!.Basis.Scope[ScopeKeys.Measure] == "amount";
            return ok ? true : throw new InvalidOperationException($"'{value}' gave {rows.Count} rows: {string.Join("; ", rows.Select(r => r.Claim?.Figure.ToString() ?? r.Rejection!.Reason))}");
        }, iter: 300, seed: Seed);

        // Two counts joined: which is which is not printed.
        Read("id,claimant,subject,basis,scope,value,period\nr1,IDC,百度智能云,llm-tender-wins,measure=count-and-amount,95件と7件,2025\n")[0].Rejection.Should().NotBeNull();
    }

    [Fact]
    public void Figures_respectively_of_a_listed_group_are_one_claim_per_member_in_order()
    {
        Gen.Int[1, 999].Array[3].SelectMany(p => Gen.Int[0, 2].Select(f => (p, f))).Sample(x =>
        {
            decimal[] shares = [.. x.p.Select(v => v / 10m)];
            string value = x.f switch
            {
                0 => string.Format(CultureInfo.InvariantCulture, "\"{0}%, {1}% and {2}% respectively\"", shares[0], shares[1], shares[2]),
                1 => string.Format(CultureInfo.InvariantCulture, "\"{0}%, {1}%, and {2}%, respectively\"", shares[0], shares[1], shares[2]),
                _ => string.Format(CultureInfo.InvariantCulture, "分别为{0}%、{1}%和{2}%", shares[0], shares[1], shares[2]),
            };
            List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,period,market\nr1,Synergy,Amazon+Microsoft+Google,cloud-infrastructure-revenue,{value},2025Q3,cn-cloud\n");
            string[] members = ["Amazon", "Microsoft", "Google"];
            for (int i = 0; i < 3; i++)
            {
                Claim? c = rows.ElementAtOrDefault(i)?.Claim;
                if (c is null || c.Subject != members[i] || c.Figure.Value.Low.ValueOrNull != shares[i] || c.Id != "r1#" + members[i].ToLowerInvariant())
                {
                    throw new InvalidOperationException($"'{value}': part {i} is {c?.Subject} {c?.Figure}, expected {members[i]} {shares[i]}%");
                }
            }

            return rows.Count == 3;
        }, iter: 300, seed: Seed);
    }

    [Theory]
    [InlineData("Amazon+Microsoft+Google", "\"29%, 20% respectively\"")] // two figures, three members
    [InlineData("Amazon+Microsoft+Google", "\"29%, 20 pp and 13% respectively\"")] // not one unit
    [InlineData("Amazon", "\"29%, 20% and 13% respectively\"")] // no members listed
    public void Figures_respectively_that_do_not_pair_with_the_members_are_refused(string subject, string value) =>
        Read($"id,claimant,subject,basis,value,period,market\nr1,Synergy,{subject},cloud-infrastructure-revenue,{value},2025Q3,cn-cloud\n")[0].Rejection.Should().NotBeNull();

    [Fact]
    public void Basis_points_are_hundredths_of_a_percentage_point()
    {
        Gen.Int[1, 9999].Sample(n =>
        {
            var parser = new MarketMetrics.Parsing.QuantityParser();
            string text = string.Format(CultureInfo.InvariantCulture, "up {0} basis points", n);
            Figure canonical = parser.Parse(text).Value.ToCanonical();
            if (canonical.Value.Low.ValueOrNull != n / 100m || canonical.Unit.Symbol != "pp" || !canonical.IsChange)
            {
                throw new InvalidOperationException($"'{text}' read {canonical.Value} {canonical.Unit.Symbol}, expected {n / 100m} pp");
            }

            return !parser.Parse(text + " banana").Success && parser.Parse(string.Format(CultureInfo.InvariantCulture, "up {0} percentage points", n)).Value.ToCanonical().Value.Low.ValueOrNull == n;
        }, iter: 500, seed: Seed);
    }

    [Fact]
    public void Japanese_amounts_and_changes_read_back_and_a_word_attached_is_refused()
    {
        Gen.Int[1, 99999].SelectMany(n => Gen.Int[0, 3].Select(f => (n, f))).Sample(x =>
        {
            decimal number = x.n / 10m;
            (string text, decimal value, string unit, bool change) = x.f switch
            {
                0 => (string.Format(CultureInfo.InvariantCulture, "{0}億ドル", number), number * 100_000_000m, "USD", false),
                1 => (string.Format(CultureInfo.InvariantCulture, "{0}兆円", number), number * 1_000_000_000_000m, "JPY", false),
                2 => (string.Format(CultureInfo.InvariantCulture, "{0}%増", number), number, "%", true),
                _ => (string.Format(CultureInfo.InvariantCulture, "前年同期比{0}%増", number), number, "%", true),
            };
            var parser = new MarketMetrics.Parsing.QuantityParser(MarketMetrics.Parsing.QuantityParserOptions.ForLanguage("ja"));
            Figure figure = parser.Parse(text).Value;
            if (figure.Value.Low.ValueOrNull != value || figure.Unit.Symbol != unit || figure.IsChange != change)
            {
                throw new InvalidOperationException($"'{text}' read {figure.Value} {figure.Unit.Symbol} (change {figure.IsChange}), expected {value} {unit}");
            }

            return !parser.Parse(text + "予想外").Success ? true : throw new InvalidOperationException($"'{text}予想外' was read: a word attached must be refused.");
        }, iter: 1_000, seed: Seed);
    }

    [Fact]
    public void Japanese_values_mutated_by_a_sign_a_rate_or_a_second_figure_change_or_fail()
    {
        // The bracketed conversions are read by the claims reader, and their mutations are refused there (the test above).
        string[] forms = ["{0}億ドル", "{0}兆円", "{0}%増", "前年同期比{0}%増", "{0}億円", "{0}%減"];
        string[] mutations = ["{0}減", "毎日{0}", "{0}/日", "{0}と30億ドル", "{0} and $3 billion", "マイナス{0}", "-{0}", "{0}予想外"];
        Gen.Int[1, 99999].SelectMany(n => Gen.Int[0, forms.Length - 1].SelectMany(f => Gen.Int[0, mutations.Length - 1].Select(m => (n, f, m)))).Sample(x =>
        {
            var parser = new MarketMetrics.Parsing.QuantityParser(MarketMetrics.Parsing.QuantityParserOptions.ForLanguage("ja"));
            string text = string.Format(CultureInfo.InvariantCulture, forms[x.f], x.n / 10m);
            Figure original = parser.Parse(text).Value;
            if (mutations[x.m] == "-{0}" && !char.IsAsciiDigit(text[0]))
            {
                return true; // a dash before words (- 前年同期比…) is a list bullet, not a sign
            }

            string mutated = string.Format(CultureInfo.InvariantCulture, mutations[x.m], text);
            if (parser.Parse(mutated).TryGetValue(out Figure? read)
                && read.Value == original.Value && read.Unit == original.Unit && read.Modifiers == original.Modifiers && read.Qualifier == original.Qualifier)
            {
                throw new InvalidOperationException($"'{mutated}' reads as '{text}' does: the added word was skipped.");
            }

            return true;
        }, iter: 2_000, seed: Seed);
    }
}
