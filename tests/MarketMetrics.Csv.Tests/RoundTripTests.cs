using System.Globalization;
using System.Text;
using MarketMetrics.Analysis;
using MarketMetrics.Normalization;
using MarketMetrics.Serialization;

namespace MarketMetrics.Csv.Tests;

/// <summary>Records written and read back are equal to themselves, in CSV and in JSON, whatever the current culture.</summary>
public class RoundTripTests
{
    private static IReadOnlyList<ComparableRecord> Records()
    {
        List<ComparableRecord> records = [.. NormalizationPipeline.CreateDefault().NormalizeAll(Datasets.AiCloudArticle2025.Claims).SelectMany(r => r.Records)];
        ComparableRecord Find(string id) => records.Single(r => r.Id == id);
        records.Add(DerivedEstimates.Revenue("est-revenue", Find("seed-09"), Find("seed-07")).Record!);
        records.Add(DerivedEstimates.AveragePrice("est-price", Find("seed-10"), Find("seed-09")).Record!);
        var odd = new Claim("odd", "=cmd", "-1", Parsing.QuantityParser.Default.Parse("-22.2%").Value, MetricBasis.GrowthMultiple.WithScope("note", "a,b"))
        {
            Quote = "line one\nline \"two\"",
            ScopeNotes = "@risk",
            PublishedOn = new DateOnly(2025, 9, 24),
            Publisher = new Publisher("+media", PublisherKind.Media),
        };
        records.Add(new ComparableRecord("odd", odd, odd.Figure, odd.Basis) { Warnings = [new RecordNote("x.y", "a: b | c")] });
        return records;
    }

    public static TheoryData<string> Cultures() => ["", "de-DE", "tr-TR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Csv_WriteThenRead_GivesEqualRecords(string culture)
    {
        using var _ = new CultureScope(culture);
        IReadOnlyList<ComparableRecord> records = Records();
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            foreach (ComparableRecord record in records)
            {
                writer.Write(record);
            }
        }

        stream.Position = 0;
        var read = new RecordsCsvReader().Read(stream).ToList();

        read.Where(r => r.Rejection is not null).Select(r => r.Rejection!.ToString()).Should().BeEmpty();
        read.Select(r => r.Record!).Should().Equal(records);
    }

    [Theory]
    [InlineData("=cmd")]
    [InlineData("'=cmd")]
    [InlineData("''=cmd")]
    [InlineData("'-5")]
    [InlineData("''")]
    [InlineData("'")]
    [InlineData("'90s")]
    [InlineData("''x")]
    [InlineData("'\t")]
    [InlineData(" =cmd")]
    [InlineData("@'")]
    [InlineData("＝1+1")]
    [InlineData("＋86 10")]
    [InlineData("－5")]
    [InlineData("＠SUM(A1)")]
    [InlineData("  =HYPERLINK(\"x\")")]
    [InlineData("\n=cmd")]
    [InlineData("\r\n+cmd")]
    [InlineData("\u3000＝cmd")]
    [InlineData("' =cmd")]
    [InlineData("'＝cmd")]
    [InlineData("'\n@x")]
    [InlineData("' x")]
    public void Csv_TextThatLooksLikeAFormulaOrItsEscape_ReadsBackAsWritten(string text)
    {
        var claim = new Claim("c", text, "x", Parsing.QuantityParser.Default.Parse("5%").Value, MetricBasis.MaasRevenue) { Quote = text, Source = text };
        var record = new ComparableRecord("c", claim, claim.Figure, claim.Basis);
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            writer.Write(record);
        }

        stream.Position = 0;
        ComparableRecord read = new RecordsCsvReader().Read(stream).Single().Record!;

        read.Claim.Claimant.Should().Be(text);
        read.Claim.Quote.Should().Be(text);
        read.Claim.Source.Should().Be(text);
        using CsvHelper.CsvReader csv = CsvHelper.CsvReader.Create(stream.ToArray(), CsvHelper.CsvReaderOptions.Default with { Separator = ',' });
        csv.Read().Should().BeTrue();
        for (int i = 0; i < csv.FieldCount; i++)
        {
            csv.GetString(i).Should().NotMatchRegex("^([\\t\\r]|[\\s\u3000\u00A0]*[=+@\uFF1D\uFF0B\uFF0D\uFF20-])", "no field starts a formula in a spreadsheet");
        }
    }

    [Theory]
    [InlineData("=5000亿元", "'=5000亿元")]
    [InlineData("＝5000亿元", "'＝5000亿元")]
    [InlineData("+5億元", "'+5億元")]
    [InlineData("超5億元", "超5億元")]
    public void ValueAsPrinted_FromAClaimsFile_IsThePrintedTextExactly_EscapedOnWriteAndUnescapedOnRead(string printed, string written)
    {
        byte[] claims = Encoding.UTF8.GetBytes($"id,claimant,subject,basis,value,period\nc1,a,b,maas-revenue,{printed},2024年\n");
        Claim claim = new ClaimsCsvReader().Read(new MemoryStream(claims)).Single().Claim!;
        ComparableRecord record = Normalization.NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            writer.Write(record);
        }

        using CsvHelper.CsvReader csv = CsvHelper.CsvReader.Create(stream.ToArray(), CsvHelper.CsvReaderOptions.Default with { Separator = ',' });
        csv.Read().Should().BeTrue();
        stream.Position = 0;
        ComparableRecord read = new RecordsCsvReader().Read(stream).Single().Record!;

        claim.Figure.Text.Should().Be(printed);
        csv.GetString("value_as_printed").Should().Be(written);
        csv.GetString("claim_value_as_printed").Should().Be(written);
        read.Value.Text.Should().Be(printed);
        read.Claim.Figure.Text.Should().Be(printed);
        read.Should().Be(record);
    }

    [Theory]
    [InlineData("2025年10月", "2025-10", DatePrecision.Month)]
    [InlineData("Oct 12, 2025", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025", "2025", DatePrecision.Year)]
    public void PublishedDate_OfAnyPrecision_IsWrittenAndReadBackAtThatPrecision(string printed, string written, DatePrecision precision)
    {
        byte[] claims = Encoding.UTF8.GetBytes($"id,claimant,subject,basis,value,period,published\nc1,a,b,maas-revenue,5亿元,2024年,\"{printed}\"\n");
        Claim claim = new ClaimsCsvReader().Read(new MemoryStream(claims)).Single().Claim!;
        ComparableRecord record = Normalization.NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            writer.Write(record);
        }

        using CsvHelper.CsvReader csv = CsvHelper.CsvReader.Create(stream.ToArray(), CsvHelper.CsvReaderOptions.Default with { Separator = ',' });
        csv.Read().Should().BeTrue();
        stream.Position = 0;
        ComparableRecord read = new RecordsCsvReader().Read(stream).Single().Record!;

        csv.GetString("claim_published").Should().Be(written);
        read.Claim.Published!.Precision.Should().Be(precision);
        read.Claim.Published.Label.Should().Be(written);
        read.Should().Be(record);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Json_WriteThenRead_GivesEqualRecords(string culture)
    {
        using var _ = new CultureScope(culture);
        IReadOnlyList<ComparableRecord> records = Records();
        using var stream = new MemoryStream();
        RecordsJson.Write(stream, records);
        stream.Position = 0;

        var read = new List<ComparableRecord>();
        await foreach ((ComparableRecord? record, string? error) in RecordsJson.ReadAsync(stream))
        {
            error.Should().BeNull();
            read.Add(record!);
        }

        read.Should().Equal(records);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Contain("\"low\":536700000000000").And.Contain("536.7萬億Tokens");
    }

    [Fact]
    public async Task Json_InvalidDocument_IsAnErrorEntryNotAnException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[{\"id\":\"r1\",\"unit\":\"furlong\",\"claim\":{\"id\":\"c\",\"claimant\":\"a\",\"subject\":\"b\",\"basis\":\"maas-revenue\",\"figure\":{\"qualifier\":\"exact\",\"unit\":\"CNY\",\"low\":1,\"lowInclusive\":true,\"high\":1,\"highInclusive\":true}}}]"));

        var entries = new List<(ComparableRecord?, string?)>();
        await foreach (var entry in RecordsJson.ReadAsync(stream))
        {
            entries.Add(entry);
        }

        entries.Should().ContainSingle().Which.Item2.Should().StartWith("Record 'r1':");
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = name.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
