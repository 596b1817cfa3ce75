using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using MarketMetrics.Cli.Commands;

namespace MarketMetrics.Cli;

/// <summary>Builds the <c>marketmetrics</c> command tree and runs it against explicit streams.</summary>
internal static class CliApplication
{
    /// <summary>Exit code: the command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Exit code: unusable input or arguments.</summary>
    public const int UsageError = 1;

    /// <summary>Exit code: the command ran, but some inputs were rejected.</summary>
    public const int PartialFailure = 2;

    /// <summary>Runs the command line; never writes to the process console directly.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        Command root = Build(output, error, input);
        ParseResult parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    internal static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    private static Command Build(TextWriter output, TextWriter error, TextReader input)
    {
        // Named for the installed command, not for the process (a tool runs as "dotnet MarketMetrics.Cli.dll").
        var root = new Command("marketmetrics", "MarketMetrics: make vendor claims about cloud and AI-cloud markets comparable.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(DemoCommand.CreateDemo(output, error));
        root.Subcommands.Add(DemoCommand.CreateCompare(output, error));
        root.Subcommands.Add(BasesCommand.Create(output));
        root.Subcommands.Add(NormalizeCommand.Create(output, error));
        root.Subcommands.Add(ExtractCommand.Create(output, error, input));
        root.Subcommands.Add(ParseCommand.Create(output, error, input));
        root.Subcommands.Add(PeriodCommand.Create(output, error));
        root.Subcommands.Add(MarketsCommand.Create(output));
        root.Subcommands.Add(SampleCommand.Create(output));
        return root;
    }
}
