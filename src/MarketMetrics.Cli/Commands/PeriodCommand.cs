using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MarketMetrics.Cli.Json;
using MarketMetrics.Parsing;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics period</c>: a period as printed → start, exclusive end, days, kind and aggregation (JSON).</summary>
internal static class PeriodCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "The period as printed, e.g. \"2025上半年\", \"FY2024@alibaba\"." };
        var fiscalYearEnd = new Option<string?>("--fiscal-year-end")
        {
            Description = "Last day of the fiscal year as MM-DD, for fiscal years that name no company (e.g. 03-31).",
        };
        var command = new Command("period", "Parse a reporting period into exact dates (JSON; end is exclusive).")
        {
            text,
            fiscalYearEnd,
        };
        command.Description += Environment.NewLine + "Examples:" + Environment.NewLine
            + "  marketmetrics period 2025上半年" + Environment.NewLine
            + "  marketmetrics period FY2024 --fiscal-year-end 03-31";
        command.SetAction(result =>
        {
            FiscalCalendar? calendar = null;
            string? end = result.GetValue(fiscalYearEnd);
            if (end is not null)
            {
                if (!DateOnly.TryParseExact("2001-" + end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly last))
                {
                    error.WriteLine($"--fiscal-year-end takes MM-DD (e.g. 03-31), not '{end}'.");
                    return CliApplication.UsageError;
                }

                calendar = new FiscalCalendar("fiscal-year-end-" + end, "Fiscal year ending " + end, last.Month, last.Day);
            }

            PeriodOutput parsed = Run(result.GetValue(text)!, calendar);
            output.WriteLine(JsonSerializer.Serialize(parsed, CliJson.Context.PeriodOutput));
            return parsed.Ok ? CliApplication.Success : CliApplication.PartialFailure;
        });
        return command;
    }

    internal static PeriodOutput Run(string text, FiscalCalendar? calendar)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.Parse(text, calendar);
        if (!result.TryGetValue(out ParsedPeriod? parsed))
        {
            ParseError e = result.Error!;
            return new PeriodOutput(text, false, null, null, null, null, null, new ErrorOutput(e.CodeName, e.Message, e.Position));
        }

        ReportingPeriod? period = parsed.Period;
        return new PeriodOutput(
            text,
            true,
            period?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            period?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            period?.Days,
            period is null ? null : ContractNames.Of(period.Kind),
            ContractNames.Of(parsed.Aggregation),
            null);
    }
}
