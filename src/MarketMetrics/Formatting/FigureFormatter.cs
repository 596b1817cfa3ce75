using System.Globalization;
using System.Text;

namespace MarketMetrics.Formatting;

/// <summary>
/// Writes a <see cref="Figure"/> as people print it — "超5000亿tokens", "约4.29亿元", "0.8元/百万tokens", "下降5%",
/// "over 500 billion tokens", "$0.28 per 1M input tokens" — the inverse of <see cref="Parsing.QuantityParser"/>.
/// </summary>
/// <remarks>
/// <para>With <see cref="FigureFormatOptions.SignificantDigits"/> unset the text is exact: the parser reads it back to the
/// same interval, unit, qualifier and modifiers (a generated test checks this over thousands of figures). Rounding for
/// display is marked with ≈ and never changes the figure.</para>
/// <para>The figure is written in its own unit (<see cref="Figure.Unit"/>); convert it first to write it in another.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureFormatter
{
    /// <summary>Creates a formatter.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FigureFormatOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">Chinese numerals with English, or significant digits outside 1–28.</exception>
    public FigureFormatter(FigureFormatOptions? options = null)
    {
        Options = options ?? FigureFormatOptions.Default;
        if (Options.Numerals == FigureNumerals.Chinese && Options.Language == FigureLanguage.English)
        {
            throw new ArgumentException("Chinese numerals need a Chinese language.", nameof(options));
        }

        if (Options.SignificantDigits is { } digits && (digits < 1 || digits > 28))
        {
            throw new ArgumentException($"Significant digits must be between 1 and 28, not {digits}.", nameof(options));
        }
    }

    /// <summary>Gets a formatter with the default options (exact Simplified Chinese).</summary>
    public static FigureFormatter Default { get; } = new();

    /// <summary>Gets the options.</summary>
    public FigureFormatOptions Options { get; }

    private bool Chinese => Options.Language != FigureLanguage.English;

    private bool Traditional => Options.Language == FigureLanguage.ChineseTraditional;

    /// <summary>Writes a figure.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The text, in the figure's unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public string Format(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Interval value = figure.Value;
        FigureQualifier qualifier = figure.Qualifier;
        FigureModifiers modifiers = figure.Modifiers;
        bool decrease = (modifiers & FigureModifiers.Decrease) != 0;
        if (decrease)
        {
            // A decline is stored negated; it is written as its word and the size of the fall.
            value = value.Scale(-1m);
            qualifier = Parsing.QuantityParser.Flip(qualifier);
        }

        var text = new StringBuilder(32);
        if ((modifiers & FigureModifiers.Forecast) != 0)
        {
            text.Append(Chinese ? (Traditional ? "預計" : "预计") : "expected ");
        }

        bool yoy = (modifiers & FigureModifiers.YearOnYear) != 0, pop = (modifiers & FigureModifiers.PeriodOnPeriod) != 0;
        if ((modifiers & FigureModifiers.Change) != 0 && Chinese)
        {
            text.Append(yoy ? "同比" : pop ? (Traditional ? "環比" : "环比") : string.Empty);
            text.Append(decrease ? "下降" : Traditional ? "增長" : "增长");
        }
        else if ((modifiers & FigureModifiers.Change) != 0)
        {
            text.Append(decrease ? "decreased by " : "increased by ");
        }

        UnitWords words = WordsFor(figure.Unit, modifiers);
        text.Append(words.RatePrefix);
        bool approximateBound = (modifiers & FigureModifiers.ApproximateBound) != 0;
        bool rounded = false;
        if (ReferenceEquals(figure.Unit, Units.Rank) || figure.Unit.Dimension.Equals(Dimension.Rank))
        {
            text.Append(Chinese ? "第" : "No. ").Append(Number(value.Low.ValueOrNull ?? 0m, useMagnitude: false, ref rounded).Text);
            return Finish(text, modifiers, yoy, pop);
        }

        if (qualifier == FigureQualifier.Range)
        {
            decimal low = value.Low.Value, high = value.High.Value;
            // A bare low end takes the high end's magnitude when read ("5-6亿" = 5亿-6亿), so ends of different magnitudes
            // are written each with its own word, or, where the low end has none, both in full digits.
            bool magnitudes = Options.UseMagnitudeWords && ((Chinese ? Magnitude(low) : EnglishMagnitude(low)) > 1m
                || (Chinese ? Magnitude(high) : EnglishMagnitude(high)) == 1m);
            NumberText highText = Number(high, magnitudes, ref rounded);
            decimal lowMagnitude = Chinese ? Magnitude(low) : EnglishMagnitude(low);
            NumberText lowText = highText.Magnitude > 1m && lowMagnitude == highText.Magnitude && value.Low.IsInclusive && value.High.IsInclusive
                && Options.Numerals == FigureNumerals.Arabic
                ? Number(low / highText.Magnitude, useMagnitude: false, ref rounded) with { Magnitude = highText.Magnitude, Word = string.Empty }
                : Number(low, magnitudes, ref rounded);
            if (!value.Low.IsInclusive || !value.High.IsInclusive)
            {
                // Open ends of a pair of bounds: "大于10小于20", "above 10 and below 20".
                text.Append(Bounded(Lower(value.Low), lowText, words, low)).Append(Chinese ? string.Empty : " and ");
                text.Append(Bounded(Upper(value.High), highText, words, high));
                return Finish(text, modifiers, yoy, pop);
            }

            if (rounded)
            {
                text.Append('≈');
            }

            text.Append(words.Prefix).Append(lowText.Text).Append(lowText.Word).Append('-');
            text.Append(highText.Text).Append(highText.Word).Append(Suffix(words, highText.Word.Length > 0 && !Chinese));
            return Finish(text, modifiers, yoy, pop);
        }

        decimal v = qualifier is FigureQualifier.Under or FigureQualifier.Nearly or FigureQualifier.AtMost ? value.High.Value : value.Low.Value;
        NumberText number = Number(v, Options.UseMagnitudeWords, ref rounded);
        text.Append(Before(qualifier));
        if (approximateBound && qualifier is not FigureQualifier.About and not FigureQualifier.Exact)
        {
            text.Append(Chinese ? (Traditional ? "約" : "约") : "about ");
        }

        if (rounded && qualifier != FigureQualifier.About)
        {
            text.Append('≈');
        }

        text.Append(words.Prefix).Append(number.Text).Append(number.Word).Append(Suffix(words, number.Word.Length > 0 && !Chinese));
        if (qualifier == FigureQualifier.AtLeast && !Options.QualifierSymbols)
        {
            text.Append(Chinese ? "以上" : " or more");
        }

        return Finish(text, modifiers, yoy, pop);
    }

    private string Finish(StringBuilder text, FigureModifiers modifiers, bool yoy, bool pop)
    {
        if ((modifiers & FigureModifiers.Change) != 0 && !Chinese && (yoy || pop))
        {
            text.Append(yoy ? " year over year" : " quarter over quarter");
        }

        return text.ToString();
    }

    private string Before(FigureQualifier qualifier) => (qualifier, Chinese, Options.QualifierSymbols) switch
    {
        (FigureQualifier.Over, _, true) => Chinese ? ">" : "> ",
        (FigureQualifier.AtLeast, _, true) => Chinese ? "≥" : "≥ ",
        (FigureQualifier.Under, _, true) => Chinese ? "<" : "< ",
        (FigureQualifier.AtMost, _, true) => Chinese ? "≤" : "≤ ",
        (FigureQualifier.About, _, true) => "~",
        (FigureQualifier.Over, true, _) => Traditional ? "超過" : "超过",
        (FigureQualifier.Nearly, true, _) => "近",
        (FigureQualifier.Under, true, _) => "不到",
        (FigureQualifier.AtMost, true, _) => Traditional ? "不超過" : "不超过",
        (FigureQualifier.About, true, _) => Traditional ? "約" : "约",
        (FigureQualifier.Over, false, _) => "over ",
        (FigureQualifier.Nearly, false, _) => "nearly ",
        (FigureQualifier.Under, false, _) => "under ",
        (FigureQualifier.AtMost, false, _) => "up to ",
        (FigureQualifier.About, false, _) => "about ",
        _ => string.Empty,
    };

    private static FigureQualifier Lower(Bound low) => low.IsInclusive ? FigureQualifier.AtLeast : FigureQualifier.Over;

    private static FigureQualifier Upper(Bound high) => high.IsInclusive ? FigureQualifier.AtMost : FigureQualifier.Under;

    private string Bounded(FigureQualifier qualifier, NumberText number, UnitWords words, decimal value)
    {
        string word = (qualifier, Chinese) switch
        {
            (FigureQualifier.AtLeast, true) => Traditional ? "不小於" : "不小于",
            (FigureQualifier.Over, true) => Traditional ? "大於" : "大于",
            (FigureQualifier.AtMost, true) => Traditional ? "不大於" : "不大于",
            (FigureQualifier.Under, true) => Traditional ? "小於" : "小于",
            (FigureQualifier.AtLeast, false) => "at least ",
            (FigureQualifier.Over, false) => "above ",
            (FigureQualifier.AtMost, false) => "at most ",
            _ => "below ",
        };
        return word + words.Prefix + number.Text + number.Word + Suffix(words, number.Word.Length > 0 && !Chinese);
    }

    // English spaces a unit word from its number (5 billion tokens); Chinese writes it on (5000亿tokens); % and x go on in both.
    private string Suffix(UnitWords words, bool afterWord) =>
        words.Suffix.Length == 0 ? string.Empty
        : (words.Attached && !afterWord) || (Chinese && !words.SpaceInChinese && !Options.SpaceBeforeUnit) ? words.Suffix
        : " " + words.Suffix.TrimStart();

    private readonly record struct NumberText(string Text, string Word, decimal Magnitude);

    private readonly record struct UnitWords(string Prefix, string Suffix, string RatePrefix, bool SpaceInChinese, bool Attached);

    private static decimal Magnitude(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000_000_000m => 1_000_000_000_000m,
        >= 100_000_000m => 100_000_000m,
        >= 10_000m => 10_000m,
        _ => 1m,
    };

    private static decimal EnglishMagnitude(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000_000_000m => 1_000_000_000_000m,
        >= 1_000_000_000m => 1_000_000_000m,
        >= 1_000_000m => 1_000_000m,
        _ => 1m,
    };

    private NumberText Number(decimal value, bool useMagnitude, ref bool rounded)
    {
        if (Options.SignificantDigits is { } digits)
        {
            decimal r = RoundSignificant(value, digits);
            rounded |= r != value;
            value = r;
        }

        decimal magnitude = !useMagnitude ? 1m : Chinese ? Magnitude(value) : EnglishMagnitude(value);
        if (Options.Numerals == FigureNumerals.Chinese && Math.Abs(value / magnitude) >= 10_000m)
        {
            magnitude = 1m; // 六万零八百万亿 does not read back; the numeral's own sections (万, 亿, 万亿) carry the size
        }
        decimal mantissa = magnitude == 1m ? value : value / magnitude;
        string word = magnitude switch
        {
            1_000_000_000_000m => Chinese ? (Traditional ? "萬億" : "万亿") : " trillion",
            1_000_000_000m => " billion",
            100_000_000m => Traditional ? "億" : "亿",
            10_000m => Traditional ? "萬" : "万",
            1_000_000m => " million",
            _ => string.Empty,
        };
        string digitsText = Options.Numerals == FigureNumerals.Chinese ? ChineseNumeral(mantissa) : Arabic(mantissa, Chinese ? 10_000m : 1_000m);
        return new NumberText(digitsText, word, magnitude);
    }

    private static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0m)
        {
            return 0m;
        }

        decimal abs = Math.Abs(value);
        int integerDigits = abs >= 1m ? (int)Math.Floor(Math.Log10((double)abs)) + 1 : 0;
        if (abs < 1m)
        {
            // Leading zeros after the point are not significant.
            decimal probe = abs;
            while (probe < 0.1m)
            {
                probe *= 10m;
                integerDigits--;
            }
        }

        int decimals = digits - integerDigits;
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        decimal unit = 1m;
        for (int k = 0; k < -decimals; k++)
        {
            unit *= 10m;
        }

        return Math.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }

    private static string Arabic(decimal value, decimal groupFrom)
    {
        decimal normal = value / 1.0000000000000000000000000000m; // drops trailing zeros
        string plain = normal.ToString(CultureInfo.InvariantCulture);
        if (Math.Abs(normal) < groupFrom)
        {
            return plain;
        }

        int point = plain.IndexOf('.', StringComparison.Ordinal);
        string integer = point < 0 ? plain : plain[..point];
        string fraction = point < 0 ? string.Empty : plain[point..];
        bool negative = integer.StartsWith('-');
        string digits = negative ? integer[1..] : integer;
        var grouped = new StringBuilder(digits.Length + (digits.Length / 3));
        for (int k = 0; k < digits.Length; k++)
        {
            if (k > 0 && (digits.Length - k) % 3 == 0)
            {
                grouped.Append(',');
            }

            grouped.Append(digits[k]);
        }

        return (negative ? "-" : string.Empty) + grouped + fraction;
    }

    private const string ChineseDigits = "零一二三四五六七八九";

    private string ChineseNumeral(decimal value)
    {
        var text = new StringBuilder();
        if (value < 0m)
        {
            text.Append(Traditional ? "負" : "负");
            value = -value;
        }

        decimal integer = decimal.Truncate(value);
        decimal fraction = value - integer;
        if (integer == 0m)
        {
            text.Append('零');
        }
        else
        {
            AppendChineseInteger(text, integer);
        }

        if (fraction != 0m)
        {
            text.Append(Traditional ? '點' : '点');
            string digits = (fraction / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)[2..];
            foreach (char c in digits)
            {
                text.Append(ChineseDigits[c - '0']);
            }
        }

        return text.ToString();
    }

    private void AppendChineseInteger(StringBuilder text, decimal integer)
    {
        // Sections of four digits: units, 万, 亿, 万亿; a gap of zeros inside the number is one 零.
        Span<int> sections = stackalloc int[8];
        int count = 0;
        while (integer > 0m && count < sections.Length)
        {
            sections[count++] = (int)(integer % 10_000m);
            integer = decimal.Truncate(integer / 10_000m);
        }

        string[] bigUnits = Traditional ? ["", "萬", "億", "萬億", "億億"] : ["", "万", "亿", "万亿", "亿亿"];
        bool printed = false, zeroPending = false;
        for (int k = count - 1; k >= 0; k--)
        {
            int section = sections[k];
            if (section == 0)
            {
                zeroPending |= printed;
                continue;
            }

            if (printed && (zeroPending || section < 1000))
            {
                text.Append('零');
            }

            AppendSection(text, section, leading: !printed);
            text.Append(bigUnits[k]);
            printed = true;
            zeroPending = false;
        }
    }

    private static void AppendSection(StringBuilder text, int section, bool leading)
    {
        ReadOnlySpan<char> places = ['千', '百', '十', '\0'];
        int[] digits = [section / 1000, section / 100 % 10, section / 10 % 10, section % 10];
        bool started = false, zero = false;
        for (int p = 0; p < 4; p++)
        {
            int d = digits[p];
            if (d == 0)
            {
                zero |= started;
                continue;
            }

            if (zero)
            {
                text.Append('零');
                zero = false;
            }

            // 十五, not 一十五, at the start of a number.
            if (!(p == 2 && d == 1 && !started && leading))
            {
                text.Append(ChineseDigits[d]);
            }

            if (places[p] != '\0')
            {
                text.Append(places[p]);
            }

            started = true;
        }
    }

    private UnitWords WordsFor(Unit unit, FigureModifiers modifiers)
    {
        string direction = (modifiers & FigureModifiers.InputTokens) != 0 ? (Chinese ? (Traditional ? "輸入" : "输入") : "input ")
            : (modifiers & FigureModifiers.OutputTokens) != 0 ? (Chinese ? (Traditional ? "輸出" : "输出") : "output ")
            : (modifiers & FigureModifiers.CachedInputTokens) != 0 ? (Chinese ? (Traditional ? "緩存命中" : "缓存命中") : "cached input ")
            : string.Empty;
        string tokens = direction + "tokens";
        Dimension d = unit.Dimension;
        if (d.Equals(Dimension.TokenCount))
        {
            return new UnitWords(string.Empty, tokens, string.Empty, false, false);
        }

        if (d.Equals(Dimension.TokenRate) || d.Equals(Dimension.TokensPerMonth))
        {
            if (Chinese)
            {
                string per = unit.Symbol switch
                {
                    "token/s" => "每秒",
                    "token/min" => Traditional ? "每分鐘" : "每分钟",
                    "token/h" => Traditional ? "每小時" : "每小时",
                    "token/day" => "每天",
                    "token/month" => "每月",
                    _ => "每年",
                };
                return new UnitWords(string.Empty, tokens, per, false, false);
            }

            string time = unit.Symbol switch
            {
                "token/s" => "second",
                "token/min" => "minute",
                "token/h" => "hour",
                "token/day" => "day",
                "token/month" => "month",
                _ => "year",
            };
            return new UnitWords(string.Empty, tokens + " per " + time, string.Empty, false, false);
        }

        if (d.Equals(Dimension.RequestRate))
        {
            bool perSecond = unit.Symbol == "request/s";
            return Chinese
                ? new UnitWords(string.Empty, "次", perSecond ? "每秒" : (Traditional ? "每分鐘" : "每分钟"), false, false)
                : new UnitWords(string.Empty, perSecond ? "requests per second" : "requests per minute", string.Empty, false, false);
        }

        if (d.Equals(Dimension.Share))
        {
            return new UnitWords(string.Empty, "%", string.Empty, false, true);
        }

        if (d.Equals(Dimension.PercentagePoints))
        {
            return new UnitWords(string.Empty, Chinese ? (Traditional ? "個百分點" : "个百分点") : "percentage points", string.Empty, false, false);
        }

        if (d.Equals(Dimension.Multiple))
        {
            return new UnitWords(string.Empty, Chinese ? "倍" : "x", string.Empty, false, true);
        }

        if (d.Equals(Dimension.Count))
        {
            return new UnitWords(string.Empty, Chinese ? (Traditional ? "個" : "个") : string.Empty, string.Empty, false, false);
        }

        if (d.Equals(Dimension.Duration))
        {
            string symbol = unit.Symbol;
            string word = Chinese
                ? symbol switch { "ms" => "毫秒", "s" => "秒", "min" => Traditional ? "分鐘" : "分钟", "h" => Traditional ? "小時" : "小时", _ => "天" }
                : symbol switch { "ms" => "ms", "s" => "s", "min" => "min", "h" => "h", _ => "days" };
            return new UnitWords(string.Empty, word, string.Empty, false, false);
        }

        if (unit.Currency is { } code)
        {
            (string prefix, string money) = Money(code);
            if (d.Equals(Dimension.Money))
            {
                return new UnitWords(prefix, money, string.Empty, !Chinese, false);
            }

            if (d.Equals(Dimension.UnitPrice))
            {
                decimal per = unit.Factor.Denominator / unit.Factor.Numerator;
                string count = Chinese
                    ? per switch { 1m => string.Empty, 1_000m => "千", 10_000m => Traditional ? "萬" : "万", 1_000_000m => Traditional ? "百萬" : "百万", 100_000_000m => Traditional ? "億" : "亿", _ => Arabic(per, decimal.MaxValue) }
                    : per switch { 1m => string.Empty, 1_000m => "1K ", 1_000_000m => "1M ", _ => Arabic(per, decimal.MaxValue) + " " };
                string perText = Chinese ? "/" + count + tokens : " per " + count + (per == 1m ? direction + "token" : tokens);
                return new UnitWords(prefix, money + perText, string.Empty, !Chinese, false);
            }

            string time = unit.Symbol[(unit.Symbol.IndexOf('/', StringComparison.Ordinal) + 1)..];
            string rate = Chinese
                ? time switch { "s" => "/秒", "min" => Traditional ? "/分鐘" : "/分钟", "h" => Traditional ? "/小時" : "/小时", "day" => "/天", "month" => "/月", _ => "/年" }
                : " per " + time switch { "s" => "second", "min" => "minute", "h" => "hour", "day" => "day", "month" => "month", _ => "year" };
            return new UnitWords(prefix, money + rate, string.Empty, !Chinese, false);
        }

        return new UnitWords(string.Empty, string.Empty, string.Empty, false, false);
    }

    // The currency's words: a prefix sign in English for dollars, a suffix word otherwise.
    private (string Prefix, string Suffix) Money(string code)
    {
        if (!Chinese)
        {
            return code switch
            {
                "USD" => ("$", string.Empty),
                "CNY" => (string.Empty, "yuan"),
                _ => (string.Empty, code),
            };
        }

        string word = code switch
        {
            "CNY" => "元",
            "USD" => "美元",
            "HKD" => Traditional ? "港幣" : "港元",
            "EUR" => Traditional ? "歐元" : "欧元",
            "JPY" => Traditional ? "日圓" : "日元",
            "GBP" => Traditional ? "英鎊" : "英镑",
            "KRW" => Traditional ? "韓元" : "韩元",
            "RUB" => Traditional ? "盧布" : "卢布",
            "TWD" => Traditional ? "新台幣" : "新台币",
            _ => " " + code,
        };
        return (string.Empty, word);
    }
}
