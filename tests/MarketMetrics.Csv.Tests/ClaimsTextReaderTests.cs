using System.Text;

namespace MarketMetrics.Csv.Tests;

/// <summary>The claims reader over decoded text gives the rows it gives over the file's bytes, and stops when cancelled.</summary>
public class ClaimsTextReaderTests
{
    // The file's text as a caller would have it: decoded by a StreamReader with the file's encoding, or by its byte order mark.
    // A code-page encoding decodes a bad byte to '?' by default; decoded to U+FFFD (as UTF-8 and UTF-16 do) it is rejected.
    private static StreamReader Text(HostileCsv file)
    {
        Encoding encoding = (Encoding)(file.Options?.Encoding ?? new UTF8Encoding(false)).Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return new(new MemoryStream(file.Bytes), encoding, detectEncodingFromByteOrderMarks: true);
    }

    private static List<ClaimRow> FromBytes(HostileCsv file) => [.. new ClaimsCsvReader(file.Options).Read(new MemoryStream(file.Bytes))];

    private static void ShouldMatch(List<ClaimRow> fromText, List<ClaimRow> fromBytes)
    {
        fromText.Select(r => (r.LineNumber, r.Claim, r.Rejection?.Code, r.Rejection?.Column))
            .Should().Equal(fromBytes.Select(r => (r.LineNumber, r.Claim, r.Rejection?.Code, r.Rejection?.Column)));

        // A byte that is not UTF-8 has no place in decoded text: there the reason names the character, not the byte.
        fromText.Where(r => r.Rejection is { Code: not "csv.invalid-encoding" }).Select(r => (r.Rejection!.Reason, r.Rejection.RawField, r.Rejection.Fields.Count))
            .Should().Equal(fromBytes.Where(r => r.Rejection is { Code: not "csv.invalid-encoding" }).Select(r => (r.Rejection!.Reason, r.Rejection.RawField, r.Rejection.Fields.Count)));
    }

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public void Read_TextOfAHostileFile_GivesTheRowsAndRejectionsOfItsBytes(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];

        using StreamReader text = Text(file);
        List<ClaimRow> fromText = [.. new ClaimsCsvReader(file.Options).Read(text)];

        ShouldMatch(fromText, FromBytes(file));
        fromText.Count(r => r.Accepted).Should().Be(file.Accepted);
        fromText.Where(r => !r.Accepted).Select(r => (r.LineNumber, r.Rejection!.Code)).Should().Equal(file.Rejected);
    }

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public async Task ReadAsync_TextOfAHostileFile_GivesTheRowsAndRejectionsOfItsBytes(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];
        using StreamReader text = Text(file);
        var fromText = new List<ClaimRow>();
        await foreach (ClaimRow row in new ClaimsCsvReader(file.Options).ReadAsync(text))
        {
            fromText.Add(row);
        }

        ShouldMatch(fromText, FromBytes(file));
    }

    [Fact]
    public void Read_TextWithALoneSurrogate_RejectsItsRowAtTheCharacter_AndReadsTheRest()
    {
        string csv = HostileCsvCorpus.Header + "\n" + HostileCsvCorpus.Good(1) + "\nc2,a\uD800b,b,maas-revenue,5億元,2024,\n" + HostileCsvCorpus.Good(3) + "\n";

        List<ClaimRow> rows = [.. new ClaimsCsvReader().Read(new StringReader(csv))];

        rows.Select(r => r.LineNumber).Should().Equal(2, 3, 4);
        rows.Select(r => r.Accepted).Should().Equal(true, false, true);
        rows[1].Rejection!.Code.Should().Be("csv.invalid-encoding");
        rows[1].Rejection!.Column.Should().Be("claimant");
        rows[1].Rejection!.Reason.Should().Be("The record holds U+FFFD (the mark of text that was decoded wrongly, or of a lone surrogate) at character 5 of the record at line 3.");
    }

    [Fact]
    public async Task Read_RealFileAsText_KeepsASurrogatePairSplitAcrossReads_AndGivesTheClaimsOfTheBytes()
    {
        // Long enough that the text is read in several pieces, with an emoji (a surrogate pair) in every quote.
        var csv = new StringBuilder(HostileCsvCorpus.Header + "\n");
        for (int i = 1; i <= 3000; i++)
        {
            csv.Append(HostileCsvCorpus.Good(i)).Append(new string('x', i % 7)).Append("\U0001F680\n");
        }

        string path = Path.Combine(Path.GetTempPath(), $"claims-text-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv.ToString(), new UTF8Encoding(true));
        try
        {
            List<ClaimRow> fromBytes;
            using (FileStream bytes = File.OpenRead(path))
            {
                fromBytes = [.. new ClaimsCsvReader().Read(bytes)];
            }

            List<ClaimRow> fromText;
            using (StreamReader text = File.OpenText(path))
            {
                fromText = [.. new ClaimsCsvReader().Read(text)];
            }

            var fromTextAsync = new List<ClaimRow>();
            using (StreamReader text = File.OpenText(path))
            {
                await foreach (ClaimRow row in new ClaimsCsvReader().ReadAsync(text))
                {
                    fromTextAsync.Add(row);
                }
            }

            fromBytes.Should().HaveCount(3000).And.OnlyContain(r => r.Accepted);
            fromText.Select(r => r.Claim).Should().Equal(fromBytes.Select(r => r.Claim));
            fromTextAsync.Select(r => r.Claim).Should().Equal(fromBytes.Select(r => r.Claim));
            fromText[2999].Claim!.Quote.Should().Be("xxxx\U0001F680");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_Text_ASurrogatePairOnTheBoundaryOfTwoReads_IsOneCharacter()
    {
        // The text is encoded 16 Ki characters at a time: the emoji's high surrogate is the last of the first piece.
        string head = HostileCsvCorpus.Header + "\n" + HostileCsvCorpus.Good(1);
        string csv = head + new string('x', (16 * 1024) - 1 - head.Length) + "\U0001F680\n" + HostileCsvCorpus.Good(2) + "\n";

        List<ClaimRow> rows = [.. new ClaimsCsvReader().Read(new StringReader(csv))];

        rows.Should().HaveCount(2).And.OnlyContain(r => r.Accepted);
        rows[0].Claim!.Quote.Should().EndWith("x\U0001F680");
        rows[0].Claim!.Quote!.Length.Should().Be((16 * 1024) + 1 - head.Length);
    }

    [Fact]
    public async Task ReadAsync_PreCancelled_ThrowsOperationCanceled_ForTextAndStream()
    {
        HostileCsv file = HostileCsvCorpus.Cases["clean"];
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var reader = new ClaimsCsvReader();

        Func<Task> text = async () =>
        {
            await foreach (ClaimRow _ in reader.ReadAsync(new StringReader(Encoding.UTF8.GetString(file.Bytes)), cancellation.Token))
            {
            }
        };
        Func<Task> stream = async () =>
        {
            await foreach (ClaimRow _ in reader.ReadAsync(new MemoryStream(file.Bytes), cancellation.Token))
            {
            }
        };

        await text.Should().ThrowAsync<OperationCanceledException>();
        await stream.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ReadAsync_Text_CancelledAfterTheFirstRow_StopsThere()
    {
        string csv = HostileCsvCorpus.Header + "\n" + HostileCsvCorpus.Good(1) + "\n" + HostileCsvCorpus.Good(2) + "\n" + HostileCsvCorpus.Good(3) + "\n";
        using var cancellation = new CancellationTokenSource();
        int read = 0;

        Func<Task> act = async () =>
        {
            await foreach (ClaimRow _ in new ClaimsCsvReader().ReadAsync(new StringReader(csv), cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(1);
    }

    [Fact]
    public void Read_NullTextReader_IsACallerError()
    {
        Action act = () => new ClaimsCsvReader().Read((TextReader)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }
}
