using System.Text.Json;

namespace MarketMetrics.Cli.Tests;

public class ParseCommandTests
{
    private static (int Exit, string Output, string Error) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        int exit = CliApplication.Run(args, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Parse_OneText_PrintsTheContractObject()
    {
        (int exit, string output, _) = Run(string.Empty, "parse", "超5000億Tokens");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        root.GetProperty("input").GetString().Should().Be("超5000億Tokens");
        root.GetProperty("ok").GetBoolean().Should().BeTrue();
        root.GetProperty("low").GetDecimal().Should().Be(500_000_000_000m);
        root.GetProperty("lowInclusive").GetBoolean().Should().BeFalse();
        root.GetProperty("high").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("qualifier").GetString().Should().Be("over");
        root.GetProperty("unit").GetString().Should().Be("token");
        root.GetProperty("scale").GetString().Should().Be("億");
        root.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        output.Should().Contain("超5000億Tokens", "CJK text is written unescaped");
    }

    [Fact]
    public void Parse_Stdin_EndsLinesAtLfAndCrLfOnly_ACrInsideALineIsText()
    {
        (_, string output, _) = Run("20\r40ms\r\n超5000億Tokens\n5億元", "parse", "--stdin");

        string[] written = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        written.Should().HaveCount(3);
        using JsonDocument first = JsonDocument.Parse(written[0]);
        first.RootElement.GetProperty("input").GetString().Should().Be("20\r40ms");
        using JsonDocument second = JsonDocument.Parse(written[1]);
        second.RootElement.GetProperty("input").GetString().Should().Be("超5000億Tokens");
        second.RootElement.GetProperty("ok").GetBoolean().Should().BeTrue();
        using JsonDocument third = JsonDocument.Parse(written[2]);
        third.RootElement.GetProperty("low").GetDecimal().Should().Be(500_000_000m);
    }

    [Fact]
    public void Parse_Stdin_WritesOneLinePerInputLine_InOrder_FailuresIncluded()
    {
        string[] lines = ["0.0008元/千Tokens", "", "超", "20-40ms", "46.4% and 17.7%"];

        (int exit, string output, _) = Run(string.Join('\n', lines) + "\n", "parse", "--stdin");

        exit.Should().Be(CliApplication.PartialFailure);
        string[] written = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        written.Should().HaveCount(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using JsonDocument json = JsonDocument.Parse(written[i]);
            json.RootElement.GetProperty("input").GetString().Should().Be(lines[i]);
        }

        using JsonDocument price = JsonDocument.Parse(written[0]);
        price.RootElement.GetProperty("low").GetDecimal().Should().Be(0.0000008m);
        price.RootElement.GetProperty("unit").GetString().Should().Be("CNY/token");
        using JsonDocument ambiguous = JsonDocument.Parse(written[4]);
        ambiguous.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("ambiguous");
        ambiguous.RootElement.GetProperty("error").GetProperty("position").GetInt32().Should().Be(10);
    }

    [Fact]
    public void Parse_NeitherTextNorStdin_IsAUsageError()
    {
        (int exit, _, string error) = Run(string.Empty, "parse");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("--stdin");
    }

    [Fact]
    public void Period_H1_2025_PrintsDatesDaysAndKind()
    {
        (int exit, string output, _) = Run(string.Empty, "period", "2025上半年");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("start").GetString().Should().Be("2025-01-01");
        json.RootElement.GetProperty("end").GetString().Should().Be("2025-07-01");
        json.RootElement.GetProperty("days").GetInt32().Should().Be(181);
        json.RootElement.GetProperty("kind").GetString().Should().Be("half");
    }

    [Fact]
    public void Period_FiscalYearEndOption_ResolvesAFiscalYearWithoutCompany()
    {
        (int exit, string output, _) = Run(string.Empty, "period", "FY2024", "--fiscal-year-end", "03-31");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("start").GetString().Should().Be("2023-04-01");
        json.RootElement.GetProperty("end").GetString().Should().Be("2024-04-01");
    }

    [Fact]
    public void Period_BadFiscalYearEnd_IsAUsageError()
    {
        (int exit, _, string error) = Run(string.Empty, "period", "FY2024", "--fiscal-year-end", "02-30");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("MM-DD");
    }

    [Fact]
    public void Period_RelativeWithPublished_PrintsTheResolution()
    {
        (int exit, string output, _) = Run(string.Empty, "period", "去年", "--published", "2025-03-12");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("start").GetString().Should().Be("2024-01-01");
        json.RootElement.GetProperty("end").GetString().Should().Be("2025-01-01");
        json.RootElement.GetProperty("resolution").GetString().Should().Be("去年 → 2024 from published 2025-03-12");
    }

    [Fact]
    public void Period_RelativeWithoutPublished_SaysItNeedsTheDate()
    {
        (int exit, string output, _) = Run(string.Empty, "period", "上季度");

        exit.Should().Be(CliApplication.PartialFailure);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("needs-published-date");
    }

    [Fact]
    public void Period_FiscalQuarter_IsTheQuarter()
    {
        (int exit, string output, _) = Run(string.Empty, "period", "FY25 Q3@microsoft");

        exit.Should().Be(CliApplication.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("start").GetString().Should().Be("2025-01-01");
        json.RootElement.GetProperty("end").GetString().Should().Be("2025-04-01");
        json.RootElement.GetProperty("kind").GetString().Should().Be("fiscal-quarter");
    }
}
