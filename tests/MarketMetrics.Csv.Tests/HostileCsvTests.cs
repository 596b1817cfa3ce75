using System.Text;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

public class HostileCsvTests
{
    private static List<ClaimRow> Read(HostileCsv file)
    {
        using var stream = new MemoryStream(file.Bytes);
        return [.. new ClaimsCsvReader(file.Options).Read(stream)];
    }

    // What a plain reader of lines counts: non-empty lines after the header, line ends being CR, LF or CR LF.
    private static int PlainDataLines(HostileCsv file)
    {
        string text = (file.PlainEncoding ?? Encoding.Latin1).GetString(file.Bytes);
        int lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\r', '\n').Count(l => l.Length > 0 && l != "\uFEFF");
        return lines - 1;
    }

    [Fact]
    public void Corpus_HasAtLeastFortyFiles() => HostileCsvCorpus.Cases.Count.Should().BeGreaterThanOrEqualTo(40);

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public void Read_HostileFile_GivesExactlyTheExpectedRowsAndCodes(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];

        List<ClaimRow> rows = Read(file);

        rows.Count(r => r.Accepted).Should().Be(file.Accepted);
        rows.Where(r => !r.Accepted).Select(r => (r.LineNumber, r.Rejection!.Code)).Should().Equal(file.Rejected);
        rows.Select(r => r.LineNumber).Should().BeInAscendingOrder();
        foreach (Claim claim in rows.Where(r => r.Accepted).Select(r => r.Claim!))
        {
            string[] texts = [claim.Id, claim.Claimant, claim.Subject, claim.Figure.Text ?? string.Empty, claim.Quote ?? string.Empty];
            texts.Should().NotContain(t => t.Contains('\uFFFD'), "no replacement character ever reaches a claim");
            if (file.Options?.AllowControlCharacters != true)
            {
                texts.Should().NotContain(t => t.Any(c => char.IsControl(c) && c != '\n' && c != '\r' && c != '\t'));
            }
        }
    }

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public void Read_HostileFile_AcceptedPlusRejectedIsTheDataLinesOutsideQuotedFields(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];

        List<ClaimRow> rows = Read(file);

        rows.Should().HaveCount(PlainDataLines(file) - file.LinesInsideQuotes);
    }

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public void RejectsFile_OfAHostileFile_IsWrittenAndReadsBackAsRows(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];
        List<CsvRejection> rejections = [.. Read(file).Where(r => !r.Accepted).Select(r => r.Rejection!)];
        using var rejects = new MemoryStream();
        using (var writer = new RejectsCsvWriter(rejects))
        {
            rejections.ForEach(writer.Write);
        }

        rejects.Position = 0;
        List<ClaimRow> again = rejections.Count == 0 ? [] : [.. new ClaimsCsvReader(new ClaimsCsvOptions { MaxRecordSize = 64 * 1024 * 1024 }).Read(rejects)];

        again.Should().HaveCount(rejections.Count, "every rejection is one row of the rejects file");
    }

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public async Task ReadAsync_HostileFile_GivesTheRowsOfRead(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];
        var rows = new List<ClaimRow>();
        await foreach (ClaimRow row in new ClaimsCsvReader(file.Options).ReadAsync(new MemoryStream(file.Bytes)))
        {
            rows.Add(row);
        }

        rows.Select(r => (r.LineNumber, r.Claim, r.Rejection?.Code, r.Rejection?.Reason)).Should().Equal(Read(file).Select(r => (r.LineNumber, r.Claim, r.Rejection?.Code, r.Rejection?.Reason)));
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'\n' }, "empty")]
    public void Read_FileWithoutAHeader_FailsAsAHeaderError(byte[] bytes, string message)
    {
        Action act = () => _ = new ClaimsCsvReader().Read(new MemoryStream(bytes)).ToList();

        act.Should().Throw<ClaimsCsvHeaderException>().WithMessage($"*{message}*");
    }

    [Theory]
    [InlineData("id,claimant,\"subject,basis,value,period,quote", "not closed")]
    [InlineData("id,claimant,sub\"ject,basis,value,period,quote", "quote inside an unquoted field")]
    public void Read_HeaderWithAStrayQuote_FailsNamingIt_InsteadOfSwallowingRows(string header, string message)
    {
        Action act = () => _ = new ClaimsCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(header + "\n" + HostileCsvCorpus.Good(1) + "\n"))).ToList();

        act.Should().Throw<ClaimsCsvHeaderException>().WithMessage($"*header (line 1) has a stray quote*{message}*");
    }

    [Fact]
    public void Read_Utf32ByByteOrderMark_ReadsTheClaims()
    {
        byte[] bytes = [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(HostileCsvCorpus.Header + "\n" + HostileCsvCorpus.Good(1) + "\n")];

        ClaimRow row = new ClaimsCsvReader().Read(new MemoryStream(bytes)).Single();

        row.Claim!.Claimant.Should().Be("阿里云");
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_FailsOnTheHeader_NamingTheEncodingFlag()
    {
        byte[] bytes = Encoding.Unicode.GetBytes(HostileCsvCorpus.Header + "\n" + HostileCsvCorpus.Good(1) + "\n");

        Action act = () => _ = new ClaimsCsvReader().Read(new MemoryStream(bytes)).ToList();

        act.Should().Throw<ClaimsCsvHeaderException>().WithMessage("*--encoding*utf-16*");
        new ClaimsCsvReader(new ClaimsCsvOptions { Encoding = Encoding.Unicode }).Read(new MemoryStream(bytes)).Single().Accepted.Should().BeTrue();
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('，')]
    public void Options_SeparatorThatCannotSeparate_IsACallerError(char separator)
    {
        Action act = () => _ = new ClaimsCsvOptions { Separator = separator };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Read_OversizedField_NamesTheLimitAndHowToRaiseIt()
    {
        CsvRejection rejection = Read(HostileCsvCorpus.Cases["plain-5mb-field"]).Single(r => !r.Accepted).Rejection!;

        rejection.Reason.Should().Contain("1,048,576 bytes").And.Contain("MaxRecordSize").And.Contain("--max-record-size");
        rejection.RawRecord.Length.Should().BeLessThanOrEqualTo(4096);
        rejection.RawRecord.Should().StartWith("c2,a,b,maas-revenue,");
    }

    [Fact]
    public void Read_UnterminatedQuote_NamesTheLineWhereItOpened_OnEverySwallowedLine()
    {
        List<ClaimRow> rows = Read(HostileCsvCorpus.Cases["unbalanced-quote-swallows-text-lines"]);

        rows.Where(r => r.Rejection?.Code == "csv.unterminated-quote").Should().HaveCount(4)
            .And.OnlyContain(r => r.Rejection!.Reason.Contains("opened at line 3, byte 34"));
        rows.Single(r => r.LineNumber == 5).Rejection!.RawRecord.Should().Be("more text");
        rows.Where(r => r.Accepted).Select(r => r.Claim!.Id).Should().Equal("c1", "c3", "c4");
    }

    [Fact]
    public void RejectsFile_OfARowWithANul_HoldsItsFields_AndOnceTheFieldIsFixedReadsBackAsAClaim()
    {
        CsvRejection rejection = Read(HostileCsvCorpus.Cases["nul-in-name"]).Single(r => !r.Accepted).Rejection!;
        using var rejects = new MemoryStream();
        using (var writer = new RejectsCsvWriter(rejects))
        {
            writer.Write(rejection);
        }

        string text = Encoding.UTF8.GetString(rejects.ToArray());
        string[] lines = text.Split('\n');
        string fixedText = lines[0] + "\n" + lines[1].Replace(",阿里\0云,", ",阿里云,", StringComparison.Ordinal) + "\n";
        ClaimRow again = new ClaimsCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(fixedText))).Single();

        rejection.Column.Should().Be("claimant");
        rejection.RawField.Should().Be("阿里\0云");
        rejection.Reason.Should().Contain("U+0000").And.Contain("byte 10 of the record");
        rejection.Fields[1].Should().Be("阿里\0云");
        text.Should().Contain("_raw");
        again.Accepted.Should().BeTrue("the NUL left in the ignored _raw column does not reject the fixed row: {0}", again);
        again.Claim!.Claimant.Should().Be("阿里云");
        again.Claim.Figure.Text.Should().Be("5億元");
    }

    [Fact]
    public void Read_InvalidByte_NamesTheColumnItIsIn()
    {
        CsvRejection rejection = Read(HostileCsvCorpus.Cases["invalid-utf8-byte"]).Single(r => !r.Accepted).Rejection!;

        rejection.Column.Should().Be("subject");
        rejection.Reason.Should().Contain("byte 0xFF");
    }

    [Fact]
    public void Read_GbkFileAsUtf8_SaysItReadsAsGb18030AndNamesTheFlag()
    {
        List<ClaimRow> rows = Read(HostileCsvCorpus.Cases["gbk-read-as-utf8"]);

        rows.Should().OnlyContain(r => r.Rejection!.Reason.Contains("GB18030") && r.Rejection.Reason.Contains("--encoding gb18030"));
        Read(HostileCsvCorpus.Cases["invalid-utf8-byte"]).Single(r => !r.Accepted).Rejection!.Reason.Should().NotContain("GB18030", "a lone 0xFF is not GB18030 either");
    }

    [Fact]
    public void Read_Gb18030FileWithTheEncoding_GivesByteForByteTheRecordsOfItsUtf8Twin()
    {
        string text = string.Join('\n',
        [
            HostileCsvCorpus.Header,
            "seed-01,阿里云,通义千问,maas-token-volume,超5000亿Tokens,2025上半年,日均调用量“超5000亿”",
            "seed-02,火山引擎,豆包,maas-token-volume,16.4万亿Tokens,2025年5月,",
            "seed-03,IDC,market,maas-token-volume,536.7萬億Tokens,2025上半年,全國大模型調用量僅536.7萬億Tokens",
            "seed-04,火山引擎,豆包,maas-revenue,5-6億元,2024年,",
        ]) + "\n";

        string Records(byte[] bytes, ClaimsCsvOptions options)
        {
            using var input = new MemoryStream(bytes);
            using var output = new MemoryStream();
            var pipeline = NormalizationPipeline.CreateDefault();
            using (var writer = new RecordsCsvWriter(output))
            {
                foreach (ClaimRow row in new ClaimsCsvReader(options).Read(input))
                {
                    row.Accepted.Should().BeTrue(row.ToString());
                    foreach (ComparableRecord record in pipeline.Normalize(row.Claim!).Records)
                    {
                        writer.Write(record);
                    }
                }
            }

            return Convert.ToHexString(output.ToArray());
        }

        string utf8 = Records(Encoding.UTF8.GetBytes(text), ClaimsCsvOptions.Default);
        string gb = Records(HostileCsvCorpus.Gb18030.GetBytes(text), new ClaimsCsvOptions { Encoding = HostileCsvCorpus.Gb18030 });

        gb.Should().Be(utf8);
        Encoding.UTF8.GetString(Convert.FromHexString(gb)).Should().Contain("超5000亿Tokens").And.Contain("536.7萬億Tokens");
    }

    [Fact]
    public void Read_HundredThousandRowsWithOnePercentBrokenInTenWays_CountsEveryRow()
    {
        string[] broken =
        [
            "x{0},a,b\"c,maas-revenue,5億元,2024,",
            "x{0},a,\"b\"c,maas-revenue,5億元,2024,",
            "x{0},a,b,maas-revenue,5億元,2024,,extra",
            "x{0},a,b\u0000,maas-revenue,5億元,2024,",
            "x{0},a,b\uFFFD,maas-revenue,5億元,2024,",
            "x{0},a,b,no-such-basis,5億元,2024,",
            "x{0},a,b,maas-revenue,46.4% and 17.7%,2024,",
            "x{0},a,b,maas-revenue,5億元,2024," + new string('z', 3000),
            "x{0},a,b,maas-revenue,5億元,2024,\"never closed",
            "x{0},a,b,maas-revenue,5億元,2024,\u00ff",
        ];
        string[] codes = ["csv.malformed", "csv.malformed", "csv.malformed", "csv.control-character", "csv.invalid-encoding", "basis.unknown", "value.ambiguous", "csv.field-too-long", "csv.unterminated-quote", "csv.invalid-encoding"];
        using var bytes = new MemoryStream();
        bytes.Write(Encoding.UTF8.GetBytes(HostileCsvCorpus.Header + "\n"));
        var expected = new List<(long, string)>();
        for (int i = 0; i < 100_000; i++)
        {
            long line = i + 2;
            if (i % 100 == 7)
            {
                int kind = i / 100 % 10;
                byte[] row = Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, broken[kind], i) + "\n");
                if (kind == 9)
                {
                    row = [.. row[..^3], 0xFF, (byte)'\n']; // ÿ's two bytes become one invalid byte
                }

                bytes.Write(row);
                expected.Add((line, codes[kind]));
            }
            else
            {
                bytes.Write(Encoding.UTF8.GetBytes(HostileCsvCorpus.Good(i) + "\n"));
            }
        }

        bytes.Position = 0;
        List<ClaimRow> rows = [.. new ClaimsCsvReader(new ClaimsCsvOptions { MaxRecordSize = 2048 }).Read(bytes)];

        rows.Should().HaveCount(100_000);
        rows.Count(r => r.Accepted).Should().Be(99_000);
        rows.Where(r => !r.Accepted).Select(r => (r.LineNumber, r.Rejection!.Code)).Should().Equal(expected);
    }
}

public class RandomCsvTests
{
    private static readonly byte[][] Pieces =
    [
        "c1,a,b,maas-revenue,5億元,2024,"u8.ToArray(), "a"u8.ToArray(), "億"u8.ToArray(), ","u8.ToArray(), "\""u8.ToArray(), "\"\""u8.ToArray(),
        "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(), [0], [0xFF], [0xE4, 0xB8], "\uFFFD"u8.ToArray(), " "u8.ToArray(), "\t"u8.ToArray(),
        "maas-token-volume"u8.ToArray(), "超5000億Tokens"u8.ToArray(), "x,y,z,maas-revenue,6億元,2025,note\n"u8.ToArray(),
    ];

    [Fact]
    public void Read_AThousandRandomFiles_NeverThrows_KeepsLinesInOrder_AndCountsEveryLineOfQuoteFreeFiles()
    {
        var random = new Random(20261201);
        var options = new ClaimsCsvOptions { MaxRecordSize = 96, MaxQuotedFieldLines = 3 };
        for (int n = 0; n < 1000; n++)
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(HostileCsvCorpus.Header + "\n"));
            int count = random.Next(1, 120);
            for (int i = 0; i < count; i++)
            {
                bytes.AddRange(Pieces[random.Next(Pieces.Length)]);
            }

            byte[] file = [.. bytes];
            List<ClaimRow> rows = [.. new ClaimsCsvReader(options).Read(new MemoryStream(file))];

            string text = Encoding.Latin1.GetString(file);
            string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\r', '\n');
            rows.Select(r => r.LineNumber).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            rows.Should().NotContain(r => r.LineNumber < 2 || r.LineNumber > lines.Length);
            rows.Where(r => r.Accepted).Should().NotContain(r => r.Claim!.Claimant.Contains('\uFFFD') || r.Claim.Subject.Contains('\0'));
            if (!file.Contains((byte)'"'))
            {
                rows.Should().HaveCount(lines.Skip(1).Count(l => l.Length > 0), "without quotes every non-empty line is one row (file {0})", n);
            }
        }
    }
}
