using System.CommandLine;
using System.Text.Json;
using MarketMetrics.Analysis;
using MarketMetrics.Cli.Json;
using MarketMetrics.Csv;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;
using Spectre.Console;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics demo</c> and <c>marketmetrics compare</c>: the built-in dataset, normalised and analysed.</summary>
internal static class DemoCommand
{
    public static Command CreateDemo(TextWriter output, TextWriter error) => Create(
        "demo",
        "Normalize the built-in dataset (every figure of a September 2025 article on China's AI-cloud market) and show records per basis, who leads on which basis, the clash it explains, and derived estimates.",
        "  marketmetrics demo" + Environment.NewLine + "  marketmetrics demo --format json --language zh",
        verdicts: false,
        output,
        error);

    public static Command CreateCompare(TextWriter output, TextWriter error) => Create(
        "compare",
        "Leaderboards per comparable set, the comparability verdict of record pairs within candidate groups (same dimension and market), consistency findings, checks passed and derived estimates, for a claims CSV file or, without one, the built-in dataset.",
        "  marketmetrics compare" + Environment.NewLine + "  marketmetrics sample claims > claims.csv" + Environment.NewLine + "  marketmetrics compare claims.csv --format json"
        + Environment.NewLine + "  marketmetrics compare claims.csv --pair seed-01 seed-15a" + Environment.NewLine + "  marketmetrics compare claims.csv --pairs all > verdicts.jsonl",
        verdicts: true,
        output,
        error);

    private static Command Create(string name, string description, string examples, bool verdicts, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "table (default), json, or html (one self-contained page with charts; use -o).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "html");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var language = new Option<string>("--language") { Description = "Language of explanations: en (default) or zh.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "zh");
        var figures = new Option<string>("--lang") { Description = "Language of figures in tables: zh (default, 536.7万亿), zh-Hant or en (536.7 trillion).", DefaultValueFactory = _ => "zh" };
        figures.AcceptOnlyFromAmong("zh", "zh-Hant", "en");
        var exact = new Option<bool>("--exact") { Description = "Show exact intervals in tables instead of values rounded to 4 significant digits (marked ≈)." };
        var file = new Argument<FileInfo?>("claims") { Description = "A claims CSV file (columns: https://github.com/marketmetrics/marketmetrics/blob/main/docs/csv.md; an example: marketmetrics sample claims); the built-in dataset when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var pair = new Option<string[]>("--pair") { Description = "The verdict of two named records, with every reason.", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var pairs = new Option<string?>("--pairs") { Description = "all: stream the verdict of every pair as JSON Lines on standard output." };
        pairs.AcceptOnlyFromAmong("all");
        var quiet = new Option<bool>("--quiet") { Description = "No progress on standard error." };
        var noDuplicateCheck = new Option<bool>("--no-duplicate-check") { Description = "Do not reject repeated ids; memory then stays flat however long the file." };
        var command = new Command(name, description + Environment.NewLine + "Examples:" + Environment.NewLine + examples) { format, language, figures, exact, outputFile };
        if (verdicts)
        {
            command.Arguments.Add(file);
            command.Options.Add(pair);
            command.Options.Add(pairs);
            command.Options.Add(quiet);
            command.Options.Add(noDuplicateCheck);
        }

        command.SetAction(result =>
        {
            AnalysisLanguage lang = result.GetValue(language) == "zh" ? AnalysisLanguage.Chinese : AnalysisLanguage.English;
            FileInfo? claimsFile = verdicts ? result.GetValue(file) : null;
            bool json = result.GetValue(format) == "json";
            bool html = result.GetValue(format) == "html";
            FileInfo? target = result.GetValue(outputFile);
            string[]? named = verdicts ? result.GetValue(pair) : null;
            bool all = verdicts && result.GetValue(pairs) == "all";
            var display = new FigureDisplay(FigureDisplay.Language(result.GetValue(figures)), result.GetValue(exact));
            bool progress = verdicts && !result.GetValue(quiet) && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            if (claimsFile is { Exists: false })
            {
                error.WriteLine($"The claims file '{claimsFile.FullName}' does not exist.");
                return CliApplication.UsageError;
            }

            try
            {
                using FileStream? stream = claimsFile?.OpenRead();
                var source = new ClaimSource(stream, error, new ClaimsCsvOptions { DetectDuplicateIds = !(verdicts && result.GetValue(noDuplicateCheck)) });
                using StreamWriter? file = target is null ? null : new StreamWriter(target.FullName, false, new System.Text.UTF8Encoding(false));
                TextWriter sink = file ?? output;
                int exit = Progress(progress, stream, work => named is { Length: 2 } ? Pair(source, named[0], named[1], json, lang, sink, error)
                    : all ? AllPairs(source, sink, work)
                    : Analyse(source, json, html, verdicts, lang, display, sink, work));
                return exit != CliApplication.Success ? exit : source.Rejected > 0 || source.Failures > 0 ? Partial(source, error) : exit;
            }
            catch (ClaimsCsvHeaderException e)
            {
                error.WriteLine(e.Message);
                return CliApplication.UsageError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Could not read or write a file: {e.Message}");
                return CliApplication.UsageError;
            }
        });
        return command;
    }

    private static int Partial(ClaimSource source, TextWriter error)
    {
        error.WriteLine($"{source.Rejected} row(s) rejected, {source.Failures} claim(s) not normalized.");
        return CliApplication.PartialFailure;
    }

    private static int Analyse(ClaimSource source, bool json, bool html, bool verdicts, AnalysisLanguage lang, FigureDisplay display, TextWriter output, ProgressTask? work)
    {
        // Records are kept for the demo's record tables, JSON and HTML; a table report on a file holds only the analysis.
        bool keep = json || html || !verdicts;
        Report report = Report.ForClaims(source.Claims(work), lang, keep, f => source.Failures++);
        work?.StopTask();
        if (html)
        {
            HtmlReport.Write(output, report, display, lang == AnalysisLanguage.Chinese);
            return CliApplication.Success;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(report.ToJson(verdicts), CliJson.Context.ReportOutput));
            return CliApplication.Success;
        }

        IAnsiConsole console = ReportRenderer.ConsoleFor(output);
        if (!verdicts)
        {
            ReportRenderer.Records(console, report, display);
        }

        ReportRenderer.Leaders(console, report, display);
        if (verdicts)
        {
            ReportRenderer.Verdicts(console, report);
        }

        ReportRenderer.Findings(console, report);
        ReportRenderer.Derived(console, report, display);
        return CliApplication.Success;
    }

    private static int Pair(ClaimSource source, string first, string second, bool json, AnalysisLanguage lang, TextWriter output, TextWriter error)
    {
        ComparableRecord? a = null, b = null;
        NormalizationPipeline pipeline = NormalizationPipeline.CreateDefault();
        foreach (Claim claim in source.Claims(null))
        {
            NormalizationResult normalized = pipeline.Normalize(claim);
            source.Failures += normalized.Failure is null ? 0 : 1;
            foreach (ComparableRecord record in normalized.Records)
            {
                a ??= record.Id == first ? record : null;
                b ??= record.Id == second ? record : null;
            }
        }

        if (a is null || b is null)
        {
            error.WriteLine($"No record with the id '{(a is null ? first : second)}'.");
            return CliApplication.UsageError;
        }

        ComparabilityVerdict verdict = Comparability.Compare(a, b, lang);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new VerdictOutput(a.Id, b.Id, VerdictNames.Of(verdict.Kind), [.. verdict.Reasons.Select(r => r.Code)], verdict.Explanation), CliJson.Context.VerdictOutput));
        }
        else
        {
            output.WriteLine($"{a.Id} ~ {b.Id}: {VerdictNames.Of(verdict.Kind)}");
            foreach (ComparabilityReason reason in verdict.Reasons)
            {
                output.WriteLine($"  {reason.Code}{(reason.Blocking ? string.Empty : " (a conversion bridges it)")}: {reason.Message}");
            }

            output.WriteLine(verdict.Explanation);
        }

        return CliApplication.Success;
    }

    // Every pair, written as it is decided: the records are held, the verdicts never are.
    private static int AllPairs(ClaimSource source, TextWriter output, ProgressTask? work)
    {
        var records = new List<ComparableRecord>();
        NormalizationPipeline pipeline = NormalizationPipeline.CreateDefault();
        foreach (Claim claim in source.Claims(work))
        {
            NormalizationResult normalized = pipeline.Normalize(claim);
            source.Failures += normalized.Failure is null ? 0 : 1;
            records.AddRange(normalized.Records.Where(r => r.Status != FigureStatus.Derived));
        }

        if (work is not null)
        {
            work.Description = "pairs";
            work.MaxValue = Math.Max(1, (double)records.Count * (records.Count - 1) / 2);
            work.Value = 0;
        }

        long written = 0;
        for (int i = 0; i < records.Count; i++)
        {
            for (int j = i + 1; j < records.Count; j++)
            {
                output.WriteLine(JsonSerializer.Serialize(Report.Verdict(records[i], records[j]), CliJson.Context.VerdictOutput));
                written++;
            }

            if (work is not null)
            {
                work.Value = written;
            }
        }

        output.Flush();
        return CliApplication.Success;
    }

    private static int Progress(bool show, FileStream? stream, Func<ProgressTask?, int> run)
    {
        if (!show)
        {
            return run(null);
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().AutoClear(true).Start(context =>
        {
            ProgressTask task = context.AddTask("reading claims", maxValue: Math.Max(1, stream?.Length ?? 1));
            return run(task);
        });
    }

    /// <summary>The claims of a file read lazily (rejected rows reported as they come), or the built-in dataset.</summary>
    private sealed class ClaimSource(FileStream? stream, TextWriter error, ClaimsCsvOptions options)
    {
        public int Rejected { get; private set; }

        public int Failures { get; set; }

        public IEnumerable<Claim> Claims(ProgressTask? work)
        {
            if (stream is null)
            {
                foreach (Claim claim in AiCloudArticle2025.Claims)
                {
                    yield return claim;
                }

                yield break;
            }

            long rows = 0;
            foreach (ClaimRow row in new ClaimsCsvReader(options).Read(stream))
            {
                if (work is not null && ++rows % 1000 == 0)
                {
                    work.Value = stream.Position;
                }

                if (row.Claim is { } claim)
                {
                    yield return claim;
                }
                else
                {
                    error.WriteLine(row.Rejection!.ToString());
                    Rejected++;
                }
            }

            if (work is not null)
            {
                work.Value = stream.Length;
            }
        }
    }
}
