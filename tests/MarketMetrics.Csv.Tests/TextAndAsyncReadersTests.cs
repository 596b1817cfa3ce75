using System.Text;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

/// <summary>The TextReader and async entry points read exactly what the Stream one reads, and stop when cancelled.</summary>
public class TextAndAsyncReadersTests
{
    private static byte[] RecordsFile(out IReadOnlyList<ComparableRecord> records)
    {
        records = [.. NormalizationPipeline.CreateDefault().NormalizeAll(Datasets.AiCloudArticle2025.Claims).SelectMany(r => r.Records)];
        using var stream = new MemoryStream();
        using (var writer = new RecordsCsvWriter(stream))
        {
            foreach (ComparableRecord record in records)
            {
                writer.Write(record);
            }
        }

        // One malformed row at the end: every entry point reports it in the same place.
        stream.Write("\"unclosed,quote\n"u8);
        return stream.ToArray();
    }

    [Fact]
    public async Task RecordsReader_TextReaderAndAsync_GiveTheStreamsRecordsAndRejections()
    {
        byte[] file = RecordsFile(out IReadOnlyList<ComparableRecord> records);
        var reader = new RecordsCsvReader();

        var fromStream = reader.Read(new MemoryStream(file)).ToList();
        var fromText = reader.Read(new StringReader(Encoding.UTF8.GetString(file))).ToList();
        var fromStreamAsync = new List<(ComparableRecord? Record, CsvRejection? Rejection)>();
        await foreach (var row in reader.ReadAsync(new MemoryStream(file)))
        {
            fromStreamAsync.Add(row);
        }

        var fromTextAsync = new List<(ComparableRecord? Record, CsvRejection? Rejection)>();
        await foreach (var row in reader.ReadAsync(new StringReader(Encoding.UTF8.GetString(file))))
        {
            fromTextAsync.Add(row);
        }

        fromStream.Select(r => r.Record).OfType<ComparableRecord>().Should().Equal(records);
        fromStream.Should().HaveCount(records.Count + 1);
        fromStream[^1].Rejection!.Code.Should().Be("csv.malformed");
        foreach (var other in new[] { fromText, fromStreamAsync, fromTextAsync })
        {
            other.Select(r => r.Record).Should().Equal(fromStream.Select(r => r.Record));
            other.Select(r => r.Rejection?.LineNumber).Should().Equal(fromStream.Select(r => r.Rejection?.LineNumber));
        }
    }

    [Fact]
    public void RecordsWriter_OverATextWriter_WritesTheSameTextAsOverAStream()
    {
        byte[] file = RecordsFile(out IReadOnlyList<ComparableRecord> records);
        var text = new StringWriter();
        using (var writer = new RecordsCsvWriter(text))
        {
            foreach (ComparableRecord record in records)
            {
                writer.Write(record);
            }
        }

        string expected = Encoding.UTF8.GetString(file);
        text.ToString().Should().Be(expected[..expected.IndexOf("\"unclosed", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task RecordsReader_ReadAsync_Cancelled_Stops()
    {
        byte[] file = RecordsFile(out _);
        using var cancellation = new CancellationTokenSource();
        int read = 0;

        Func<Task> act = async () =>
        {
            await foreach (var _ in new RecordsCsvReader().ReadAsync(new MemoryStream(file), cancellation.Token))
            {
                if (++read == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(3);
    }

    [Fact]
    public async Task FxRatesReader_TextReaderAndAsync_ReadRatesAndRejections()
    {
        const string csv = "from,to,rate,date,source\nUSD,CNY,7.1884,2024-12-31,PBoC\nUSD,CNY,seven,2024-12-31,PBoC\n";

        var fromText = FxRatesCsvReader.Read(new StringReader(csv)).ToList();
        var fromAsync = new List<(FxRate? Rate, CsvRejection? Rejection)>();
        await foreach (var row in FxRatesCsvReader.ReadAsync(new StringReader(csv)))
        {
            fromAsync.Add(row);
        }

        fromText[0].Rate!.Rate.Should().Be(7.1884m);
        fromText[1].Rejection!.LineNumber.Should().Be(3);
        fromText[1].Rejection!.Code.Should().Be("fx.invalid");
        fromAsync.Select(r => r.Rate).Should().Equal(fromText.Select(r => r.Rate));
        fromAsync[1].Rejection!.LineNumber.Should().Be(3);
    }
}
