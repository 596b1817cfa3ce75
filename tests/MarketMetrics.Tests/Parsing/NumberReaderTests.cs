using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

public class NumberReaderTests
{
    private static readonly string[] Digits =
        ["5", "536.7", "0.0008", "1200", "16.4", "0", "00.50", "7.90", "999999999999999999", "12345678901234567.891", "79228162514264337593543950335"];

    private static readonly string[] Magnitudes = ["", "万", "萬", "亿", "億", "万亿", "萬億", "億萬", "万万", "兆", "亿亿", "万 亿"];

    private static readonly string[] Tails = ["", "Tokens", "元", " ", "5", "五", "千", "点五", "點五", "几", "幾", "美元", "年", "萬", "%", " 万", "兆", "零", "两"];

    private static IEnumerable<string> Texts() =>
        from digits in Digits from magnitude in Magnitudes from tail in Tails select digits + magnitude + tail;

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

    [Fact]
    public void ReadChinese_AfterDigits_GivesWhatTheStateMachineGives()
    {
        // Every combination of digits, magnitudes and what follows them (2,508 texts), by both readers; one report.
        var differences = new List<string>();
        int shortPath = 0;
        foreach (string text in Texts())
        {
            ReadNumber first = NumberReader.ReadArabic(text, 0);
            if (first.Error is not null)
            {
                continue; // nothing to continue from: the parser reports the Arabic error itself
            }

            ReadNumber read = NumberReader.ReadChinese(text, 0, first, allowBareUnit: true);
            ReadNumber machine = NumberReader.ReadChineseNumeral(text, 0, first, allowBareUnit: true);
            shortPath += NumberReader.TryMagnitudeAfterDigits(text, first, out _) ? 1 : 0;
            if (read != machine || !decimal.GetBits(read.Value).AsSpan().SequenceEqual(decimal.GetBits(machine.Value)))
            {
                differences.Add($"{text}: {read} vs {machine}");
            }
        }

        differences.Should().BeEmpty("the short path must give the same digits at the same scale as the machine");
        shortPath.Should().BeGreaterThan(300, "the combinations must exercise the short path, not only the machine");
    }

    [Fact]
    public void ReadArabic_PlainDigits_GiveWhatTheFullReaderGives()
    {
        // Digits of every length around the 19 the quick reading takes, points, separators, exponents, powers and what may
        // stand after them, at the start and after a prefix, by both readers: value bits, end, error and message.
        string[] numbers =
        [
            "0", "5", "007", "50", ".5", ".08", "0.0", "4.800", "5.00", "1234567890123456789", "12345678901234567890", "9999999999999999999",
            "99999999999999999999", "1.234567890123456789", "123456789.0123456789", "0.0000000000000000001", "79228162514264337593543950335",
            "79228162514264337593543950336", "1,234", "1,234.5", "12,34", "1\u202F000", "1.2.3", "5.", "5..5", "1e5", "1E-3", "2.5e+2", "1e",
            "3x10^4", "3×10^4", "3*10^-2", "1.1^23", "2.5^-1", "2^", "10^2", "1,000,000", "1,00", "1,,000", "1.000,5",
        ];
        string[] tails = ["", "%", "万", "億", "Tokens", " ", "-", "/4", ",", ".", "e", "x", "^", "a", "5", "年", "元"];
        var differences = new List<string>();
        foreach (string number in numbers)
        {
            foreach (string tail in tails)
            {
                foreach (string prefix in new[] { "", "约", "$ " })
                {
                    string text = prefix + number + tail;
                    ReadNumber quick = NumberReader.ReadArabic(text, prefix.Length);
                    ReadNumber full = NumberReader.ReadArabicInFull(text, prefix.Length);
                    if (quick != full || !decimal.GetBits(quick.Value).AsSpan().SequenceEqual(decimal.GetBits(full.Value)))
                    {
                        differences.Add($"{text}: {quick} vs {full}");
                    }
                }
            }
        }

        differences.Should().BeEmpty("the quick reading of plain digits must give the same digits at the same scale, end and error as the full reader");
    }
}
