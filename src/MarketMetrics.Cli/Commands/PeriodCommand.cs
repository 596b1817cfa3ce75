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
        var published = new Option<string?>("--published")
        {
            Description = "The date the text was published (2025-03-12, 2025-10, Oct 12, 2025), to resolve relative periods such as 去年 or 上季度.",
        };
        var command = new Command("period", "Parse a reporting period into exact dates (JSON; end is exclusive).")
        {
            text,
            fiscalYearEnd,
            published,
        };
        command.Description += Environment.NewLine + "Examples:" + Environment.NewLine
            + "  marketmetrics period 2025上半年" + Environment.NewLine
            + "  marketmetrics period FY2024 --fiscal-year-end 03-31" + Environment.NewLine
            + "  marketmetrics period 去年 --published 2025-03-12";
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

            PublishedDate? on = null;
            if (result.GetValue(published) is { } publishedText && !PublishedDate.TryParse(publishedText, out on, out string? publishedError))
            {
                error.WriteLine($"--published: {publishedError}");
                return CliApplication.UsageError;
            }

            PeriodOutput parsed = Run(result.GetValue(text)!, calendar, on);
            output.WriteLine(JsonSerializer.Serialize(parsed, CliJson.Context.PeriodOutput));
            return parsed.Ok ? CliApplication.Success : CliApplication.PartialFailure;
        });
        return command;
    }

    internal static PeriodOutput Run(string text, FiscalCalendar? calendar, PublishedDate? published = null)
    {
        ParseResult<ParsedPeriod> result = PeriodParser.Default.ParseRelativeTo(text, published, calendar);
        if (!result.TryGetValue(out ParsedPeriod? parsed))
        {
            ParseError e = result.Error!;
            return new PeriodOutput(text, false, null, null, null, null, null, new ErrorOutput(e.CodeName, ForTheCommandLine(e, text), e.Position));
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
            null,
            parsed.Resolution);
    }

    // The library's advice names its own API (FiscalCalendar, FiscalCalendarRegistry); on the command line the way
    // to give a calendar is @company or --fiscal-year-end.
    private static string ForTheCommandLine(ParseError error, string text)
    {
        if (error.Code != ParseErrorCode.UnknownFiscalCalendar)
        {
            return error.Message;
        }

        const string Unknown = "No fiscal calendar is known for ";
        return error.Message.StartsWith(Unknown, StringComparison.Ordinal) && error.Message.IndexOf(';', StringComparison.Ordinal) is int end and > 0
            ? error.Message[..end] + "; give the last day of its fiscal year with --fiscal-year-end MM-DD (e.g. 01-31)."
            : $"'{text.Trim()}' names no company, so its dates are unknown: name one (FY2024@alibaba) or give the last day of the fiscal year with --fiscal-year-end MM-DD (e.g. 03-31).";
    }
}
