using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using MarketMetrics.Analysis;
using MarketMetrics.Csv;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Benchmarks;

[MemoryDiagnoser]
public class ParseBenchmarks
{
    [Benchmark(Baseline = true)]
    public decimal DecimalParseFloor()
    {
        decimal sum = 0m;
        foreach (string digits in Corpus.DigitParts)
        {
            sum += decimal.Parse(digits, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        return sum;
    }

    /// <summary>The allocation-free path: <see cref="QuantityParser.TryParse(ReadOnlySpan{char}, out ParsedFigure)"/>.</summary>
    [Benchmark]
    public int ParseCorpus()
    {
        int ok = 0;
        foreach (string text in Corpus.Figures)
        {
            ok += QuantityParser.Default.TryParse(text, out _) ? 1 : 0;
        }

        return ok;
    }

    /// <summary>The convenience path: <see cref="QuantityParser.Parse(string)"/>, which builds a <see cref="Figure"/> and a result.</summary>
    [Benchmark]
    public int ParseCorpusToFigures()
    {
        int ok = 0;
        foreach (string text in Corpus.Figures)
        {
            ok += QuantityParser.Default.Parse(text).Success ? 1 : 0;
        }

        return ok;
    }
}

[MemoryDiagnoser]
public class PeriodBenchmarks
{
    private static readonly string[] Periods = ["2025上半年", "H1 2025", "FY2024@alibaba", "2025年第三季度", "Q3 2025", "2024年", "2025-06-30", "日均"];

    [Benchmark]
    public int ParsePeriods()
    {
        int ok = 0;
        foreach (string text in Periods)
        {
            ok += PeriodParser.Default.Parse(text).Success ? 1 : 0;
        }

        return ok;
    }
}

[MemoryDiagnoser]
public class NormalizeBenchmarks
{
    private readonly Claim _claim = new("c", "IDC", "market", QuantityParser.Default.Parse("536.7萬億Tokens").Value, MetricBasis.MaasTokenVolume)
    {
        Market = Market.ChinaPublicCloudLlm,
        Period = ReportingPeriod.Half(2025, 1),
    };

    private readonly NormalizationPipeline _pipeline = NormalizationPipeline.CreateDefault();

    [Benchmark]
    public int NormalizeOneClaim() => _pipeline.Normalize(_claim).Records.Count;
}

[MemoryDiagnoser]
public class CsvBenchmarks
{
    private readonly byte[] _claims = Corpus.ClaimsCsv(10_000);

    [Benchmark(Baseline = true)]
    public long RawCopy() => CsvPaths.RawCopy(_claims);

    [Benchmark]
    public long ReadParseNormalizeWrite() => CsvPaths.Normalize(_claims);
}

/// <summary>Where the timed CSV paths write: one buffer per thread, emptied before each use and never shrunk. Every path pays
/// for copying its bytes, as a write into a file's page cache does, but none pays for growing a buffer from nothing (the
/// doubling copies and the page faults of fresh memory, which cost the path that writes more bytes more).</summary>
internal static class Sink
{
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>The thread's buffer, empty, its capacity kept from earlier uses.</summary>
    public static MemoryStream Empty()
    {
        MemoryStream buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        return buffer;
    }
}

/// <summary>The two CSV paths compared: a plain CsvHelper copy, and MarketMetrics' read → parse → normalise → write.</summary>
internal static class CsvPaths
{
    public static long RawCopy(byte[] input)
    {
        using CsvReader reader = CsvReader.Create(input, CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
        MemoryStream output = Sink.Empty();
        using (CsvWriter writer = CsvWriter.Create(output, CsvWriterOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            writer.WriteRecord([.. reader.Headers]);
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    writer.WriteField(reader.GetString(i));
                }

                writer.EndRecord();
            }
        }

        return output.Length;
    }

    /// <summary>Every field of a CSV file as a string, header first (not timed).</summary>
    public static string[][] Cells(byte[] input)
    {
        using CsvReader reader = CsvReader.Create(input, CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<string[]> { reader.Headers.ToArray() };
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return [.. rows];
    }

    /// <summary>The read half of a plain copy: every field read as a string, nothing written.</summary>
    public static long ReadCells(byte[] input)
    {
        using CsvReader reader = CsvReader.Create(input, CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
        long characters = 0;
        while (reader.Read())
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                characters += reader.GetString(i).Length;
            }
        }

        return characters;
    }

    /// <summary>The write half of a plain copy: fields already in memory, written with CsvHelper as the copy writes them.</summary>
    public static long WriteCells(string[][] rows)
    {
        MemoryStream output = Sink.Empty();
        using (CsvWriter writer = CsvWriter.Create(output, CsvWriterOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            writer.WriteRecord(rows[0]);
            for (int r = 1; r < rows.Length; r++)
            {
                foreach (string field in rows[r])
                {
                    writer.WriteField(field);
                }

                writer.EndRecord();
            }
        }

        return output.Length;
    }

    public static long Normalize(byte[] input) => Normalize(input, RecordsCsvLayout.Full);

    public static long Normalize(byte[] input, RecordsCsvLayout layout)
    {
        MemoryStream output = Sink.Empty();
        NormalizeTo(input, output, layout);
        return output.Length;
    }

    /// <summary>Bytes allocated per claim by normalising alone (claims read beforehand, records kept as the path keeps them: not at all).</summary>
    public static double NormalizeAllocatedBytesPerRow(byte[] input)
    {
        var pipeline = NormalizationPipeline.CreateDefault();
        var claims = new List<Claim>();
        using (var source = new MemoryStream(input))
        {
            foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(source))
            {
                if (row.Claim is { } claim)
                {
                    claims.Add(claim);
                }
            }
        }

        foreach (Claim claim in claims)
        {
            _ = pipeline.Normalize(claim); // warm: shared notes and tables filled, code tiered
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (Claim claim in claims)
        {
            _ = pipeline.Normalize(claim);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)claims.Count;
    }

    /// <summary>What <c>marketmetrics compare</c> does with a claims file, short of printing: read, normalise, and analyse
    /// the records in one pass (leaderboards, consistency checks, checks passed, share × total estimates).</summary>
    public static long Compare(byte[] input)
    {
        var pipeline = NormalizationPipeline.CreateDefault();
        using var source = new MemoryStream(input);

        IEnumerable<ComparableRecord> Records()
        {
            foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(source))
            {
                if (row.Claim is { } claim)
                {
                    foreach (ComparableRecord record in pipeline.Normalize(claim).Records)
                    {
                        yield return record;
                    }
                }
            }
        }

        MarketAnalysisResult result = MarketAnalysis.Run(Records());
        return result.Boards.Count + result.Findings.Count;
    }

    /// <summary>The records CSV that the path writes for <paramref name="input"/> (not timed: it copies the output).</summary>
    public static byte[] NormalizeToBytes(byte[] input)
    {
        using var output = new MemoryStream();
        NormalizeTo(input, output);
        return output.ToArray();
    }

    private static void NormalizeTo(byte[] input, Stream output, RecordsCsvLayout layout = RecordsCsvLayout.Full)
    {
        var pipeline = NormalizationPipeline.CreateDefault();
        using var source = new MemoryStream(input);
        using var writer = new RecordsCsvWriter(output, layout);
        foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(source))
        {
            if (row.Claim is { } claim)
            {
                NormalizationResult result = pipeline.Normalize(claim);
                for (int r = 0; r < result.RecordCount; r++) // as the CLI reads them: by index, no list made
                {
                    writer.Write(result.GetRecord(r));
                }
            }
        }
    }
}
