using System.CommandLine;
using Spectre.Console;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics markets</c>: the market ids the claims file's <c>market</c> column may name.</summary>
internal static class MarketsCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("markets", "List the markets a claims file's market column may name." + Environment.NewLine + "Examples:" + Environment.NewLine + "  marketmetrics markets");
        command.SetAction(_ =>
        {
            IAnsiConsole console = ReportRenderer.ConsoleFor(output);
            var table = new Table { Title = new TableTitle("Markets"), Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn(new Text("id")).NoWrap());
            table.AddColumn("name");
            table.AddColumn("region");
            foreach (Market market in Market.WellKnown)
            {
                table.AddRow(new Text(market.Id), new Text(market.Name), new Text(market.Region));
            }

            console.Write(table);
            return CliApplication.Success;
        });
        return command;
    }
}
