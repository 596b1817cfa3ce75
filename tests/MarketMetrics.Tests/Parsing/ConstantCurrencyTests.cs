using CsCheck;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>Growth "in constant currency" is not the growth of the reported figure: refused wherever it is printed, not
/// read as plain growth with the words skipped.</summary>
public class ConstantCurrencyTests
{
    private static readonly string[] Forms =
    [
        "{0}% growth in constant currency", "up {0}% in constant currency", "+{0} % constant-currency", "{0}% at constant exchange rates",
        "按固定汇率计算增长{0}%", "按固定匯率增長{0}%", "按不变汇率同比增长{0}%",
    ];

    [Fact]
    public void ConstantCurrencyGrowth_IsRefusedWithItsReason_AndWithoutTheWordsIsRead()
    {
        Gen.Int[1, 400].SelectMany(n => Gen.Int[0, Forms.Length - 1].Select(f => (n, f))).Sample(c =>
        {
            string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Forms[c.f], c.n);
            ParseResult<Figure> result = QuantityParser.Default.Parse(text);
            result.Success.Should().BeFalse("'{0}' is growth in constant currency", text);
            result.Error!.Message.Should().Contain("constant", "the reason names what is not read");

            string plain = $"{c.n}% growth";
            QuantityParser.Default.Parse(plain).Value.Value.Should().Be(Interval.Exactly(c.n));
        }, iter: 300);
    }
}
