using System.CommandLine;
using System.Text.Json;
using MarketMetrics.Analysis;
using MarketMetrics.Cli.Json;
using MarketMetrics.Csv;
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
        "Leaderboards per comparable set, the comparability verdict of record pairs, consistency findings and derived estimates, for a claims CSV file or, without one, the built-in dataset.",
        "  marketmetrics compare" + Environment.NewLine + "  marketmetrics sample claims > claims.csv" + Environment.NewLine + "  marketmetrics compare claims.csv --format json",
        verdicts: true,
        output,
        error);

    private static Command Create(string name, string description, string examples, bool verdicts, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var language = new Option<string>("--language") { Description = "Language of explanations: en (default) or zh.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "zh");
        var file = new Argument<FileInfo?>("claims") { Description = "A claims CSV file (columns: https://github.com/marketmetrics/marketmetrics/blob/main/docs/csv.md; an example: marketmetrics sample claims); the built-in dataset when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command(name, description + Environment.NewLine + "Examples:" + Environment.NewLine + examples) { format, language };
        if (verdicts)
        {
            command.Arguments.Add(file);
        }

        command.SetAction(result =>
        {
            AnalysisLanguage lang = result.GetValue(language) == "zh" ? AnalysisLanguage.Chinese : AnalysisLanguage.English;
            FileInfo? claimsFile = verdicts ? result.GetValue(file) : null;
            int rejectedRows = 0;
            Report report;
            if (claimsFile is null)
            {
                report = Report.ForBuiltInDataset(lang);
            }
            else if (!claimsFile.Exists)
            {
                error.WriteLine($"The claims file '{claimsFile.FullName}' does not exist.");
                return CliApplication.UsageError;
            }
            else
            {
                try
                {
                    using FileStream stream = claimsFile.OpenRead();
                    var claims = new List<Claim>();
                    rejectedRows = 0;
                    foreach (ClaimRow row in new ClaimsCsvReader().Read(stream))
                    {
                        if (row.Claim is { } claim)
                        {
                            claims.Add(claim);
                        }
                        else
                        {
                            error.WriteLine(row.Rejection!.ToString());
                            rejectedRows++;
                        }
                    }

                    report = Report.ForClaims(claims, lang);
                }
                catch (ClaimsCsvHeaderException e)
                {
                    error.WriteLine(e.Message);
                    return CliApplication.UsageError;
                }
            }

            if (result.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(report.ToJson(verdicts), CliJson.Context.ReportOutput));
            }
            else
            {
                IAnsiConsole console = ReportRenderer.ConsoleFor(output);
                if (!verdicts)
                {
                    ReportRenderer.Records(console, report);
                }

                ReportRenderer.Leaders(console, report);
                if (verdicts)
                {
                    ReportRenderer.Verdicts(console, report);
                }

                ReportRenderer.Findings(console, report);
                ReportRenderer.Derived(console, report);
            }

            if (report.Failures.Count > 0 || rejectedRows > 0)
            {
                error.WriteLine($"{rejectedRows} row(s) rejected, {report.Failures.Count} claim(s) not normalized.");
                return CliApplication.PartialFailure;
            }

            return CliApplication.Success;
        });
        return command;
    }
}
