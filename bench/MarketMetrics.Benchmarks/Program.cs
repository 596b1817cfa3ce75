using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using MarketMetrics.Benchmarks;
using MarketMetrics.Parsing;

if (args.Contains("--quick"))
{
    Console.WriteLine(Quick.Run());
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;

/// <summary>Quick mode: ratios measured in one process, warmed up, median of several runs; prints one JSON object.</summary>
internal static class Quick
{
    public static string Run()
    {
        var parse = new ParseBenchmarks();
        double parseSeconds = Median(() => parse.ParseCorpus(), 9);
        double floorSeconds = Median(() => parse.DecimalParseFloor(), 9);
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (string text in Corpus.Figures)
        {
            QuantityParser.Default.Parse(text);
        }

        double allocatedPerParse = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Corpus.Figures.Length;

        const int Rows = 50_000;
        byte[] claims = Corpus.ClaimsCsv(Rows);
        double normalizeSeconds = Median(() => CsvPaths.Normalize(claims), 5);
        double copySeconds = Median(() => CsvPaths.RawCopy(claims), 5);
        double linearity = WorstLinearityRatio();
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"linearity\": {{\"worstRatioFor10xInput\": {linearity:F1}}}, \"parse\": {{\"perSecond\": {Corpus.Figures.Length / parseSeconds:F0}, \"decimalParsePerSecond\": {Corpus.DigitParts.Length / floorSeconds:F0}, \"ratio\": {parseSeconds / floorSeconds:F2}, \"allocatedBytesPerParse\": {allocatedPerParse:F0}, \"inputs\": {Corpus.Figures.Length}}}, "
            + $"\"csv\": {{\"rows\": {Rows}, \"normalizeSeconds\": {normalizeSeconds:F3}, \"rawCopySeconds\": {copySeconds:F3}, \"ratio\": {normalizeSeconds / copySeconds:F2}}}}}");
    }

    // Time to parse 100,000 characters ÷ time for 10,000, over inputs that repeat one pattern; about 10 when linear.
    private static double WorstLinearityRatio()
    {
        var parser = new QuantityParser(new QuantityParserOptions { MaxInputLength = QuantityParser.MaxInputLengthLimit, IgnoreUnknownWords = true });
        string[] patterns = ["5 abc ", "超", "5億", "五", "字", "1,", "a ", "- ", "5 - ", "and ", "百分之", "(jié)"];
        double worst = 0;
        foreach (string pattern in patterns)
        {
            string small = "5 " + string.Concat(Enumerable.Repeat(pattern, 10_000 / pattern.Length));
            string large = "5 " + string.Concat(Enumerable.Repeat(pattern, 100_000 / pattern.Length));
            worst = Math.Max(worst, Median(() => parser.Parse(large), 5) / Median(() => parser.Parse(small), 5));
        }

        return worst;
    }

    private static double Median(Func<object> action, int runs)
    {
        for (int i = 0; i < 3; i++)
        {
            action();
        }

        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
