using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>Real published figures (Parsing/Data/real-figures.tsv, with the page each was read on): none crashes the
/// parser, and the ones that a skipping parser read wrong now read as their sentence says, or fail.</summary>
public class RealFigureTests
{
    private static readonly Dictionary<string, (string Expression, string Meaning)> Rows = Load();

    private static Dictionary<string, (string, string)> Load()
    {
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Parsing", "Data", "real-figures.tsv")).Skip(1))
        {
            string[] fields = line.Split('\t');
            rows[fields[0]] = (fields[1], fields[3]);
        }

        return rows;
    }

    [Fact]
    public void EveryRealFigure_ParsesOrFailsWithACodeAndAPlace()
    {
        Rows.Should().HaveCount(798);
        int parsed = 0;
        foreach ((string id, (string expression, _)) in Rows)
        {
            ParseResult<Figure> result = QuantityParser.Default.Parse(expression);
            if (result.Error is { } error)
            {
                error.Position.Should().BeInRange(0, expression.Length, "{0} '{1}'", id, expression);
                error.Message.Should().NotBeNullOrWhiteSpace();
            }
            else
            {
                parsed++;
                result.Value.Text.Should().NotBeNullOrEmpty();
                expression.Should().Contain(result.Value.Text!.Trim(), "{0}: the printed text is part of the input", id);
            }
        }

        parsed.Should().BeGreaterThan(400, "most real figures are read");
    }

    // Rows a parser that skips words it does not know read with a wrong value, sign, bound or unit: the expected reading
    // (low, high in the unit as printed, qualifier, modifiers) follows the row's own `meaning`; "refused" means a clear error.
    [Theory]
    [InlineData("F0036", "-84.6|-84.6|exact|%|change,decrease")]
    [InlineData("F0078", "-99|-99|exact|%|change,decrease")]
    [InlineData("F0090", "-99.3|-99.3|exact|%|change,decrease")]
    [InlineData("F0668", "-4|-4|exact|%|change,decrease")]
    [InlineData("F0698", "-∞|-5|under|%|change,decrease")]
    [InlineData("F0700", "-5.38|-5.38|exact|%|change,decrease")]
    [InlineData("F0336", "36000000000|36000000000|exact|USD|change")]
    [InlineData("F0403", "4|+∞|over|%|change")]
    [InlineData("F0601", "9|+∞|over|%|change")]
    [InlineData("F0478", "32.1|32.1|exact|%|change")]
    [InlineData("F0590", "16|16|exact|pp|change")]
    [InlineData("F0210", "37000000000000|37000000000000|exact|token|")]
    [InlineData("F0184", "17.7|17.7|exact|%|")]
    [InlineData("F0205", "25|25|exact|%|")]
    [InlineData("F0520", "-∞|4|nearly|x|")]
    [InlineData("F0556", "1300000|+∞|over|USD|")]
    [InlineData("F0790", "1500000000000|+∞|over|USD|")]
    [InlineData("F0455", "-90|+∞|at-least|%|change,decrease")]
    [InlineData("F0456", "-90|+∞|at-least|%|change,decrease")]
    [InlineData("F0339", "4|5|range|%|approximate-bound")]
    [InlineData("F0773", "10|12|range|%|approximate-bound")]
    [InlineData("F0525", "25|25|about|%|")]
    [InlineData("F0270", "5|5|exact|x|")]
    [InlineData("F0055", "refused")]
    [InlineData("F0500", "refused")]
    [InlineData("F0597", "refused")]
    [InlineData("F0614", "refused")]
    [InlineData("F0618", "refused")]
    [InlineData("F0701", "refused")]
    [InlineData("F0527", "refused")]
    public void ReviewedRealFigure_ReadsAsItsSentenceSays(string id, string expected)
    {
        (string expression, string meaning) = Rows[id];
        ParseResult<Figure> result = QuantityParser.Default.Parse(expression);

        string actual = result.TryGetValue(out Figure? f)
            ? string.Join('|', End(f.Value.Low, "-∞"), End(f.Value.High, "+∞"), ContractNames.Of(f.Qualifier), f.Unit.Symbol, string.Join(',', ContractNames.Of(f.Modifiers)))
            : "refused";
        actual.Should().Be(expected, "{0} '{1}' states: {2}", id, expression, meaning);
    }

    private static string End(MarketMetrics.Bound bound, string infinity) =>
        bound.IsUnbounded ? infinity : (bound.Value / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
