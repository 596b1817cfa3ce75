using System.CommandLine;
using System.Text.Json;
using MarketMetrics.Analysis;
using MarketMetrics.Cli.Json;
using Spectre.Console;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics demo</c> and <c>marketmetrics compare</c>: the built-in dataset, normalised and analysed.</summary>
internal static class DemoCommand
{
    public static Command CreateDemo(TextWriter output, TextWriter error) => Create(
        "demo",
        "Normalise the built-in dataset (every figure of a September 2025 article on China's AI-cloud market) and show records per basis, who leads on which basis, the clash it explains, and derived estimates.",
        "  marketmetrics demo" + Environment.NewLine + "  marketmetrics demo --format json --language zh",
        verdicts: false,
        output,
        error);

    public static Command CreateCompare(TextWriter output, TextWriter error) => Create(
        "compare",
        "Leaderboards per comparable set, the comparability verdict of record pairs, and consistency findings, for the built-in dataset.",
        "  marketmetrics compare" + Environment.NewLine + "  marketmetrics compare --format json",
        verdicts: true,
        output,
        error);

    private static Command Create(string name, string description, string examples, bool verdicts, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var language = new Option<string>("--language") { Description = "Language of explanations: en (default) or zh.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "zh");
        var command = new Command(name, description + Environment.NewLine + "Examples:" + Environment.NewLine + examples) { format, language };
        command.SetAction(result =>
        {
            AnalysisLanguage lang = result.GetValue(language) == "zh" ? AnalysisLanguage.Chinese : AnalysisLanguage.English;
            Report report = Report.ForBuiltInDataset(lang);
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

            if (report.Failures.Count > 0)
            {
                error.WriteLine($"{report.Failures.Count} claim(s) could not be normalised.");
                return CliApplication.PartialFailure;
            }

            return CliApplication.Success;
        });
        return command;
    }
}
