namespace MarketMetrics.Cli.Tests;

public class CliApplicationTests
{
    [Fact]
    public void Run_Demo_ListsItselfAmongTheCommands()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = CliApplication.Run(["demo"], output, error, TextReader.Null);

        exit.Should().Be(CliApplication.Success);
        output.ToString().Should().Contain("demo").And.StartWith("marketmetrics ");
        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_UnknownCommand_ExitsNonZeroAndSaysWhy()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = CliApplication.Run(["no-such-command"], output, error, TextReader.Null);

        exit.Should().NotBe(CliApplication.Success);
        error.ToString().Should().Contain("no-such-command");
    }
}
