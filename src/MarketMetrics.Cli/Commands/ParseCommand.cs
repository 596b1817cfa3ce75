using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MarketMetrics.Cli.Json;
using MarketMetrics.Parsing;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics parse</c>: one figure as printed → one JSON object; <c>--stdin</c>: JSON Lines, one per input line.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextReader input)
    {
        var text = new Argument<string?>("text") { Description = "The figure as printed, e.g. \"超5000億Tokens\".", Arity = ArgumentArity.ZeroOrOne };
        var stdin = new Option<bool>("--stdin") { Description = "Read one figure per line from standard input and write one JSON object per line (JSON Lines)." };
        var command = new Command("parse", "Parse a figure as printed into an exact interval, qualifier and canonical unit (JSON).")
        {
            text,
            stdin,
        };
        command.Description += Environment.NewLine + "Examples:" + Environment.NewLine
            + "  marketmetrics parse \"0.0008元/千Tokens\"" + Environment.NewLine
            + "  printf '超800億元\\n20-40ms\\n' | marketmetrics parse --stdin";
        command.SetAction(result =>
        {
            string? value = result.GetValue(text);
            bool fromStdin = result.GetValue(stdin);
            if (fromStdin == (value is not null))
            {
                error.WriteLine("Give either one text argument or --stdin.");
                return CliApplication.UsageError;
            }

            if (value is not null)
            {
                ParseOutput single = Run(value);
                output.WriteLine(JsonSerializer.Serialize(single, CliJson.Context.ParseOutput));
                return single.Ok ? CliApplication.Success : CliApplication.PartialFailure;
            }

            bool allOk = true;
            foreach (string line in Lines(input))
            {
                ParseOutput parsed = Run(line);
                allOk &= parsed.Ok;
                output.WriteLine(JsonSerializer.Serialize(parsed, CliJson.Context.ParseOutput));
            }

            return allOk ? CliApplication.Success : CliApplication.PartialFailure;
        });
        return command;
    }

    // Lines ended by LF or CR LF; a CR elsewhere is part of the text (TextReader.ReadLine would end a line there too).
    internal static IEnumerable<string> Lines(TextReader input)
    {
        char[] buffer = new char[4096];
        var line = new StringBuilder();
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = Array.IndexOf(buffer, '\n', 0, n); i >= 0; i = Array.IndexOf(buffer, '\n', start, n - start))
            {
                line.Append(buffer, start, i - start);
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                yield return line.ToString();
                line.Clear();
                start = i + 1;
            }

            line.Append(buffer, start, n - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    internal static ParseOutput Run(string text)
    {
        ParseResult<Figure> result = QuantityParser.Default.Parse(text);
        if (!result.TryGetValue(out Figure? figure))
        {
            ParseError e = result.Error!;
            return new ParseOutput(text, false, null, false, null, false, null, null, null, new ErrorOutput(e.CodeName, e.Message, e.Position));
        }

        Figure canonical;
        try
        {
            canonical = figure.ToCanonical();
        }
        catch (OverflowException)
        {
            return new ParseOutput(text, false, null, false, null, false, null, null, null,
                new ErrorOutput(ParseErrorCodes.ToName(ParseErrorCode.Overflow), "The figure in its canonical unit is beyond the range of decimal.", 0));
        }

        Interval value = canonical.Value;
        return new ParseOutput(
            text,
            true,
            value.Low.ValueOrNull,
            value.Low.IsInclusive,
            value.High.ValueOrNull,
            value.High.IsInclusive,
            ContractNames.Of(figure.Qualifier),
            canonical.Unit.Symbol,
            figure.Scale?.Text,
            null)
        {
            UnitAsPrinted = figure.Unit.Symbol,
            Modifiers = ContractNames.Of(figure.Modifiers),
            Printed = figure.Text,
            Start = figure.Text is null ? null : text.IndexOf(figure.Text, StringComparison.Ordinal),
            Length = figure.Text?.Length,
        };
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
