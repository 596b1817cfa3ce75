using System.Diagnostics;
using MarketMetrics.Csv;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Benchmarks;

/// <summary>
/// Where the time goes, for whoever works on speed next: <c>--stages</c> splits the CSV path, <c>--parse-profile</c> lists
/// the slowest inputs of the corpus, <c>--extract-profile</c> times the extractor on the seed article, <c>--loop</c> runs
/// one workload for a profiler to attach to.
/// </summary>
internal static class Profiling
{
    /// <summary>Read, normalise and write of the benchmark's claims file, timed apart (best of five, after a warm-up).</summary>
    public static void Stages()
    {
        byte[] input = Corpus.ClaimsCsv(50_000);
        var pipeline = NormalizationPipeline.CreateDefault();
        double read = double.MaxValue, normalize = double.MaxValue, write = double.MaxValue, lean = double.MaxValue, copy = double.MaxValue;
        long readBytes = 0, normalizeBytes = 0, writeBytes = 0, copyBytes = 0;
        for (int run = 0; run < 6; run++)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var claims = new List<Claim>(50_000);
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

            double readTime = clock.Elapsed.TotalMilliseconds;
            readBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            allocated += readBytes;
            clock.Restart();
            var records = new List<ComparableRecord>(60_000);
            foreach (Claim claim in claims)
            {
                NormalizationResult result = pipeline.Normalize(claim);
                for (int r = 0; r < result.RecordCount; r++)
                {
                    records.Add(result.GetRecord(r));
                }
            }

            double normalizeTime = clock.Elapsed.TotalMilliseconds;
            normalizeBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            allocated += normalizeBytes;
            clock.Restart();
            using (Stream output = Stream.Null) // bytes written nowhere: the stage measures the writer, not a growing buffer
            using (var writer = new RecordsCsvWriter(output))
            {
                foreach (ComparableRecord record in records)
                {
                    writer.Write(record);
                }
            }

            double writeTime = clock.Elapsed.TotalMilliseconds;
            writeBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            allocated += writeBytes;
            clock.Restart();
            using (Stream output = Stream.Null)
            using (var writer = new RecordsCsvWriter(output, RecordsCsvLayout.Lean))
            {
                foreach (ComparableRecord record in records)
                {
                    writer.Write(record);
                }
            }

            double leanTime = clock.Elapsed.TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            CsvPaths.RawCopy(input);
            double copyTime = clock.Elapsed.TotalMilliseconds;
            copyBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            if (run > 0)
            {
                (read, normalize, write, lean, copy) = (Math.Min(read, readTime), Math.Min(normalize, normalizeTime), Math.Min(write, writeTime), Math.Min(lean, leanTime), Math.Min(copy, copyTime));
            }
        }

        Console.WriteLine($"50,000 rows: read {read:F0} ms, normalise {normalize:F0} ms, write {write:F0} ms (lean layout {lean:F0} ms); plain CsvHelper copy {copy:F0} ms");
        Console.WriteLine($"allocated per row: read {readBytes / 50_000:N0} B, normalise {normalizeBytes / 50_000:N0} B, write {writeBytes / 50_000:N0} B; copy {copyBytes / 50_000:N0} B");
    }

    /// <summary>Bytes allocated by normalising each of the benchmark's eight row shapes (claims read beforehand, warmed up),
    /// with the records each gives: which shape allocates what.</summary>
    public static void NormalizeAllocations()
    {
        byte[] input = Corpus.ClaimsCsv(int.Parse(Environment.GetEnvironmentVariable("ROWS") ?? "8000", System.Globalization.CultureInfo.InvariantCulture));
        var pipeline = NormalizationPipeline.CreateDefault();
        var claims = new List<Claim>();
        using (var source = new MemoryStream(input))
        {
            foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(source))
            {
                claims.Add(row.Claim!);
            }
        }

        foreach (Claim claim in claims)
        {
            _ = pipeline.Normalize(claim);
        }

        long all = 0;
        for (int shape = 0; shape < 8; shape++)
        {
            int records = 0;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = shape; i < claims.Count; i += 8)
            {
                records += pipeline.Normalize(claims[i]).RecordCount;
            }

            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            all += bytes;
            Claim sample = claims[shape];
            Console.WriteLine($"{bytes / (claims.Count / 8.0),6:F0} B per row, {records / (claims.Count / 8.0):F1} records: {sample.Basis.Id} '{sample.Figure.Text}' {sample.Period?.Label}");
        }

        long inOrder = 0;
        var byShape = new long[8];
        for (int i = 0; i < claims.Count; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            _ = pipeline.Normalize(claims[i]);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            byShape[i % 8] += bytes;
            inOrder += bytes;
        }

        Console.WriteLine("in the file's order, by shape: " + string.Join(", ", byShape.Select(b => (b / (claims.Count / 8.0)).ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
        Console.WriteLine($"{all / (double)claims.Count,6:F0} B per row on average, shape by shape; {inOrder / (double)claims.Count:F0} B in the file's order");
    }

    /// <summary>For each pattern of the quick mode's linearity figure: time and bytes allocated to parse 10,000 and 100,000
    /// characters of it (best of five after a warm-up), and the ratio (10 when linear); the patterns given, or the quick mode's.</summary>
    public static void Linearity(IReadOnlyList<string> patterns)
    {
        var parser = new QuantityParser(new QuantityParserOptions { MaxInputLength = QuantityParser.MaxInputLengthLimit, IgnoreUnknownWords = true });
        foreach (string pattern in patterns.Count > 0 ? patterns : Quick.LinearityPatterns)
        {
            string small = "5 " + string.Concat(Enumerable.Repeat(pattern, 10_000 / pattern.Length));
            string large = "5 " + string.Concat(Enumerable.Repeat(pattern, 100_000 / pattern.Length));
            (double tinyTime, _) = Best("5 " + string.Concat(Enumerable.Repeat(pattern, 1_000 / pattern.Length)));
            (double smallTime, long smallBytes) = Best(small);
            (double largeTime, long largeBytes) = Best(large);
            Console.WriteLine($"{largeTime / smallTime,6:F1}  10k {smallTime * 1e6,8:F0} µs {smallBytes,9:N0} B   100k {largeTime * 1e6,8:F0} µs {largeBytes,11:N0} B   (1k to 10k: {smallTime / tinyTime:F1})  '{pattern}'");
        }

        (double Seconds, long Bytes) Best(string text)
        {
            for (int i = 0; i < 5; i++)
            {
                parser.Parse(text);
            }

            double best = double.MaxValue;
            long bytes = 0;
            for (int run = 0; run < 5; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                parser.Parse(text);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            return (best, bytes);
        }
    }

    /// <summary>Nanoseconds per parse of each corpus input (after a warm-up, best of five runs of 2,000 parses), slowest first.</summary>
    public static void ParseProfile(int top)
    {
        // Warm up on the whole corpus first, so that every input is measured with optimised code.
        var parse = new ParseBenchmarks();
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 2)
        {
            parse.ParseCorpus();
        }

        var times = new List<(double Nanoseconds, string Text)>();
        foreach (string text in Corpus.Figures)
        {
            double best = double.MaxValue;
            for (int run = 0; run < 5; run++)
            {
                var clock = Stopwatch.StartNew();
                for (int i = 0; i < 2_000; i++)
                {
                    _ = QuantityParser.Default.TryParse(text, out _);
                }

                best = Math.Min(best, clock.Elapsed.TotalNanoseconds / 2_000);
            }

            times.Add((best, text));
        }

        times.Sort((a, b) => b.Nanoseconds.CompareTo(a.Nanoseconds));
        double total = 0;
        foreach ((double nanoseconds, _) in times)
        {
            total += nanoseconds;
        }

        Console.WriteLine($"{times.Count} inputs, {total / 1000:F0} µs in all, median {times[times.Count / 2].Nanoseconds:F0} ns");
        foreach ((double nanoseconds, string text) in times.Take(top).Concat(times.TakeLast(5)))
        {
            Console.WriteLine($"{nanoseconds,8:F0} ns  {text}");
        }
    }

    /// <summary>Nanoseconds per parse of the given texts, and of decimal.Parse of "5000" for scale (best of seven, after a warm-up).</summary>
    public static void ParseTexts(IEnumerable<string> texts)
    {
        Console.WriteLine($"{Best(() => decimal.Parse("5000", System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture)),8:F0} ns  decimal.Parse(\"5000\")");
        foreach (string text in texts)
        {
            Console.WriteLine($"{Best(() => QuantityParser.Default.TryParse(text, out _)),8:F0} ns  {text}");
        }

        static double Best<T>(Func<T> call)
        {
            var warmup = Stopwatch.StartNew();
            while (warmup.Elapsed.TotalSeconds < 0.5)
            {
                call();
            }

            double best = double.MaxValue;
            for (int run = 0; run < 7; run++)
            {
                var clock = Stopwatch.StartNew();
                for (int i = 0; i < 100_000; i++)
                {
                    call();
                }

                best = Math.Min(best, clock.Elapsed.TotalNanoseconds / 100_000);
            }

            return best;
        }
    }

    private static readonly QuantityParser LongParser = new(new QuantityParserOptions { MaxInputLength = QuantityParser.MaxInputLengthLimit, IgnoreUnknownWords = true });

    private static string? LongText;

    /// <summary>The extractor on the seed article: microseconds and bytes allocated per extraction, beside parsing the
    /// figures it proposes alone (best of seven, after a warm-up); a workload for <c>--loop extract</c> to profile.</summary>
    public static void ExtractProfile()
    {
        string article = Quick.SeedArticle() ?? throw new InvalidOperationException("The seed article is not found above the program's folder.");
        var extractor = MarketMetrics.Extraction.ClaimExtractor.Default;
        string[] figures = [.. extractor.Extract(article).Claims.Select(c => c.Value)];
        (double extract, long extractBytes) = Best(() => extractor.Extract(article));
        (double parse, long parseBytes) = Best(() =>
        {
            foreach (string figure in figures)
            {
                _ = QuantityParser.Default.TryParse(figure, out _);
            }
        });
        Console.WriteLine($"{article.Length} characters, {figures.Length} claims: extract {extract:F0} µs ({extractBytes:N0} B), parse of the figures alone {parse:F1} µs ({parseBytes:N0} B): {extract / parse:F1}×");

        static (double Microseconds, long Bytes) Best(Action call)
        {
            var warmup = Stopwatch.StartNew();
            while (warmup.Elapsed.TotalSeconds < 2)
            {
                call();
            }

            // This thread's processor time, not the clock: on a machine shared with other work the clock counts their time too.
            double best = double.MaxValue;
            long bytes = 0;
            for (int run = 0; run < 7; run++)
            {
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                double cpu = ThreadSeconds();
                int calls = 0;
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed.TotalSeconds < 0.3)
                {
                    call();
                    calls++;
                }

                best = Math.Min(best, (ThreadSeconds() - cpu) * 1e6 / calls);
                bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
            }

            return (best, bytes);
        }
    }

    // Processor time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); the clock elsewhere.
    private static double ThreadSeconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(3, out TimeSpec time) == 0)
        {
            return time.Seconds + time.Nanoseconds / 1e9;
        }

        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>Runs one workload for a while: parse (the corpus), csv (the CSV path), normalize (claims already read),
    /// extract (the seed article), text:… (one input) or long:… (100,000 characters of a pattern).</summary>
    public static void Loop(string workload, int seconds)
    {
        string article = workload == "extract" ? Quick.SeedArticle() ?? string.Empty : string.Empty;
        var parse = new ParseBenchmarks();
        byte[] claims = workload is "csv" or "lean" or "normalize" or "read" ? Corpus.ClaimsCsv(50_000) : [];
        List<Claim> read = [];
        if (workload == "normalize")
        {
            using var source = new MemoryStream(claims);
            foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(source))
            {
                if (row.Claim is { } claim)
                {
                    read.Add(claim);
                }
            }
        }

        var pipeline = NormalizationPipeline.CreateDefault();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            if (workload == "normalize")
            {
                foreach (Claim claim in read)
                {
                    _ = pipeline.Normalize(claim);
                }
            }
            else if (workload == "read")
            {
                using var source = new MemoryStream(claims);
                foreach (ClaimRow row in new ClaimsCsvReader(new ClaimsCsvOptions { DetectDuplicateIds = false }).Read(source))
                {
                    _ = row.Claim;
                }
            }
            else if (workload.StartsWith("long:", StringComparison.Ordinal))
            {
                // 100,000 characters of the pattern, as the linearity figure parses them.
                _ = LongParser.Parse(LongText ??= "5 " + string.Concat(Enumerable.Repeat(workload[5..], 100_000 / (workload.Length - 5))));
            }
            else if (workload == "extract")
            {
                _ = MarketMetrics.Extraction.ClaimExtractor.Default.Extract(article);
            }
            else if (workload.StartsWith("text:", StringComparison.Ordinal))
            {
                for (int i = 0; i < 10_000; i++)
                {
                    _ = QuantityParser.Default.TryParse(workload.AsSpan(5), out _);
                }
            }
            else
            {
                _ = workload switch
                {
                    "csv" => CsvPaths.Normalize(claims),
                    "lean" => CsvPaths.Normalize(claims, RecordsCsvLayout.Lean),
                    _ => parse.ParseCorpus(),
                };
            }
        }
    }
}
