using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MarketMetrics.Cli.Tests;

/// <summary>The tool's own process: standard input and output are UTF-8 whatever the locale.</summary>
public class StandardStreamsTests
{
    private static (int Exit, byte[] Output) RunTool(byte[] stdin, string locale, params string[] args)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "MarketMetrics.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = locale;
        start.Environment["LANG"] = locale;
        using Process process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("the tool ends");
        copy.Wait();
        return (process.ExitCode, output.ToArray());
    }

    [Theory]
    [InlineData("en_US.ISO-8859-1")]
    [InlineData("C")]
    [InlineData("zh_CN.GB18030")]
    public void ParseStdin_UnderAnyLocale_ReadsAndWritesUtf8(string locale)
    {
        (int exit, byte[] output) = RunTool(Encoding.UTF8.GetBytes("超5000億Tokens\n0.0008元/千Tokens\n"), locale, "parse", "--stdin");

        exit.Should().Be(CliApplication.Success);
        string[] lines = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("input").GetString().Should().Be("超5000億Tokens");
        first.RootElement.GetProperty("low").GetDecimal().Should().Be(500_000_000_000m);
        first.RootElement.GetProperty("scale").GetString().Should().Be("億");
    }
}
