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

    /// <summary>Below this width tables keep their first columns and the rest is stacked or written under the table.</summary>
    public const int NarrowWidth = 100;

    /// <summary>The width of output that is not a terminal, unless <c>COLUMNS</c> says otherwise.</summary>
    public const int RedirectedWidth = 140;

    /// <summary>A console on <paramref name="output"/>: the terminal's own width when it is one, else
    /// <paramref name="width"/>, <c>COLUMNS</c> or <see cref="RedirectedWidth"/>.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter output, int? width = null)
    {
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (width is { } w)
        {
            console.Profile.Width = w;
        }
        else if (!terminal)
        {
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns >= 40
                ? columns : RedirectedWidth;
        }

        return console;
    }

    private static bool Narrow(IAnsiConsole console) => console.Profile.Width < NarrowWidth;

    public static void Records(IAnsiConsole console, Report report, FigureDisplay display)
    {
        bool narrow = Narrow(console);
        foreach (IGrouping<string, ComparableRecord> basis in report.Records.Where(r => r.Status != FigureStatus.Derived).GroupBy(r => r.Basis.Name))
        {
            Table table = narrow
                ? NewTable($"Records on: {basis.Key}", "id", "subject", "value", "period")
                : NewTable($"Records on: {basis.Key}", "id", "subject", "value", "period", "aggregation", "market", "status", "as printed");
            foreach (ComparableRecord r in basis)
            {
                string value = display.Format(r.Value);
                if (narrow)
                {
                    // The printed text goes under the value: the columns an analyst scans first stay on one line.
                    Row(table, r.Id, r.Subject + Under(r.Market?.Id), value + Under(r.Claim.Figure.Text), r.Period?.Label ?? "—");
                }
                else
                {
                    Row(table, r.Id, r.Subject, value, r.Period?.Label ?? "—",
                        ContractNames.Of(r.Aggregation), r.Market?.Id ?? "—", r.Status.ToString().ToLowerInvariant(), r.Claim.Figure.Text ?? string.Empty);
                }
            }

            console.Write(table);
        }

        if (report.Failures.Count > 0)
        {
            Table failures = narrow ? NewTable("Claims not normalized", "#", "claim", "code") : NewTable("Claims not normalized", "claim", "code", "why");
            var notes = new List<string>();
            foreach (Normalization.NormalizationFailure f in report.Failures)
            {
                if (narrow)
                {
                    notes.Add(f.Message);
                    Row(failures, Note(notes.Count), f.Claim.Id, f.Code);
                }
                else
                {
                    Row(failures, f.Claim.Id, f.Code, f.Message);
                }
            }

            console.Write(failures);
            Paragraphs(console, notes);
        }
    }

    public static void Leaders(IAnsiConsole console, Report report, FigureDisplay display)
    {
        bool narrow = Narrow(console);
        const string Title = "Who leads, on which basis (口径)";
        Table table = narrow ? NewTable(Title, "#", "basis", "leader", "value", "period")
            : NewTable(Title, "basis", "scope", "market", "period", "leads when", "leader", "value", "why");
        var notes = new List<string>();
        foreach (Leaderboard board in report.Boards)
        {
            string leadsWhen = board.IsSingleClaim ? "own claim (rank 1)" : board.Direction == RankingDirection.LowerIsBetter ? "lower" : "higher";
            string first = Shown(board.Leaders.Select(l => l.Subject).ToArray(), " = ");
            string value = board.Leaders.Count > 0 ? display.Format(board.Leaders[0].Record.Value) : "—";
            if (narrow)
            {
                notes.Add(board.Explanation);
                Row(table, Note(notes.Count), board.Basis.Name, first, value, (board.Period?.Label ?? "—") + Under(board.Market?.Id));
            }
            else
            {
                Row(table, board.Basis.Name, board.Basis.Scope.ToString(), board.Market?.Id ?? "—", board.Period?.Label ?? "—", leadsWhen, first, value, board.Explanation);
            }
        }

        console.Write(table);
        Paragraphs(console, notes);
        console.Write(new Text(report.Summary + Environment.NewLine));
    }

    public static void Findings(IAnsiConsole console, Report report)
    {
        bool narrow = Narrow(console);
        Table table = narrow ? NewTable("Consistency findings", "#", "kind", "records") : NewTable("Consistency findings", "kind", "records", "explanation");
        var notes = new List<string>();
        var shownPerKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Finding f in report.Findings)
        {
            int shown = shownPerKind.GetValueOrDefault(f.Kind);
            shownPerKind[f.Kind] = shown + 1;
            if (shown < FindingsPerKind)
            {
                Explained(table, notes, narrow, f.Kind, Shown(f.Records, ", "), f.Explanation);
            }
        }

        foreach ((string kind, int count) in shownPerKind)
        {
            if (count > FindingsPerKind)
            {
                Explained(table, notes, narrow, kind, "…", string.Create(CultureInfo.InvariantCulture, $"{count - FindingsPerKind:N0} more of this kind; --format json lists all."));
            }
        }

        if (report.Findings.Count == 0)
        {
            Explained(table, notes, narrow, "—", "—", "No records clash.");
        }

        console.Write(table);
        Paragraphs(console, notes);
        if (report.Analysis.Passed.Count > 0)
        {
            Table passed = narrow ? NewTable("Checks passed", "#", "check", "records") : NewTable("Checks passed", "check", "records", "what was checked");
            var checks = new List<string>();
            foreach (Finding f in report.Analysis.Passed.Take(FindingsPerKind * 2))
            {
                Explained(passed, checks, narrow, f.Kind, Shown(f.Records, ", "), f.Explanation);
            }

            if (report.Analysis.Passed.Count > FindingsPerKind * 2)
            {
                Explained(passed, checks, narrow, "…", "…", string.Create(CultureInfo.InvariantCulture, $"{report.Analysis.Passed.Count - (FindingsPerKind * 2):N0} more; --format json lists all."));
            }

            console.Write(passed);
            Paragraphs(console, checks);
        }
    }

    public static void Derived(IAnsiConsole console, Report report, FigureDisplay display)
    {
        bool narrow = Narrow(console);
        Table table = narrow ? NewTable("Derived estimates", "#", "id", "value", "period")
            : NewTable("Derived estimates", "id", "value", "period", "formula", "inputs", "assumptions / refusal");
        var notes = new List<string>();
        foreach (EstimateResult estimate in report.Derived)
        {
            if (estimate.Record is { } r)
            {
                string assumptions = string.Join(" ", r.Assumptions.Concat(r.Warnings).Select(n => n.Message));
                if (narrow)
                {
                    notes.Add($"{r.Formula} ({string.Join(", ", r.Inputs)}). {assumptions}".TrimEnd());
                    Row(table, Note(notes.Count), r.Id, display.Format(r.Value), r.Period?.Label ?? "—");
                }
                else
                {
                    Row(table, r.Id, display.Format(r.Value), r.Period?.Label ?? "—", r.Formula ?? string.Empty, string.Join(", ", r.Inputs), assumptions);
                }
            }
            else if (narrow)
            {
                notes.Add($"{estimate.RefusalCode}: {estimate.Refusal}");
                Row(table, Note(notes.Count), "(refused)", "—", "—");
            }
            else
            {
                Row(table, "(refused)", "—", "—", "—", "—", $"{estimate.RefusalCode}: {estimate.Refusal}");
            }
        }

        console.Write(table);
        Paragraphs(console, notes);
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

    private static void Explained(Table table, List<string> notes, bool narrow, string kind, string records, string explanation)
    {
        if (narrow)
        {
            notes.Add(explanation);
            Row(table, Note(notes.Count), kind, records);
        }
        else
        {
            Row(table, kind, records, explanation);
        }
    }

    private static string Note(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Under(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Environment.NewLine + text;

    // Explanations too long for a narrow table: numbered paragraphs the console wraps at its width.
    private static void Paragraphs(IAnsiConsole console, List<string> notes)
    {
        for (int i = 0; i < notes.Count; i++)
        {
            console.Write(new Text(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] {notes[i]}{Environment.NewLine}")));
        }
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
            table.AddColumn(column is "id" or "first" or "second" or "claim" or "#" or "value" ? tableColumn.NoWrap() : tableColumn);
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
}
