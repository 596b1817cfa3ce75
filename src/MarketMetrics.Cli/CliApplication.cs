using System.CommandLine;
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
        RootCommand root = Build(output, error, input);
        ParseResult parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    internal static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    private static RootCommand Build(TextWriter output, TextWriter error, TextReader input)
    {
        var root = new RootCommand("MarketMetrics: make vendor claims about cloud and AI-cloud markets comparable.");
        root.Subcommands.Add(DemoCommand.CreateDemo(output, error));
        root.Subcommands.Add(DemoCommand.CreateCompare(output, error));
        root.Subcommands.Add(BasesCommand.Create(output));
        root.Subcommands.Add(NormalizeCommand.Create(output, error));
        root.Subcommands.Add(ParseCommand.Create(output, error, input));
        root.Subcommands.Add(PeriodCommand.Create(output, error));
        return root;
    }
}
