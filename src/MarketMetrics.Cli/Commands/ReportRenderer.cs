using System.Globalization;
using MarketMetrics.Analysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MarketMetrics.Cli.Commands;

/// <summary>Writes a <see cref="Report"/> as tables.</summary>
internal static class ReportRenderer
{
    private const int FindingsPerKind = 10;
    private const int VerdictRows = 100;
    private const int ItemsShown = 5;

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
        Table table = NewTable("Who leads, on which basis (口径)", "basis", "scope", "market", "period", "leads when", "first", "why");
        foreach (Leaderboard board in report.Boards)
        {
            Row(table, board.Basis.Name, board.Basis.Scope.ToString(), board.Market?.Id ?? "—", board.Period?.Label ?? "—",
                board.IsSingleClaim ? "own claim (rank 1)" : board.Direction == RankingDirection.LowerIsBetter ? "lower" : "higher",
                Shown(board.Leaders.Select(l => l.Subject).ToArray(), " = "), board.Explanation);
        }

        console.Write(table);
        console.Write(new Text(report.Summary + Environment.NewLine));
    }

    public static void Findings(IAnsiConsole console, Report report)
    {
        Table table = NewTable("Consistency findings", "kind", "records", "explanation");
        var shownPerKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Finding f in report.Findings)
        {
            int shown = shownPerKind.GetValueOrDefault(f.Kind);
            shownPerKind[f.Kind] = shown + 1;
            if (shown < FindingsPerKind)
            {
                Row(table, f.Kind, Shown(f.Records, ", "), f.Explanation);
            }
        }

        foreach ((string kind, int count) in shownPerKind)
        {
            if (count > FindingsPerKind)
            {
                Row(table, kind, "…", string.Create(CultureInfo.InvariantCulture, $"{count - FindingsPerKind:N0} more of this kind; --format json lists all."));
            }
        }

        if (report.Findings.Count == 0)
        {
            Row(table, "—", "—", "No records clash.");
        }

        console.Write(table);
        if (report.Analysis.Passed.Count > 0)
        {
            Table passed = NewTable("Checks passed", "check", "records", "what was checked");
            foreach (Finding f in report.Analysis.Passed.Take(FindingsPerKind * 2))
            {
                Row(passed, f.Kind, Shown(f.Records, ", "), f.Explanation);
            }

            if (report.Analysis.Passed.Count > FindingsPerKind * 2)
            {
                Row(passed, "…", "…", string.Create(CultureInfo.InvariantCulture, $"{report.Analysis.Passed.Count - (FindingsPerKind * 2):N0} more; --format json lists all."));
            }

            console.Write(passed);
        }
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
        Table table = NewTable("Which pairs may be compared (same dimension and market)", "first", "second", "verdict", "reasons");
        int shown = 0;
        foreach ((ComparableRecord first, ComparableRecord second) in report.Groups.Pairs())
        {
            if (shown == VerdictRows)
            {
                break;
            }

            ComparabilityVerdict v = Comparability.Compare(first, second);
            if (v.Kind != ComparabilityKind.NotComparable || first.Basis.Id == second.Basis.Id)
            {
                Row(table, first.Id, second.Id, v.Kind.ToString(), string.Join(", ", v.Reasons.Select(r => r.Code)));
                shown++;
            }
        }

        console.Write(table);
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"{report.Groups.PairCount:N0} pairs within {report.Groups.Count:N0} candidate groups; shown: {shown} on one basis or comparable. Others: --pair <a> <b>, or --pairs all (JSON Lines).{Environment.NewLine}")));
    }

    private static string Shown(IReadOnlyList<string> items, string separator) =>
        items.Count <= ItemsShown ? string.Join(separator, items)
        : string.Join(separator, items.Take(ItemsShown)) + string.Create(CultureInfo.InvariantCulture, $" (+{items.Count - ItemsShown:N0})");

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
