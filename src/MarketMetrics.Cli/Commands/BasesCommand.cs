using System.CommandLine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics bases</c>: the basis taxonomy with scope flags.</summary>
internal static class BasesCommand
{
    private static readonly string[] Columns = ["id", "name", "scope", "dimensions", "what it counts"];

    public static Command Create(TextWriter output)
    {
        var command = new Command("bases", "List the statistical bases (口径) the library knows, with their scope and dimensions." + Environment.NewLine + "Examples:" + Environment.NewLine + "  marketmetrics bases");
        command.SetAction(_ =>
        {
            IAnsiConsole console = ReportRenderer.ConsoleFor(output);
            var table = new Table { Title = new TableTitle("Bases (口径)"), Border = TableBorder.Rounded };
            foreach (string column in Columns)
            {
                var tableColumn = new TableColumn(new Text(column));
                table.AddColumn(column is "id" or "scope" ? tableColumn.NoWrap() : tableColumn);
            }

            foreach (MetricBasis basis in MetricBasisRegistry.Default.Bases)
            {
                table.AddRow(new IRenderable[]
                {
                    new Text(basis.Id), new Text(basis.Name), new Text(basis.Scope.ToString().Replace(";", Environment.NewLine, StringComparison.Ordinal)),
                    new Text(string.Join(", ", basis.Dimensions.Select(d => d.Id))), new Text(basis.Description),
                });
            }

            console.Write(table);
            return CliApplication.Success;
        });
        return command;
    }
}
