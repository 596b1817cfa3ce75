using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using MarketMetrics.Benchmarks;
using MarketMetrics.Csv;
using MarketMetrics.Parsing;

if (args.Contains("--stages"))
{
    Profiling.Stages();
    return 0;
}

if (args.Contains("--linearity"))
{
    Profiling.Linearity([.. args.SkipWhile(a => a != "--linearity").Skip(1)]);
    return 0;
}

if (args.Contains("--normalize-allocations"))
{
    Profiling.NormalizeAllocations();
    return 0;
}

if (args.Contains("--parse-profile"))
{
    // --parse-profile [N]: the N slowest inputs (25 unless given).
    int at = Array.IndexOf(args, "--parse-profile");
    Profiling.ParseProfile(top: at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 25);
    return 0;
}

if (args.Contains("--extract-profile"))
{
    Profiling.ExtractProfile();
    return 0;
}

if (args.Length >= 2 && args[0] == "--parse-texts")
{
    Profiling.ParseTexts(args.Skip(1));
    return 0;
}

if (args.Contains("--quick"))
{
    // --quick --only extract|parse: the extractor's ratios, or the parser's (parse and linearity), alone (the rest of the
    // quick mode takes minutes).
    int only = Array.IndexOf(args, "--only");
    string? suite = only >= 0 && only + 1 < args.Length ? args[only + 1] : null;
    Console.WriteLine(suite == "extract" ? Quick.RunExtract() : suite == "parse" ? Quick.RunParse() : Quick.Run());
    return 0;
}

if (args.Length >= 2 && args[0] == "--passes")
{
    // --passes N: parses the corpus N times and nothing else, a fixed amount of work for `perf stat` (cycles and
    // instructions of two builds compare more steadily than their times on a shared machine).
    var corpus = new ParseBenchmarks();
    int passes = int.Parse(args[1], CultureInfo.InvariantCulture);
    long parsed = 0;
    for (int pass = 0; pass < passes; pass++)
    {
        parsed += corpus.ParseCorpus();
    }

    Console.WriteLine(parsed);
    return 0;
}

if (args.Length >= 2 && args[0] == "--loop")
{
    // Runs one workload for a while, for a profiler to watch: --loop parse|read|normalize|csv|lean|text:… [seconds].
    Profiling.Loop(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;

/// <summary>Quick mode: ratios measured in one process, warmed up, median of several runs; prints one JSON object.</summary>
internal static class Quick
{
    public static string Run()
    {
        string parseJson = ParseJson();

        const int Rows = 50_000;
        byte[] claims = Corpus.ClaimsCsv(Rows);
        byte[] records = CsvPaths.NormalizeToBytes(claims);
        double[] csv = Interleaved(9, 1, () => CsvPaths.Normalize(claims), () => CsvPaths.RawCopy(claims), () => CsvPaths.RawCopy(records),
            () => CsvPaths.Normalize(claims, RecordsCsvLayout.Lean));
        double normalizeBytesPerRow = CsvPaths.NormalizeAllocatedBytesPerRow(claims);
        (double normalizeSeconds, double copySeconds) = (csv[0], csv[1]);

        // The least any path can take that writes this records layout: read the claims, write the records' cells already
        // in memory. Measured apart (against a copy in the same run), since the cells held in memory slow the GC.
        string[][] recordCells = CsvPaths.Cells(records);
        double[] floor = Interleaved(9, 1, () => CsvPaths.RawCopy(claims), () => CsvPaths.ReadCells(claims), () => CsvPaths.WriteCells(recordCells));
        double linearity = WorstLinearityRatio();
        (double extractRatio, double extractLinearity) = ExtractRatios();

        // compare and normalize of the same 100,000 mixed claims, in turns.
        const int CompareRows = 100_000;
        byte[] mixed = Corpus.MixedClaimsCsv(CompareRows);
        double[] compare = Interleaved(3, 0, () => CsvPaths.Compare(mixed), () => CsvPaths.Normalize(mixed));
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"linearity\": {{\"worstRatioFor10xInput\": {linearity:F1}}}, {parseJson}, "
            + $"\"csv\": {{\"rows\": {Rows}, \"normalizeSeconds\": {normalizeSeconds:F3}, \"rawCopySeconds\": {copySeconds:F3}, \"ratio\": {normalizeSeconds / copySeconds:F2}, "
            + $"\"outputBytesPerInputByte\": {records.Length / (double)claims.Length:F2}, \"outputRawCopySeconds\": {csv[2]:F3}, \"ratioToOutputCopy\": {normalizeSeconds / csv[2]:F2}, "
            + $"\"inputReadRatio\": {floor[1] / floor[0]:F2}, \"outputWriteRatio\": {floor[2] / floor[0]:F2}, \"layoutFloorRatio\": {(floor[1] + floor[2]) / floor[0]:F2}, "
            + $"\"leanNormalizeSeconds\": {csv[3]:F3}, \"leanRatio\": {csv[3] / copySeconds:F2}, \"normalizeAllocatedBytesPerRow\": {normalizeBytesPerRow:F0}}}, "
            + $"\"compare\": {{\"rows\": {CompareRows}, \"compareSeconds\": {compare[0]:F3}, \"normalizeSeconds\": {compare[1]:F3}, \"ratioToNormalize\": {compare[0] / compare[1]:F2}}}, "
            + $"\"extract\": {{\"ratioToParse\": {extractRatio:F2}, \"ratioFor10xText\": {extractLinearity:F1}}}}}");
    }

    /// <summary>The parser's figures alone: <c>parse</c> and <c>linearity</c> as in the whole quick mode.</summary>
    public static string RunParse()
    {
        string parseJson = ParseJson();
        double linearity = WorstLinearityRatio();
        return string.Create(CultureInfo.InvariantCulture, $"{{\"linearity\": {{\"worstRatioFor10xInput\": {linearity:F1}}}, {parseJson}}}");
    }

    // "parse": {…}: the corpus parsed, to figures and by decimal.Parse of its digit runs, in turns; bytes per successful parse.
    private static string ParseJson()
    {
        var parse = new ParseBenchmarks();
        // Interleaved, so that drift in the machine's speed during the run touches all three alike.
        double[] medians = Interleaved(21, 1, () => parse.ParseCorpus(), () => parse.ParseCorpusToFigures(), () => parse.DecimalParseFloor());
        (double parseSeconds, double figureSeconds, double floorSeconds) = (medians[0], medians[1], medians[2]);

        // Allocation on the success path: over the inputs that parse (a failure allocates its error message).
        string[] successes = [.. Corpus.Figures.Where(text => QuantityParser.Default.TryParse(text, out _))];
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (string text in successes)
        {
            _ = QuantityParser.Default.TryParse(text, out _);
        }

        double allocatedPerParse = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)successes.Length;
        return string.Create(CultureInfo.InvariantCulture,
            $"\"parse\": {{\"perSecond\": {Corpus.Figures.Length / parseSeconds:F0}, \"decimalParsePerSecond\": {Corpus.DigitParts.Length / floorSeconds:F0}, \"ratio\": {parseSeconds / floorSeconds:F2}, \"allocatedBytesPerParse\": {allocatedPerParse:F0}, \"inputs\": {Corpus.Figures.Length}, \"failures\": {Corpus.Figures.Length - successes.Length}, \"figureRatio\": {figureSeconds / floorSeconds:F2}}}");
    }

    public static string RunExtract()
    {
        (double extractRatio, double extractLinearity) = ExtractRatios();
        return string.Create(CultureInfo.InvariantCulture, $"{{\"extract\": {{\"ratioToParse\": {extractRatio:F2}, \"ratioFor10xText\": {extractLinearity:F1}}}}}");
    }

    // Extracting the seed article ÷ parsing its figures alone (the values the extractor proposes, each parsed once); and
    // extracting the article repeated ten times ÷ once (10 when linear).
    private static (double RatioToParse, double RatioFor10x) ExtractRatios()
    {
        if (SeedArticle() is not { } article)
        {
            return (double.NaN, double.NaN);
        }

        string tenfold = string.Concat(Enumerable.Repeat(article + "\n", 10));
        var extractor = MarketMetrics.Extraction.ClaimExtractor.Default;
        string[] figures = [.. extractor.Extract(article).Claims.Select(c => c.Value)];
        double[] times = Interleaved(9, 1, () => extractor.Extract(article), () =>
        {
            int read = 0;
            foreach (string figure in figures)
            {
                read += QuantityParser.Default.TryParse(figure, out _) ? 1 : 0;
            }

            return read;
        }, () => extractor.Extract(tenfold));
        return (times[0] / times[1], times[2] / times[0]);
    }

    /// <summary>The patterns repeated for <c>linearity.worstRatioFor10xInput</c> (and <c>--linearity</c>).</summary>
    public static readonly string[] LinearityPatterns = ["5 abc ", "超", "5億", "五", "字", "1,", "a ", "- ", "5 - ", "and ", "百分之", "(jié)"];

    /// <summary>The seed article of the extraction tests, found from the program's folder up; null when not there.</summary>
    public static string? SeedArticle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "MarketMetrics.Tests", "Extraction", "Data", "seed-article.txt");
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        return null;
    }

    // Time to parse 100,000 characters ÷ time for 10,000, over inputs that repeat one pattern; about 10 when linear.
    private static double WorstLinearityRatio()
    {
        var parser = new QuantityParser(new QuantityParserOptions { MaxInputLength = QuantityParser.MaxInputLengthLimit, IgnoreUnknownWords = true });
        double worst = 0;
        foreach (string pattern in LinearityPatterns)
        {
            string small = "5 " + string.Concat(Enumerable.Repeat(pattern, 10_000 / pattern.Length));
            string large = "5 " + string.Concat(Enumerable.Repeat(pattern, 100_000 / pattern.Length));
            double[] times = Interleaved(5, 0.3, () => parser.Parse(large), () => parser.Parse(small));
            double ratio = times[0] / times[1];
            worst = Math.Max(worst, ratio);
        }

        return worst;
    }

    // Seconds per call of each action: all warmed up first (long enough for tiered JIT to reach optimised code; the
    // BCL floor is precompiled), then sampled in turns (each sample at least 20 ms); the medians.
    private static double[] Interleaved(int runs, double warmupSeconds, params Func<object>[] actions)
    {
        var repeat = new int[actions.Length];
        for (int a = 0; a < actions.Length; a++)
        {
            var warmup = Stopwatch.StartNew();
            int calls = 0;
            while (warmup.Elapsed.TotalSeconds < warmupSeconds || calls < 3)
            {
                actions[a]();
                calls++;
            }

            repeat[a] = Math.Max(1, (int)Math.Ceiling(0.02 / (warmup.Elapsed.TotalSeconds / calls)));
        }

        var times = new double[actions.Length][];
        for (int a = 0; a < actions.Length; a++)
        {
            times[a] = new double[runs];
        }

        for (int i = 0; i < runs; i++)
        {
            for (int a = 0; a < actions.Length; a++)
            {
                var clock = Stopwatch.StartNew();
                for (int r = 0; r < repeat[a]; r++)
                {
                    actions[a]();
                }

                times[a][i] = clock.Elapsed.TotalSeconds / repeat[a];
            }
        }

        var medians = new double[actions.Length];
        for (int a = 0; a < actions.Length; a++)
        {
            Array.Sort(times[a]);
            medians[a] = times[a][runs / 2];
        }

        return medians;
    }

}
