using System.Globalization;
using MarketMetrics.Analysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MarketMetrics.Cli.Commands;

/// <summary>Writes a <see cref="Report"/> as tables.</summary>
internal static class ReportRenderer
{
    public static IAnsiConsole ConsoleFor(TextWriter output)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        return console;
    }

    public static void Records(IAnsiConsole console, Report report)
    {
        foreach (IGrouping<string, ComparableRecord> basis in report.Records.Where(r => r.Status != FigureStatus.Derived).GroupBy(r => r.Basis.Name))
        {
            Table table = NewTable($"Records on: {basis.Key}", "id", "subject", "value (canonical)", "unit", "qualifier", "period", "aggregation", "market", "status", "as printed");
            foreach (ComparableRecord r in basis)
            {
                Row(table, r.Id, r.Subject, r.Value.Value.ToString(), r.Value.Unit.Symbol, ContractNames.Of(r.Value.Qualifier), r.Period?.Label ?? "—",
                    ContractNames.Of(r.Aggregation), r.Market?.Id ?? "—", r.Status.ToString().ToLowerInvariant(), r.Claim.Figure.Text ?? string.Empty);
            }

            console.Write(table);
        }

        if (report.Failures.Count > 0)
        {
            Table failures = NewTable("Claims not normalized", "claim", "code", "why");
            foreach (Normalization.NormalizationFailure f in report.Failures)
            {
                Row(failures, f.Claim.Id, f.Code, f.Message);
            }

            console.Write(failures);
        }
    }

    public static void Leaders(IAnsiConsole console, Report report)
    {
        Table table = NewTable("Who leads, on which basis (口径)", "basis", "scope", "market", "period", "first", "why");
        foreach (Leaderboard board in report.Boards)
        {
            Row(table, board.Basis.Name, board.Basis.Scope.ToString(), board.Market?.Id ?? "—", board.Period?.Label ?? "—",
                string.Join(" = ", board.Leaders.Select(l => l.Subject)), board.Explanation);
        }

        console.Write(table);
        console.Write(new Text(report.Summary + Environment.NewLine));
    }

    public static void Findings(IAnsiConsole console, Report report)
    {
        Table table = NewTable("Consistency findings", "kind", "records", "explanation");
        foreach (Finding f in report.Findings)
        {
            Row(table, f.Kind, string.Join(", ", f.Records), f.Explanation);
        }

        if (report.Findings.Count == 0)
        {
            Row(table, "—", "—", "No records clash.");
        }

        console.Write(table);
    }

    public static void Derived(IAnsiConsole console, Report report)
    {
        Table table = NewTable("Derived estimates", "id", "value", "unit", "period", "formula", "inputs", "assumptions / refusal");
        foreach (EstimateResult estimate in report.Derived)
        {
            if (estimate.Record is { } r)
            {
                Row(table, r.Id, r.Value.Value.ToString("G", CultureInfo.InvariantCulture), r.Value.Unit.Symbol, r.Period?.Label ?? "—", r.Formula ?? string.Empty,
                    string.Join(", ", r.Inputs), string.Join(" ", r.Assumptions.Concat(r.Warnings).Select(n => n.Message)));
            }
            else
            {
                Row(table, "(refused)", "—", "—", "—", "—", "—", $"{estimate.RefusalCode}: {estimate.Refusal}");
            }
        }

        console.Write(table);
    }

    public static void Verdicts(IAnsiConsole console, Report report)
    {
        ComparableRecord[] reported = [.. report.Records.Where(r => r.Status != FigureStatus.Derived)];
        Table table = NewTable("Which pairs may be compared", "first", "second", "verdict", "reasons");
        for (int i = 0; i < reported.Length; i++)
        {
            for (int j = i + 1; j < reported.Length; j++)
            {
                ComparabilityVerdict v = Comparability.Compare(reported[i], reported[j]);
                if (v.Kind != ComparabilityKind.NotComparable || reported[i].Basis.Id == reported[j].Basis.Id)
                {
                    Row(table, reported[i].Id, reported[j].Id, v.Kind.ToString(), string.Join(", ", v.Reasons.Select(r => r.Code)));
                }
            }
        }

        console.Write(table);
        int pairs = reported.Length * (reported.Length - 1) / 2;
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture, $"{pairs} pairs; shown: every pair on one basis and every comparable pair. --format json lists all.{Environment.NewLine}")));
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
        foreach (string column in columns)
        {
            var tableColumn = new TableColumn(new Text(column));
            table.AddColumn(column is "id" or "first" or "second" or "claim" ? tableColumn.NoWrap() : tableColumn);
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
}
