using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

public class NumberReaderTests
{
    private static readonly string[] Digits =
        ["5", "536.7", "0.0008", "1200", "16.4", "0", "00.50", "7.90", "999999999999999999", "12345678901234567.891", "79228162514264337593543950335"];

    private static readonly string[] Magnitudes = ["", "万", "萬", "亿", "億", "万亿", "萬億", "億萬", "万万", "兆", "亿亿", "万 亿"];

    private static readonly string[] Tails = ["", "Tokens", "元", " ", "5", "五", "千", "点五", "點五", "几", "幾", "美元", "年", "萬", "%", " 万", "兆", "零", "两"];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (string digits in Digits)
        {
            foreach (string magnitude in Magnitudes)
            {
                foreach (string tail in Tails)
                {
                    data.Add(digits + magnitude + tail);
                }
            }
        }

        return data;
    }

    [Fact]
    public void ReadChinese_DigitsAndOneMagnitude_AreReadWithoutTheStateMachine()
    {
        ReadNumber first = NumberReader.ReadArabic("536.7萬億Tokens", 0);

        NumberReader.TryMagnitudeAfterDigits("536.7萬億Tokens", first, out ReadNumber number).Should().BeTrue();
        number.Value.Should().Be(536_700_000_000_000m);
        number.ScaleText.Should().Be("萬億");
        number.End.Should().Be(7);
        NumberReader.TryMagnitudeAfterDigits("5萬3000", NumberReader.ReadArabic("5萬3000", 0), out _).Should().BeFalse("the numeral goes on");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadChinese_AfterDigits_GivesWhatTheStateMachineGives(string text)
    {
        ReadNumber first = NumberReader.ReadArabic(text, 0);
        if (first.Error is not null)
        {
            return; // nothing to continue from: the parser reports the Arabic error itself
        }

        ReadNumber read = NumberReader.ReadChinese(text, 0, first, allowBareUnit: true);
        ReadNumber machine = NumberReader.ReadChineseNumeral(text, 0, first, allowBareUnit: true);

        read.Should().Be(machine);
        decimal.GetBits(read.Value).Should().Equal(decimal.GetBits(machine.Value), "the same digits at the same scale");
    }
}
