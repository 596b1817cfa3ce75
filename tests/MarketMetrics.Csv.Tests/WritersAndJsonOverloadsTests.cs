using System.Text;
using MarketMetrics.Normalization;
using MarketMetrics.Serialization;

namespace MarketMetrics.Csv.Tests;

/// <summary>The async and TextWriter/TextReader forms of the writers and of RecordsJson write and read what the sync Stream forms do.</summary>
public class WritersAndJsonOverloadsTests
{
    private static readonly IReadOnlyList<ComparableRecord> Records =
        [.. NormalizationPipeline.CreateDefault().NormalizeAll(Datasets.AiCloudArticle2025.Claims).SelectMany(r => r.Records)];

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"mm-{Guid.NewGuid():N}");

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static byte[] RecordsCsvBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            foreach (ComparableRecord record in Records)
            {
                writer.Write(record);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task RecordsCsvWriter_WriteAsync_ToARealFile_WritesTheBytesOfWrite_AndReadsBack()
    {
        string path = TempFile();
        try
        {
            await using (FileStream file = File.Create(path))
            {
                await using var writer = new RecordsCsvWriter(file);
                foreach (ComparableRecord record in Records)
                {
                    await writer.WriteAsync(record);
                }

                writer.Count.Should().Be(Records.Count);
            }

            (await File.ReadAllBytesAsync(path)).Should().Equal(RecordsCsvBytes());
            using StreamReader text = File.OpenText(path);
            new RecordsCsvReader().Read(text).Select(r => r.Record).Should().Equal(Records);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RecordsCsvWriter_OverATextWriter_Async_WritesTheTextOfTheStream()
    {
        var text = new StringWriter();
        await using (var writer = new RecordsCsvWriter(text))
        {
            foreach (ComparableRecord record in Records)
            {
                await writer.WriteAsync(record);
            }

            await writer.FlushAsync();
        }

        text.ToString().Should().Be(Encoding.UTF8.GetString(RecordsCsvBytes()));
    }

    [Fact]
    public async Task RecordsCsvWriter_WriteHeaderAsync_OfAnEmptyFile_WritesOnlyTheHeader()
    {
        var text = new StringWriter();
        await using (var writer = new RecordsCsvWriter(text))
        {
            await writer.WriteHeaderAsync();
        }

        text.ToString().Should().Be(string.Join(',', RecordsCsv.Columns) + "\n");
    }

    [Fact]
    public async Task Writers_PreCancelled_ThrowOperationCanceled_AndWriteNoRecord()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var text = new StringWriter();
        var records = new RecordsCsvWriter(text);
        var rejects = new RejectsCsvWriter(new StringWriter());
        var rejection = new CsvRejection(3, "basis", "nope", "basis.unknown", "Unknown basis.", "c3,a,b,nope,5,,");

        Func<Task> record = () => records.WriteAsync(Records[0], cancellation.Token);
        Func<Task> header = () => records.WriteHeaderAsync(cancellation.Token);
        Func<Task> reject = () => rejects.WriteAsync(rejection, cancellation.Token);

        await record.Should().ThrowAsync<OperationCanceledException>();
        await header.Should().ThrowAsync<OperationCanceledException>();
        await reject.Should().ThrowAsync<OperationCanceledException>();
        records.Count.Should().Be(0);
        await records.DisposeAsync();
        await rejects.DisposeAsync();
        text.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task RejectsCsvWriter_TextWriterAndAsync_WriteTheBytesOfTheStream_ThatReadBackAsTheRejectedRows()
    {
        HostileCsv file = HostileCsvCorpus.Cases["cr-only"];
        List<CsvRejection> rejections = [.. new ClaimsCsvReader().Read(new MemoryStream(file.Bytes)).Where(r => !r.Accepted).Select(r => r.Rejection!)];
        using var bytes = new MemoryStream();
        using (var writer = new RejectsCsvWriter(bytes))
        {
            rejections.ForEach(writer.Write);
        }

        var text = new StringWriter();
        await using (var writer = new RejectsCsvWriter(text))
        {
            foreach (CsvRejection rejection in rejections)
            {
                await writer.WriteAsync(rejection);
            }
        }

        rejections.Should().ContainSingle().Which.Code.Should().Be("basis.unknown");
        text.ToString().Should().Be(Encoding.UTF8.GetString(bytes.ToArray()));
        List<ClaimRow> again = [.. new ClaimsCsvReader().Read(new StringReader(text.ToString()))];
        again.Should().ContainSingle().Which.Rejection!.Code.Should().Be("basis.unknown");
    }

    [Fact]
    public async Task RecordsJson_TextWriterAndReader_SyncAndAsync_RoundTripThroughARealFile()
    {
        using var bytes = new MemoryStream();
        RecordsJson.Write(bytes, Records);
        string path = TempFile();
        try
        {
            using (StreamWriter writer = File.CreateText(path))
            {
                RecordsJson.Write(writer, Records);
            }

            (await File.ReadAllBytesAsync(path)).Should().Equal(bytes.ToArray());

            await using (StreamWriter writer = File.CreateText(path))
            {
                await RecordsJson.WriteAsync(writer, Async(Records));
            }

            (await File.ReadAllBytesAsync(path)).Should().Equal(bytes.ToArray());

            using (StreamReader reader = File.OpenText(path))
            {
                RecordsJson.Read(reader).Select(r => r.Record).Should().Equal(Records);
            }

            using (FileStream stream = File.OpenRead(path))
            {
                RecordsJson.Read(stream).Select(r => r.Record).Should().Equal(Records);
            }

            var fromTextAsync = new List<ComparableRecord?>();
            using (StreamReader reader = File.OpenText(path))
            {
                await foreach (var entry in RecordsJson.ReadAsync(reader))
                {
                    entry.Error.Should().BeNull();
                    fromTextAsync.Add(entry.Record);
                }
            }

            fromTextAsync.Should().Equal(Records);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RecordsJson_ReadText_WithABadElement_GivesItsErrorInPlace()
    {
        var text = new StringWriter();
        RecordsJson.Write(text, Records.Take(2));
        string json = text.ToString();
        json = json[..^1] + ",null]";

        var entries = RecordsJson.Read(new StringReader(json)).ToList();

        entries.Should().HaveCount(3);
        entries.Take(2).Select(e => e.Record).Should().Equal(Records.Take(2));
        entries[2].Error.Should().Be("null element");
    }

    [Fact]
    public async Task RecordsJson_TextOverloads_PreCancelled_ThrowOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var text = new StringWriter();
        RecordsJson.Write(text, Records.Take(2));

        Func<Task> read = async () =>
        {
            await foreach (var _ in RecordsJson.ReadAsync(new StringReader(text.ToString()), cancellation.Token))
            {
            }
        };
        Func<Task> write = () => RecordsJson.WriteAsync(new StringWriter(), Async(Records), cancellation.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
        await write.Should().ThrowAsync<OperationCanceledException>();
    }
}
