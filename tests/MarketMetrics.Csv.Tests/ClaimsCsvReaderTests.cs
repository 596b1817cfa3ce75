using System.Globalization;
using System.Text;
using MarketMetrics.Datasets;

namespace MarketMetrics.Csv.Tests;

public class ClaimsCsvReaderTests
{
    private const string Header = "id,claimant,subject,basis,value,period,market";

    private static List<ClaimRow> Read(string text, bool bom = false)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        return [.. new ClaimsCsvReader().Read(stream)];
    }

    private static string RepoFile(string relative)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }

    [Fact]
    public void Read_SeedSample_GivesTheBuiltInDatasetClaimForClaim()
    {
        using FileStream file = File.OpenRead(RepoFile("docs/samples/seed-claims.csv"));

        List<ClaimRow> rows = [.. new ClaimsCsvReader().Read(file)];

        rows.Should().OnlyContain(r => r.Accepted);
        rows.Select(r => r.Claim!).Should().Equal(AiCloudArticle2025.Claims);
    }

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Read_UnderAnyCurrentCulture_ReadsTheSameValues(string culture)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
            List<ClaimRow> rows = Read(Header + "\nINFO,IDC,market,maas-token-volume,\"1,234.5萬億Tokens\",2025上半年,cn-public-cloud-llm\n");

            rows.Single().Claim!.Figure.Value.Should().Be(Interval.Exactly(1_234_500_000_000_000m));
            rows.Single().Claim!.Id.Should().Be("INFO");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-09-24", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-04-31", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2025-09-2x", false)]
    [InlineData("२०२५-०९-२४", false)]
    [InlineData("2025-09-24 approx", false)]
    public void Read_PublishedDate_IsAcceptedOnlyAsAValidYyyyMmDd(string published, bool accepted)
    {
        List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,published\nc1,a,b,maas-revenue,5億元,{published}\n");

        rows.Should().ContainSingle();
        rows[0].Accepted.Should().Be(accepted);
        if (accepted)
        {
            rows[0].Claim!.PublishedOn.Should().Be(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            rows[0].Rejection!.Code.Should().Be("published.invalid");
            rows[0].Rejection!.LineNumber.Should().Be(2);
            rows[0].Rejection!.RawRecord.Should().Contain(published);
        }
    }

    [Theory]
    [InlineData("2025-10", "2025-10-01", DatePrecision.Month)]
    [InlineData("2025年10月", "2025-10-01", DatePrecision.Month)]
    [InlineData("October 2025", "2025-10-01", DatePrecision.Month)]
    [InlineData("2025/10/12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025-9-24", "2025-09-24", DatePrecision.Day)]
    [InlineData("2025.10.12", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025年10月12日", "2025-10-12", DatePrecision.Day)]
    [InlineData("\"Oct 12, 2025\"", "2025-10-12", DatePrecision.Day)]
    [InlineData("12 October 2025", "2025-10-12", DatePrecision.Day)]
    [InlineData("2025-10-12T08:00:00+08:00", "2025-10-12", DatePrecision.Day)]
    public void Read_PublishedDateAsPrinted_KeepsItsPrecision(string published, string first, DatePrecision precision)
    {
        List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,published\nc1,a,b,maas-revenue,5億元,{published}\n");

        rows.Should().ContainSingle();
        Claim claim = rows[0].Claim!;
        claim.Published!.First.Should().Be(DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        claim.Published.Precision.Should().Be(precision);
        claim.PublishedOn.Should().Be(precision == DatePrecision.Day ? claim.Published.First : null, "a month names no day");
    }

    [Theory]
    [InlineData("输入0.8元/百万tokens，输出2元/百万tokens", "model-unit-price", 2)]
    [InlineData("29%、20%和13%", "cloud-infrastructure-revenue", 3)]
    public void Read_ARowOfSeveralFigures_KeepsTheRowsPublishedDateAndPeriodResolutionOnEveryPart(string value, string basis, int parts)
    {
        string subject = parts == 3 ? "Amazon+Microsoft+Google" : "doubao";
        string row = parts == 3 ? $"\"分别为{value}\"" : $"\"{value}\"";
        List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,period,published,market\nc1,a,{subject},{basis},{row},上季度,2025-11,cn-cloud\n");

        rows.Should().HaveCount(parts);
        foreach (ClaimRow part in rows)
        {
            Claim claim = part.Claim!;
            claim.Period!.Label.Should().Be("2025-Q3");
            claim.PeriodResolution.Should().Be("上季度 → 2025-Q3 from published 2025-11", "part {0} comes from the same row", claim.Id);
            claim.Published!.Precision.Should().Be(DatePrecision.Month);
        }
    }

    [Theory]
    [InlineData("去年", "2025-03-12", "2024", "去年 → 2024 from published 2025-03-12")]
    [InlineData("上季度", "2025-11", "2025-Q3", "上季度 → 2025-Q3 from published 2025-11")]
    [InlineData("截至9月底", "2025年10月12日", "2025-09-30", "截至9月底 → 2025-09-30 from published 2025-10-12")]
    [InlineData("第三季度", "2025-10-12", "2025-Q3", "第三季度 → 2025-Q3 from published 2025-10-12")]
    public void Read_RelativePeriod_IsResolvedAgainstTheRowsPublishedDate(string period, string published, string label, string note)
    {
        List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,period,published\nc1,a,b,maas-revenue,5億元,{period},{published}\n");

        Claim claim = rows.Should().ContainSingle().Which.Claim!;
        claim.Period!.Label.Should().Be(label);
        claim.PeriodResolution.Should().Be(note);
        ComparableRecord record = Normalization.NormalizationPipeline.CreateDefault().Normalize(claim).Records[0];
        record.Period!.Label.Should().Be(label);
        record.Conversions.Should().ContainSingle(n => n.Code == "period.resolved").Which.Message.Should().Be(note);
    }

    [Theory]
    [InlineData("去年", "", "period.needs-published-date")]
    [InlineData("上月", "2025", "period.published-date-too-coarse")]
    [InlineData("年初至今", "2025-10-30", "period.invalid-period")]
    [InlineData("FY25 Q3 revenue@microsoft", "", "period.invalid-period")]
    public void Read_RelativePeriodThatCannotBeResolved_IsRejectedWithTheReason(string period, string published, string code)
    {
        List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,period,published\nc1,a,b,maas-revenue,5億元,{period},{published}\n");

        rows.Should().ContainSingle().Which.Rejection!.Code.Should().Be(code);
    }

    [Fact]
    public void Read_FiscalPeriodNamingNoCompany_TakesTheSubjectsCalendar()
    {
        List<ClaimRow> rows = Read("id,claimant,subject,basis,value,period\nc1,IDC,Microsoft,maas-revenue,5億元,FY25 Q3\n");

        ReportingPeriod period = rows.Should().ContainSingle().Which.Claim!.Period!;
        period.Label.Should().Be("FY2025-Q3@microsoft");
        period.Start.Should().Be(new DateOnly(2025, 1, 1));
    }

    [Theory]
    [InlineData("Reported", "Media", FigureStatus.Reported)]
    [InlineData("ESTIMATE", "Analyst", FigureStatus.Estimate)]
    [InlineData("forecast", "VENDOR", FigureStatus.Forecast)]
    public void Read_KeywordColumns_IgnoreCase(string status, string kind, FigureStatus expected)
    {
        List<ClaimRow> rows = Read($"id,claimant,subject,basis,value,status,publisher,publisher_kind\nc1,a,b,maas-revenue,5億元,{status},IDC,{kind}\n");

        rows[0].Accepted.Should().BeTrue();
        rows[0].Claim!.Status.Should().Be(expected);
        rows[0].Claim!.Publisher!.Kind.Should().Be(Enum.Parse<PublisherKind>(kind, ignoreCase: true));
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrLf_AreHandled()
    {
        List<ClaimRow> rows = Read(Header + "\r\nc1,a,b,maas-revenue,5億元,2024,\r\nc2,a,b,maas-revenue,6億元,2024,\r\n", bom: true);

        rows.Should().HaveCount(2).And.OnlyContain(r => r.Accepted);
        rows[1].LineNumber.Should().Be(3);
    }

    [Fact]
    public void Read_BrokenRows_AreRejectedWithLineColumnAndReason_AndTheRestGoesOn()
    {
        string[] lines =
        [
            Header,
            "ok1,a,b,maas-revenue,5億元,2024,",
            ",a,b,maas-revenue,5億元,2024,",
            "ok1,a,b,maas-revenue,5億元,2024,",
            "c4,a,b,no-such-basis,5億元,2024,",
            "c5,a,b,maas-revenue,超,2024,",
            "c6,a,b,maas-revenue,46.4% and 17.7%,2024,",
            "c7,a,b,maas-revenue,5億元,2025-02-30,",
            "c8,a,b,maas-revenue,\"5億元\"x,2024,",
            "c9,a,b,maas-revenue",
            "c10,a,b,maas-revenue,-5 tokens,2024,",
            "c11,a,b,maas-revenue,9999999999999999999999999999萬億,2024,",
            "c12,a,b,maas-revenue,FY2024,FY2024,",
            "ok2,a,b,maas-revenue,6億元,2024,",
        ];

        List<ClaimRow> rows = Read(string.Join('\n', lines) + "\n");

        rows.Should().HaveCount(lines.Length - 1, "accepted + rejected = rows read");
        rows.Where(r => r.Accepted).Select(r => r.Claim!.Id).Should().Equal("ok1", "ok2");
        var rejections = rows.Where(r => !r.Accepted).Select(r => (r.LineNumber, r.Rejection!.Column, r.Rejection.Code)).ToList();
        rejections.Should().Equal(
            (3L, "id", "field.missing"),
            (4L, "id", "id.duplicate"),
            (5L, "basis", "basis.unknown"),
            (6L, "value", "value.qualifier-without-number"),
            (7L, "value", "value.ambiguous"),
            (8L, "period", "period.invalid-period"),
            (9L, (string?)null, "csv.malformed"),
            (10L, (string?)null, "csv.malformed"),
            (11L, "value", "value.negative"),
            (12L, "value", "value.overflow"),
            (13L, "period", "period.unknown-fiscal-calendar"));
        rows.Single(r => r.LineNumber == 7).Rejection!.RawField.Should().Be("46.4% and 17.7%");
        rows.Single(r => r.LineNumber == 9).Rejection!.RawRecord.Should().Contain("\"5億元\"x");
    }

    [Fact]
    public void Read_InvalidUtf8Bytes_RejectTheRowWithTheirByteOffset_AndTheNextRowIsRead()
    {
        byte[] head = Encoding.UTF8.GetBytes(Header + "\nc1,a,");
        byte[] tail = Encoding.UTF8.GetBytes(",maas-revenue,5億元,2024,\nc2,a,b,maas-revenue,6億元,2024,\n");
        using var stream = new MemoryStream([.. head, 0xFF, 0xC3, 0x28, .. tail]);

        List<ClaimRow> rows = [.. new ClaimsCsvReader().Read(stream)];

        rows.Should().HaveCount(2);
        rows[0].Rejection!.Code.Should().Be("csv.invalid-encoding");
        rows[0].Rejection!.LineNumber.Should().Be(2);
        rows[0].Rejection!.Reason.Should().Contain("0xFF").And.Contain($"byte offset {head.Length} ");
        rows[1].Claim!.Id.Should().Be("c2");
        rows.Where(r => r.Accepted).Should().NotContain(r => r.Claim!.Subject.Contains('\uFFFD'));
    }

    [Fact]
    public void Read_MixedLineEndings_CountLinesAndKeepEveryRow()
    {
        List<ClaimRow> rows = Read(Header + "\r\nc1,a,b,maas-revenue,5億元,2024,\nc2,a,b,maas-revenue,6億元,2024,\rc3,a,b,x,7,2024,\r\n");

        rows.Select(r => (r.LineNumber, r.Accepted)).Should().Equal((2L, true), (3L, true), (4L, false));
    }

    [Fact]
    public void Read_HeaderMissingAndUnknownColumns_FailsNamingThem()
    {
        Action act = () => Read("id,claimant,vaule,basis\nc1,a,5,maas-revenue\n");

        act.Should().Throw<ClaimsCsvHeaderException>().WithMessage("*missing*subject*value*unknown*vaule*");
    }

    [Fact]
    public void Read_DuplicateHeader_FailsNamingIt()
    {
        Action act = () => Read(Header + ",id\nc1,a,b,maas-revenue,5,,,x\n");

        act.Should().Throw<ClaimsCsvHeaderException>().WithMessage("*repeated*id*");
    }

    [Fact]
    public async Task ReadAsync_GivesTheSameRowsAsRead_AndHonoursCancellation()
    {
        string text = Header + "\nc1,a,b,maas-revenue,5億元,2024,\nc2,a,b,x,5,2024,\n";
        var rows = new List<ClaimRow>();
        await using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
            await foreach (ClaimRow row in new ClaimsCsvReader().ReadAsync(stream))
            {
                rows.Add(row);
            }
        }

        rows.Select(r => (r.LineNumber, r.Accepted)).Should().Equal((2L, true), (3L, false));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        Func<Task> act = async () =>
        {
            await foreach (ClaimRow _ in new ClaimsCsvReader().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancelled.Token))
            {
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void RejectsFile_CanBeFixedAndReadAgain()
    {
        List<ClaimRow> rows = Read(Header + "\nc1,a,b,maas-revenue,46.4% and 17.7%,2024,cn-llm\n");
        using var rejects = new MemoryStream();
        using (var writer = new RejectsCsvWriter(rejects))
        {
            writer.Write(rows.Single().Rejection!);
        }

        string fixedText = Encoding.UTF8.GetString(rejects.ToArray()).Replace("46.4% and 17.7%", "46.4%", StringComparison.Ordinal);

        ClaimRow again = Read(fixedText).Single();
        again.Accepted.Should().BeTrue();
        again.Claim!.Figure.Value.Should().Be(Interval.Exactly(46.4m));
        again.Claim.Market!.Id.Should().Be("cn-llm");
    }
}
