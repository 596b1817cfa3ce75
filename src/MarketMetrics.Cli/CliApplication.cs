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
        var demo = new Command("demo", "Normalise the built-in dataset (the September 2025 AI-cloud article) and show what can be compared.");
        demo.SetAction(_ =>
        {
            output.WriteLine($"marketmetrics {Version}");
            output.WriteLine("Commands:");
            foreach (Command command in root.Subcommands)
            {
                output.WriteLine($"  {command.Name,-10} {command.Description}");
            }

            return Success;
        });
        root.Subcommands.Add(demo);
        root.Subcommands.Add(ParseCommand.Create(output, error, input));
        root.Subcommands.Add(PeriodCommand.Create(output, error));
        return root;
    }
}
