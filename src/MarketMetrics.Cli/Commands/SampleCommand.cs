using System.CommandLine;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics sample claims</c>: the sample claims file shipped inside the tool, on standard output.</summary>
internal static class SampleCommand
{
    public static Command Create(TextWriter output)
    {
        var claims = new Command("claims", "Write the sample claims CSV (every figure of the September 2025 article) to standard output."
            + Environment.NewLine + "Examples:" + Environment.NewLine + "  marketmetrics sample claims > claims.csv");
        claims.SetAction(_ =>
        {
            using Stream stream = typeof(SampleCommand).Assembly.GetManifestResourceStream("MarketMetrics.Cli.seed-claims.csv")
                ?? throw new InvalidOperationException("The sample claims file is missing from the tool.");
            using var reader = new StreamReader(stream);
            output.Write(reader.ReadToEnd());
            return CliApplication.Success;
        });
        return new Command("sample", "Write a sample input file, to try the other commands on.") { claims };
    }
}
