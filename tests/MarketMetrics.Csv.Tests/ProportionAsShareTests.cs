using System.Globalization;
using System.Text;
using CsCheck;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// A proportion printed in words ("over a third", as Omdia's figure is reported in real-027 of the real claims file:
/// https://www.sentifin.ai/20250910090028-fcf0c47d "captured over a third of China’s artificial intelligence cloud services
/// market") is a share in percent on a basis that takes a share and no plain number; anything else about it (a digit, a
/// word of change, a second figure, a basis that takes a number) leaves it as it was read.
/// </summary>
public class ProportionAsShareTests
{
    private static readonly NormalizationPipeline Pipeline = NormalizationPipeline.CreateDefault();

    private static readonly string[] Proportions = ["a third", "half", "three quarters", "a quarter", "two thirds", "a fifth", "one half"];

    private static readonly string[] Qualifiers = ["", "over ", "nearly ", "about ", "more than ", "almost "];

    private static List<ClaimRow> Read(string value, string basis, string scopeNotes = "") =>
        [.. new ClaimsCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(
            "id,claimant,subject,basis,value,period,market,scope_notes\n"
            + $"x,Omdia,Alibaba Cloud,{basis},\"{value}\",2025-H1,cn-ai-cloud,{scopeNotes}\n")))];

    [Fact]
    public void Over_a_third_of_the_ai_cloud_market_is_a_share_above_33_point_3_percent()
    {
        ComparableRecord record = Pipeline.Normalize(Read("over a third", "", "AI cloud market (Omdia)").Single().Claim!).Records.Single();

        record.Basis.Id.Should().Be(MetricBasis.AnalystAiCloudRevenue.Id);
        record.Value.Unit.Should().Be(Units.Percent);
        record.Value.Value.Low.Value.Should().Be(33.33333333333333333333333333m);
        record.Value.Value.Low.IsInclusive.Should().BeFalse();
        record.Value.Value.High.Value.Should().Be(100m, "a share's open end is closed at 100%");
    }

    [Fact]
    public void A_proportion_in_words_reads_back_as_the_same_proportion_in_percent()
    {
        Gen.Int[0, Proportions.Length - 1].SelectMany(p => Gen.Int[0, Qualifiers.Length - 1].Select(q => (p, q))).Sample(x =>
        {
            string printed = Qualifiers[x.q] + Proportions[x.p];
            Figure number = QuantityParser.Default.Parse(printed).Value;
            ClaimRow row = Read(printed, MetricBasis.AnalystAiCloudRevenue.Id).Single();
            Figure share = row.Claim?.Figure ?? throw new InvalidOperationException($"'{printed}' rejected: {row.Rejection}");
            return share.Unit.Equals(Units.Percent) && share.Value == number.Value.Scale(100m) && share.Qualifier == number.Qualifier
                ? true
                : throw new InvalidOperationException($"'{printed}' ({number.Value}) read as {share.Value} {share.Unit.Symbol}");
        }, iter: 200);
    }

    [Fact]
    public void A_proportion_mutated_is_not_read_as_that_share()
    {
        // A digit, a word of change or decline, a unit or an unknown word, a second figure, or a basis that takes a plain number.
        string[] mutations = ["1 ", "up ", "down by ", "增长", "", "", ""];
        string[] after = ["", "", "", "", " of users", " and 20%", " times"];
        Gen.Int[0, Proportions.Length - 1].SelectMany(p => Gen.Int[0, mutations.Length].Select(m => (p, m))).Sample(x =>
        {
            string printed = x.m < mutations.Length ? mutations[x.m] + Proportions[x.p] + after[x.m] : Proportions[x.p];
            string basis = x.m < mutations.Length ? MetricBasis.AnalystAiCloudRevenue.Id : MetricBasis.ActiveUsers.Id;
            decimal expected = QuantityParser.Default.Parse(Proportions[x.p]).Value.Value.Low.Value * 100m;
            List<ClaimRow> rows = Read(printed, basis);
            foreach (ClaimRow row in rows)
            {
                if (row.Claim is { } claim && Pipeline.Normalize(claim).Records is [{ } record, ..]
                    && record.Value.Unit.Equals(Units.Percent) && !record.Value.Value.Low.IsUnbounded && record.Value.Value.Low.Value == expected)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"'{printed}' on {basis} read as the share {record.Value.Value}"));
                }
            }

            return true;
        }, iter: 300);
    }

    [Theory]
    [InlineData("零点五")]
    [InlineData("point five")]
    [InlineData("约零点三")]
    public void A_number_in_words_that_names_no_fraction_is_not_read_as_a_share(string printed)
    {
        // 零点五 on a share basis may be 0.5% written without its sign as much as one half: the reader does not choose.
        foreach (ClaimRow row in Read(printed, MetricBasis.AnalystAiCloudRevenue.Id))
        {
            if (row.Claim is { } claim)
            {
                claim.Figure.Unit.Should().NotBe(Units.Percent, "'{0}' names no fraction", printed);
            }
        }
    }
}
