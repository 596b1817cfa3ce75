using System.Globalization;
using CsCheck;
using MarketMetrics.Extraction;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Extraction;

/// <summary>Generated sentences with a known figure, subject and period: extracted back exactly; and mutated (another
/// qualifier, magnitude, vendor, period, a word of change, an attached word) the answer changes with them or the figure
/// is refused.</summary>
public class ExtractionGeneratedTests
{
    private static readonly string[] Vendors = ["火山引擎", "阿里云", "百度智能云", "腾讯云", "華為雲", "DeepSeek"];

    private static readonly string[] Periods = ["2025年上半年", "2024年", "2025年第三季度", "2023年下半年", "2025年5月"];

    private static readonly string[] Qualifiers = ["", "超", "约", "近", "超过", "不到"];

    private static readonly string[] Scales = ["", "万", "亿", "万亿", "萬", "億"];

    private static readonly string[] Units = ["Tokens", "元", "美元"];

    private static readonly Gen<(int Vendor, int Period, int Qualifier, int Scale, int Unit, decimal Number)> Cases =
        Gen.Int[0, Vendors.Length - 1].SelectMany(v => Gen.Int[0, Periods.Length - 1].SelectMany(p => Gen.Int[0, Qualifiers.Length - 1].SelectMany(q =>
            Gen.Int[0, Scales.Length - 1].SelectMany(s => Gen.Int[0, Units.Length - 1].SelectMany(u => Gen.Int[1, 99_999].SelectMany(n => Gen.Int[0, 2].Select(d =>
                (v, p, q, s, u, n / (d == 0 ? 1m : d == 1 ? 10m : 100m)))))))));

    private static string FigureText((int Vendor, int Period, int Qualifier, int Scale, int Unit, decimal Number) c) =>
        Qualifiers[c.Qualifier] + c.Number.ToString(CultureInfo.InvariantCulture) + Scales[c.Scale] + Units[c.Unit];

    private static string Sentence((int Vendor, int Period, int Qualifier, int Scale, int Unit, decimal Number) c, string? figure = null) =>
        $"据报道,{Periods[c.Period]},{Vendors[c.Vendor]}的相关规模达到{figure ?? FigureText(c)},市场反应积极。";

    [Fact]
    public void KnownFigureInASentence_IsExtractedBackExactly_WithItsSubjectAndPeriod()
    {
        Cases.Sample(c =>
        {
            string figure = FigureText(c);
            ExtractionResult result = ClaimExtractor.Default.Extract(Sentence(c));
            ExtractedClaim claim = result.Claims.Should().ContainSingle().Subject;
            claim.Value.Should().EndWith(figure);
            claim.Figure.Value.Should().Be(QuantityParser.Default.Parse(figure).Value.Value);
            claim.Figure.Unit.Should().Be(QuantityParser.Default.Parse(figure).Value.Unit);
            EntityAliases.Default.TryResolve(claim.Subject.Value!, out Entity? subject).Should().BeTrue();
            EntityAliases.Default.TryResolve(Vendors[c.Vendor], out Entity? vendor).Should().BeTrue();
            subject.Should().Be(vendor);
            claim.Subject.Certainty.Should().Be(ExtractionCertainty.Stated);
            claim.Period.Value.Should().Be(Periods[c.Period]);
            claim.Period.Certainty.Should().Be(ExtractionCertainty.Inferred, "the period is in another clause of the sentence");
        }, iter: 1000);
    }

    [Fact]
    public void AnotherQualifierMagnitudeVendorOrPeriod_ChangesTheAnswer()
    {
        Cases.SelectMany(c => Gen.Int[0, 3].Select(what => (c, what))).Sample(t =>
        {
            var (c, what) = t;
            var mutated = what switch
            {
                0 => c with { Qualifier = (c.Qualifier + 1) % Qualifiers.Length },
                1 => c with { Scale = c.Scale is 0 ? 2 : 0 },
                2 => c with { Vendor = (c.Vendor + 1) % Vendors.Length },
                _ => c with { Period = (c.Period + 1) % Periods.Length },
            };
            ExtractedClaim before = ClaimExtractor.Default.Extract(Sentence(c)).Claims.Single();
            ExtractedClaim after = ClaimExtractor.Default.Extract(Sentence(mutated)).Claims.Single();
            switch (what)
            {
                case 0:
                    (after.Figure.Qualifier, after.Figure.Value).Should().NotBe((before.Figure.Qualifier, before.Figure.Value));
                    break;
                case 1:
                    after.Figure.ToCanonical().Value.Should().NotBe(before.Figure.ToCanonical().Value);
                    break;
                case 2:
                    after.Subject.Value.Should().NotBe(before.Subject.Value);
                    break;
                default:
                    after.Period.Value.Should().NotBe(before.Period.Value);
                    break;
            }
        }, iter: 1000);
    }

    [Fact]
    public void AWordOfChangeOrAnAttachedUnknownWord_MakesAChangeOrIsRefused()
    {
        Cases.Sample(c =>
        {
            string figure = FigureText(c);
            ExtractedClaim change = ClaimExtractor.Default.Extract(Sentence(c, "同比增长" + figure)).Claims.Single();
            change.Figure.IsChange.Should().BeTrue("同比增长 before '{0}' makes it a change", figure);

            // A word the parser refuses, attached before the figure (亏损: a loss), refuses the figure: it is never read
            // without it.
            ExtractionResult refused = ClaimExtractor.Default.Extract(Sentence(c, "亏损" + figure));
            refused.Claims.Should().NotContain(x => x.Value.Contains(figure, StringComparison.Ordinal) && !x.Value.Contains("亏损", StringComparison.Ordinal));
        }, iter: 500);
    }

    [Fact]
    public void AnyText_ExtractsWithoutAnException_AndEveryClaimReadsBack()
    {
        Gen.String[Gen.Char["0123456789.,%-~超约近万亿萬億元美元Tokens第一二三四五十百千和、,。;: $ABCmtk阿里云火山引擎据统计2025年上半年日均预计分别"], 0, 200].Sample(text =>
        {
            ExtractionResult result = ClaimExtractor.Default.Extract(text);
            foreach (ExtractedClaim claim in result.Claims)
            {
                claim.Start.Should().BeInRange(0, text.Length);
                QuantityParser.Default.Parse(claim.Value).Success.Should().BeTrue("'{0}' from '{1}' must read back", claim.Value, text);
            }

            foreach (SkippedFigure skipped in result.Skipped)
            {
                skipped.Start.Should().BeInRange(0, text.Length);
            }
        }, iter: 3000);
    }

    [Theory]
    [InlineData("月活跃用户数在2024年12月达到9400万。", "9400万用户")]
    [InlineData("豆包大模型日均Tokens使用量已超16.4万亿。", "超16.4万亿Tokens")]
    [InlineData("企业用户支出达到9400万。", null)]
    [InlineData("Tokens调用量收入已超16亿。", null)]
    [InlineData("共有9400万。", null)]
    public void ABareNumber_TakesAUnitOnlyFromAMeasureOfItPrintedBefore_NeverAcrossAWordOfMoney(string text, string? value)
    {
        ExtractionResult result = ClaimExtractor.Default.Extract(text);
        if (value is null)
        {
            result.Claims.Should().BeEmpty("'{0}' prints no unit for its number", text);
            result.Skipped.Should().Contain(s => s.Code == "no-unit");
        }
        else
        {
            result.Claims.Should().ContainSingle().Which.Value.Should().EndWith(value);
        }
    }
}
