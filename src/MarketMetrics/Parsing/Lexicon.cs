using System.Collections.Frozen;

namespace MarketMetrics.Parsing;

/// <summary>What a lexicon word does in a figure.</summary>
internal enum WordKind
{
    QualifierBefore,
    QualifierAfter,
    Scale,
    RangeConnector,
    RangeOpen,
    RangeClose,
    PairJoin,
    PercentPrefix,
    PercentSuffix,
    PercentagePoints,
    CurrencyPrefix,
    CurrencySuffix,
    Unit,
    Per,
    Negative,
    Ordinal,
    CurrencySubunit,
    Comparative,

    /// <summary>A word of change: 增长, 下降, decreased by (<see cref="LexEntry.Modifiers"/> says which).</summary>
    Direction,

    /// <summary>A time a rate is per: 每秒, 每天, 日均 before the figure; per day, /s, /月 after it.</summary>
    Rate,

    /// <summary>A word that marks the figure as an outlook: 预计, 有望, expected.</summary>
    Status,

    /// <summary>A change basis: 同比, 环比, year over year.</summary>
    ChangeBasis,

    /// <summary>Which tokens a price or volume is of: 输入, 输出, input, output, cached.</summary>
    TokenDirection,

    /// <summary>A context word that holds a modifier character but modifies nothing (近期, 超市), or a word of level (降至,
    /// 达到, rose to) after which the figure is a level.</summary>
    Context,

    /// <summary>A word known to modify a figure in a way the parser does not model (亏损, loss): the parse fails.</summary>
    Refuse,
}

/// <summary>The time a rate word is per.</summary>
internal enum RateTime : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>One word or phrase of the lexicon and what it means.</summary>
internal sealed class LexEntry
{
    public LexEntry(string text, WordKind kind)
    {
        Text = text;
        Kind = kind;
        IsLatin = text.Length > 0 && char.IsAsciiLetter(text[^1]);
    }

    public string Text { get; }

    public WordKind Kind { get; }

    public bool IsLatin { get; }

    public FigureQualifier Qualifier { get; init; }

    public decimal Multiplier { get; init; } = 1m;

    public string? Currency { get; init; }

    public Unit? Unit { get; init; }

    /// <summary>For a direction, status, change-basis or token-direction word: the modifiers it applies.</summary>
    public FigureModifiers Modifiers { get; init; }

    /// <summary>For a rate word: the time it is per.</summary>
    public RateTime Rate { get; init; }

    /// <summary>For a rate word: whether it stands before the figure (每秒, 日均) rather than after it (per day).</summary>
    public bool Before { get; init; }

    /// <summary>For a context word of a new level (降至, rose to): a figure before it is the start of a change, not this figure.</summary>
    public bool EndsChange { get; init; }

    /// <summary>For a refused word: why the parser cannot apply it.</summary>
    public string? Reason { get; init; }

    /// <summary>For a minor currency unit: whether it may stand alone after a number as a fraction of a yuan (毛, 角;
    /// 分 and 厘 only in a price, where they cannot mean minutes or points).</summary>
    public bool Yuan { get; init; }

    /// <summary>For a scale word: whether it is a Chinese magnitude (万, 亿) that composes with Chinese numerals.</summary>
    public bool ChineseScale { get; init; }
}

/// <summary>
/// The words the quantity parser knows, as data: qualifiers, magnitudes, range words, percent markers,
/// currencies and units, in Simplified and Traditional Chinese and English. Matched longest first; Latin
/// words case-insensitively and only at word boundaries.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<char, LexEntry[]> _byFirst;

    private readonly FrozenDictionary<int, LexEntry[]> _byFirstTwo;

    private readonly FrozenDictionary<char, LexEntry[]> _singles;

    private static int Key(char first, char second) => (first << 16) | second;

    private Lexicon(IEnumerable<LexEntry> entries)
    {
        LexEntry[] all = [.. entries];
        foreach (LexEntry entry in all)
        {
            // Matching folds only ASCII letters (a culture-aware fold per character costs more than the rest of a parse).
            if (entry.Text.AsSpan().ContainsAnyInRange('A', 'Z') || entry.Text.Any(c => char.ToLowerInvariant(c) != c))
            {
                throw new InvalidOperationException($"Lexicon entry '{entry.Text}' must be written in lower case with only ASCII letters cased.");
            }
        }

        _byFirst = all
            .GroupBy(e => e.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Text.Length).ToArray());

        // Most lookups can rule out every word whose second character differs: words of two or more characters are also
        // kept by their first two characters, longest first, and one-character words by their first.
        _byFirstTwo = _byFirst.Values
            .SelectMany(bucket => bucket.Where(e => e.Text.Length >= 2))
            .GroupBy(e => Key(e.Text[0], e.Text[1]))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _singles = _byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.Where(e => e.Text.Length == 1).ToArray());
    }

    public static Lexicon Default { get; } = new(BuildDefault());

    /// <summary>Gets the first characters of the entries (lower case), for callers that classify characters up front.</summary>
    public IEnumerable<char> FirstCharacters => _byFirst.Keys;

    /// <summary>Finds the longest entry at <paramref name="start"/>; returns the end of the match.</summary>
    public LexEntry? Match(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        char first = FoldAscii(text[start]);
        if (start + 1 < text.Length && (text[start + 1] != ' ' || char.IsAsciiLetterLower(first)))
        {
            // Spaces inside a word ("百 分 之", "no more than") are the only way a match's second character can differ from
            // the word's: without one, only words with this second character, then one-character words, can match. After
            // a Latin letter a space is never passed over (only between two characters that are not Latin letters), so
            // there too only the words whose second character is a space can match, then the one-character words: a run of
            // one-letter words ("a a a") no longer tries every word of the letter at every one of them.
            if (_byFirstTwo.TryGetValue(Key(first, FoldAscii(text[start + 1])), out LexEntry[]? longer))
            {
                foreach (LexEntry entry in longer)
                {
                    if (TryMatch(text, start, entry, out end))
                    {
                        return entry;
                    }
                }
            }

            if (_singles.TryGetValue(first, out LexEntry[]? singles))
            {
                foreach (LexEntry entry in singles)
                {
                    if (TryMatch(text, start, entry, out end))
                    {
                        return entry;
                    }
                }
            }

            end = start;
            return null;
        }

        return _byFirst.TryGetValue(first, out LexEntry[]? candidates) ? FirstMatch(candidates, text, start, out end) : null;
    }

    // The first of the candidates (longest first) that matches at start.
    private static LexEntry? FirstMatch(LexEntry[] candidates, ReadOnlySpan<char> text, int start, out int end)
    {
        foreach (LexEntry entry in candidates)
        {
            if (TryMatch(text, start, entry, out end))
            {
                return entry;
            }
        }

        end = start;
        return null;
    }

    /// <summary>The match found by trying every word of the first character, longest first: what <see cref="Match"/> must
    /// give, for tests.</summary>
    internal LexEntry? MatchTryingEveryWord(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        return _byFirst.TryGetValue(FoldAscii(text[start]), out LexEntry[]? candidates) ? FirstMatch(candidates, text, start, out end) : null;
    }

    /// <summary>Every word of the lexicon, for tests.</summary>
    internal IEnumerable<LexEntry> Entries => _byFirst.Values.SelectMany(bucket => bucket);

    private static char FoldAscii(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static bool TryMatch(ReadOnlySpan<char> text, int start, LexEntry entry, out int end)
    {
        string pattern = entry.Text;
        int i = start;
        for (int p = 0; p < pattern.Length; p++)
        {
            char pc = pattern[p];
            if (pc == ' ')
            {
                if (i >= text.Length || text[i] != ' ')
                {
                    end = start;
                    return false;
                }

                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                continue;
            }

            // Printed Chinese often spaces its characters ("百 分 之", "小于 或 等于"): allow spaces between non-Latin pattern characters.
            if (p > 0 && !char.IsAsciiLetter(pc) && !char.IsAsciiLetter(pattern[p - 1]))
            {
                int j = i;
                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }

                if (j < text.Length && j > i && text[j] == pc)
                {
                    i = j;
                }
            }

            if (i >= text.Length || FoldAscii(text[i]) != pc)
            {
                end = start;
                return false;
            }

            i++;
        }

        if (entry.IsLatin && i < text.Length && char.IsAsciiLetter(text[i]))
        {
            end = start;
            return false;
        }

        end = i;
        return true;
    }

    private static IEnumerable<LexEntry> BuildDefault()
    {
        // Qualifiers before the number.
        foreach ((string text, FigureQualifier q) in new (string, FigureQualifier)[]
        {
            ("超过", FigureQualifier.Over), ("超過", FigureQualifier.Over), ("超", FigureQualifier.Over), ("逾", FigureQualifier.Over),
            ("高于", FigureQualifier.Over), ("高於", FigureQualifier.Over), ("大于", FigureQualifier.Over), ("大於", FigureQualifier.Over),
            ("多于", FigureQualifier.Over), ("多於", FigureQualifier.Over),
            ("大于等于", FigureQualifier.AtLeast), ("大于或等于", FigureQualifier.AtLeast), ("大于或者等于", FigureQualifier.AtLeast),
            ("大於等於", FigureQualifier.AtLeast), ("大於或等於", FigureQualifier.AtLeast), ("不小于", FigureQualifier.AtLeast),
            ("不小於", FigureQualifier.AtLeast), ("不低于", FigureQualifier.AtLeast), ("不低於", FigureQualifier.AtLeast),
            ("至少", FigureQualifier.AtLeast), ("最少", FigureQualifier.AtLeast),
            ("近", FigureQualifier.Nearly), ("将近", FigureQualifier.Nearly), ("將近", FigureQualifier.Nearly), ("接近", FigureQualifier.Nearly),
            ("逼近", FigureQualifier.Nearly),
            ("不到", FigureQualifier.Under), ("不足", FigureQualifier.Under), ("小于", FigureQualifier.Under), ("小於", FigureQualifier.Under),
            ("低于", FigureQualifier.Under), ("低於", FigureQualifier.Under), ("少于", FigureQualifier.Under), ("少於", FigureQualifier.Under),
            ("小于等于", FigureQualifier.AtMost), ("小于或等于", FigureQualifier.AtMost), ("小于或者等于", FigureQualifier.AtMost),
            ("小於等於", FigureQualifier.AtMost), ("小於或等於", FigureQualifier.AtMost), ("不大于", FigureQualifier.AtMost),
            ("不大於", FigureQualifier.AtMost), ("不超过", FigureQualifier.AtMost), ("不超過", FigureQualifier.AtMost),
            ("不高于", FigureQualifier.AtMost), ("至多", FigureQualifier.AtMost), ("最多", FigureQualifier.AtMost),
            ("约", FigureQualifier.About), ("約", FigureQualifier.About), ("大约", FigureQualifier.About), ("大約", FigureQualifier.About),
            ("约为", FigureQualifier.About), ("約為", FigureQualifier.About), ("大概", FigureQualifier.About), ("大致", FigureQualifier.About),
            ("等于", FigureQualifier.Exact), ("等於", FigureQualifier.Exact),
            ("over", FigureQualifier.Over), ("more than", FigureQualifier.Over), ("above", FigureQualifier.Over),
            ("exceeds", FigureQualifier.Over), ("exceeding", FigureQualifier.Over), ("exceeded", FigureQualifier.Over), ("exceed", FigureQualifier.Over),
            ("greater than", FigureQualifier.Over), ("larger than", FigureQualifier.Over), ("bigger than", FigureQualifier.Over),
            ("higher than", FigureQualifier.Over), ("upwards of", FigureQualifier.Over), ("in excess of", FigureQualifier.Over),
            ("at least", FigureQualifier.AtLeast), ("no less than", FigureQualifier.AtLeast), ("not less than", FigureQualifier.AtLeast),
            ("no fewer than", FigureQualifier.AtLeast), ("at least or equal to", FigureQualifier.AtLeast), ("a minimum of", FigureQualifier.AtLeast),
            ("greater than or equal to", FigureQualifier.AtLeast), ("more than or equal to", FigureQualifier.AtLeast),
            ("bigger or equal than", FigureQualifier.AtLeast), ("higher or equal than", FigureQualifier.AtLeast),
            ("larger or equal than", FigureQualifier.AtLeast), ("greater or equal than", FigureQualifier.AtLeast),
            ("equal to or more than", FigureQualifier.AtLeast), ("equal to or greater than", FigureQualifier.AtLeast),
            ("nearly", FigureQualifier.Nearly), ("almost", FigureQualifier.Nearly), ("close to", FigureQualifier.Nearly), ("just under", FigureQualifier.Nearly),
            ("under", FigureQualifier.Under), ("below", FigureQualifier.Under), ("less than", FigureQualifier.Under), ("fewer than", FigureQualifier.Under),
            ("smaller than", FigureQualifier.Under), ("lower than", FigureQualifier.Under),
            ("up to", FigureQualifier.AtMost), ("at most", FigureQualifier.AtMost), ("no more than", FigureQualifier.AtMost),
            ("not more than", FigureQualifier.AtMost), ("a maximum of", FigureQualifier.AtMost),
            ("less than or equal to", FigureQualifier.AtMost), ("smaller or equal than", FigureQualifier.AtMost),
            ("lower or equal than", FigureQualifier.AtMost), ("less or equal than", FigureQualifier.AtMost),
            ("equal to or less than", FigureQualifier.AtMost), ("equal to or smaller than", FigureQualifier.AtMost),
            ("about", FigureQualifier.About), ("around", FigureQualifier.About), ("approximately", FigureQualifier.About),
            ("approx.", FigureQualifier.About), ("approx", FigureQualifier.About), ("roughly", FigureQualifier.About), ("some", FigureQualifier.About),
            ("~", FigureQualifier.About), ("≈", FigureQualifier.About),
            ("equal to", FigureQualifier.Exact), ("equals to", FigureQualifier.Exact), ("equals", FigureQualifier.Exact),
            ("equaling to", FigureQualifier.Exact), ("equaling", FigureQualifier.Exact),
            (">", FigureQualifier.Over), ("<", FigureQualifier.Under), (">=", FigureQualifier.AtLeast), ("<=", FigureQualifier.AtMost),
            ("> =", FigureQualifier.AtLeast), ("< =", FigureQualifier.AtMost), ("≥", FigureQualifier.AtLeast), ("≤", FigureQualifier.AtMost),
        })
        {
            yield return new LexEntry(text, WordKind.QualifierBefore) { Qualifier = q };
        }

        // Qualifiers after the number. 以上/以下 include the number itself (the Chinese legal convention).
        foreach ((string text, FigureQualifier q) in new (string, FigureQualifier)[]
        {
            ("以上", FigureQualifier.AtLeast), ("或以上", FigureQualifier.AtLeast), ("或者以上", FigureQualifier.AtLeast),
            ("或更多", FigureQualifier.AtLeast), ("或者更多", FigureQualifier.AtLeast),
            ("以下", FigureQualifier.AtMost), ("或以下", FigureQualifier.AtMost), ("或者以下", FigureQualifier.AtMost),
            ("之下", FigureQualifier.Under), ("以内", FigureQualifier.AtMost), ("以內", FigureQualifier.AtMost),
            ("左右", FigureQualifier.About), ("上下", FigureQualifier.About), ("前后", FigureQualifier.About),
            ("多", FigureQualifier.Over), ("余", FigureQualifier.Over), ("餘", FigureQualifier.Over), ("+", FigureQualifier.Over),
            ("or more", FigureQualifier.AtLeast), ("and more", FigureQualifier.AtLeast), ("or greater", FigureQualifier.AtLeast),
            ("or greater than", FigureQualifier.AtLeast), ("or above", FigureQualifier.AtLeast), ("and above", FigureQualifier.AtLeast),
            ("and up", FigureQualifier.AtLeast), ("or higher", FigureQualifier.AtLeast), ("plus", FigureQualifier.Over),
            ("or more than", FigureQualifier.AtLeast), ("or equal", FigureQualifier.Exact), ("or equal to", FigureQualifier.Exact),
            ("or less", FigureQualifier.AtMost), ("or fewer", FigureQualifier.AtMost), ("or below", FigureQualifier.AtMost),
            ("and below", FigureQualifier.AtMost), ("or lower", FigureQualifier.AtMost), ("or so", FigureQualifier.About),
            ("at the most", FigureQualifier.AtMost), ("at most", FigureQualifier.AtMost), ("at the least", FigureQualifier.AtLeast),
            ("at least", FigureQualifier.AtLeast), ("tops", FigureQualifier.AtMost), ("max", FigureQualifier.AtMost),
            ("maximum", FigureQualifier.AtMost), ("minimum", FigureQualifier.AtLeast), ("and under", FigureQualifier.AtMost),
            ("or under", FigureQualifier.AtMost), ("and over", FigureQualifier.AtLeast), ("or over", FigureQualifier.AtLeast),
            ("or thereabouts", FigureQualifier.About), ("give or take", FigureQualifier.About),
        })
        {
            yield return new LexEntry(text, WordKind.QualifierAfter) { Qualifier = q };
        }

        // Magnitudes. 兆 is resolved by the numeral reader (10¹² only where a smaller group follows).
        foreach ((string text, decimal m, bool chinese) in new (string, decimal, bool)[]
        {
            ("万", 10_000m, true), ("萬", 10_000m, true), ("亿", 100_000_000m, true), ("億", 100_000_000m, true),
            ("万亿", 1_000_000_000_000m, true), ("萬億", 1_000_000_000_000m, true), ("万万", 100_000_000m, true), ("萬萬", 100_000_000m, true),
            ("千", 1_000m, true), ("百", 100m, true), ("十", 10m, true), ("百万", 1_000_000m, true), ("百萬", 1_000_000m, true),
            ("千万", 10_000_000m, true), ("千萬", 10_000_000m, true),
            ("thousand", 1_000m, false), ("thousands", 1_000m, false), ("million", 1_000_000m, false), ("millions", 1_000_000m, false),
            ("billion", 1_000_000_000m, false), ("billions", 1_000_000_000m, false), ("trillion", 1_000_000_000_000m, false),
            ("trillions", 1_000_000_000_000m, false), ("hundred", 100m, false),
            ("k", 1_000m, false), ("m", 1_000_000m, false), ("mm", 1_000_000m, false), ("mn", 1_000_000m, false), ("mln", 1_000_000m, false),
            ("b", 1_000_000_000m, false), ("bn", 1_000_000_000m, false), ("bln", 1_000_000_000m, false),
            ("t", 1_000_000_000_000m, false), ("tn", 1_000_000_000_000m, false),
        })
        {
            yield return new LexEntry(text, WordKind.Scale) { Multiplier = m, ChineseScale = chinese };
        }

        foreach (string text in new[] { "-", "~", "至", "到", "to", "through", "thru", "till", "until" })
        {
            yield return new LexEntry(text, WordKind.RangeConnector);
        }

        foreach (string text in new[] { "between", "from", "位于", "位於", "介于", "介於", "在", "从", "從" })
        {
            yield return new LexEntry(text, WordKind.RangeOpen);
        }

        foreach (string text in new[] { "之间", "之間", "间", "間" })
        {
            yield return new LexEntry(text, WordKind.RangeClose);
        }

        foreach (string text in new[] { "和", "与", "與", "and", "且", "并且", "並且", "而且", "but", "同时", "的同时", "," })
        {
            yield return new LexEntry(text, WordKind.PairJoin);
        }

        yield return new LexEntry("百分之", WordKind.PercentPrefix) { Multiplier = 1m };
        yield return new LexEntry("千分之", WordKind.PercentPrefix) { Multiplier = 0.1m };
        yield return new LexEntry("percent of", WordKind.PercentPrefix) { Multiplier = 1m };
        yield return new LexEntry("percents of", WordKind.PercentPrefix) { Multiplier = 1m };
        yield return new LexEntry("per cent of", WordKind.PercentPrefix) { Multiplier = 1m };
        foreach ((string text, decimal m) in new (string, decimal)[]
        {
            ("%", 1m), ("percent", 1m), ("percents", 1m), ("per cent", 1m), ("percentage", 1m), ("pct", 1m), ("‰", 0.1m),
            ("成", 10m), ("折", 10m),
        })
        {
            yield return new LexEntry(text, WordKind.PercentSuffix) { Multiplier = m };
        }

        foreach (string text in new[] { "个百分点", "個百分點", "百分点", "百分點", "percentage points", "percentage point", "pp", "ppt", "ppts" })
        {
            yield return new LexEntry(text, WordKind.PercentagePoints);
        }

        foreach (string text in new[] { "basis points", "basis point", "bps", "bp", "个基点", "個基點", "基点", "基點" })
        {
            yield return new LexEntry(text, WordKind.PercentagePoints) { Unit = Units.BasisPoint };
        }

        foreach ((string text, string code) in new (string, string)[]
        {
            ("$", "USD"), ("us$", "USD"), ("us $", "USD"), ("u.s $", "USD"), ("u.s. $", "USD"), ("usd$", "USD"), ("usd", "USD"),
            ("¥", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("rmb¥", "CNY"), ("€", "EUR"), ("eur", "EUR"), ("£", "GBP"), ("gbp", "GBP"),
            ("hk$", "HKD"), ("hk $", "HKD"), ("hkd", "HKD"), ("c$", "CAD"), ("c $", "CAD"), ("cad$", "CAD"), ("cad", "CAD"),
            ("aud$", "AUD"), ("a$", "AUD"), ("aud", "AUD"), ("nzd$", "NZD"), ("nzd", "NZD"), ("mxn$", "MXN"), ("mex$", "MXN"), ("jpy", "JPY"),
            ("人民币", "CNY"), ("人民幣", "CNY"),
        })
        {
            yield return new LexEntry(text, WordKind.CurrencyPrefix) { Currency = code };
        }

        foreach ((string text, string code) in new (string, string)[]
        {
            ("元", "CNY"), ("元人民币", "CNY"), ("元人民幣", "CNY"), ("人民币", "CNY"), ("人民幣", "CNY"), ("块", "CNY"), ("塊", "CNY"), ("块钱", "CNY"),
            ("美元", "USD"), ("美圆", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("欧元", "EUR"), ("歐元", "EUR"),
            ("日元", "JPY"), ("日圓", "JPY"), ("英镑", "GBP"), ("英鎊", "GBP"), ("瑞士法郎", "CHF"), ("台币", "TWD"), ("台幣", "TWD"),
            ("新台币", "TWD"), ("新台幣", "TWD"),
            ("$", "USD"), ("usd", "USD"), ("us dollar", "USD"), ("us dollars", "USD"), ("u.s. dollars", "USD"), ("dollar", "USD"), ("dollars", "USD"),
            ("rmb", "CNY"), ("cny", "CNY"), ("yuan", "CNY"), ("chinese yuan", "CNY"), ("renminbi", "CNY"), ("kuai", "CNY"),
            ("eur", "EUR"), ("euro", "EUR"), ("euros", "EUR"), ("gbp", "GBP"), ("pound", "GBP"), ("pounds", "GBP"), ("jpy", "JPY"), ("yen", "JPY"),
            ("hkd", "HKD"), ("cad", "CAD"), ("aud", "AUD"), ("australian dollars", "AUD"), ("australian dollar", "AUD"), ("chf", "CHF"),
            ("francs", "CHF"), ("franc", "CHF"),
        })
        {
            yield return new LexEntry(text, WordKind.CurrencySuffix) { Currency = code };
        }

        // Million-currency abbreviations of finance texts: 30 musd.
        foreach ((string text, string code) in new (string, string)[] { ("musd", "USD"), ("meur", "EUR"), ("mgbp", "GBP"), ("maud", "AUD"), ("mcny", "CNY") })
        {
            yield return new LexEntry(text, WordKind.CurrencySuffix) { Currency = code, Multiplier = 1_000_000m };
            yield return new LexEntry(text, WordKind.CurrencyPrefix) { Currency = code, Multiplier = 1_000_000m };
        }

        foreach ((string text, Unit unit) in new (string, Unit)[]
        {
            ("tokens", Units.Token), ("token", Units.Token), ("tok", Units.Token), ("个token", Units.Token), ("個token", Units.Token),
            ("rpm", Units.RequestsPerMinute), ("requests per minute", Units.RequestsPerMinute), ("rps", Units.RequestsPerSecond),
            ("requests per second", Units.RequestsPerSecond), ("qps", Units.RequestsPerSecond),
            ("tpm", Units.TokensPerMinute), ("tokens/min", Units.TokensPerMinute), ("token/min", Units.TokensPerMinute),
            ("tokens per minute", Units.TokensPerMinute), ("tps", Units.TokensPerSecond), ("tokens/s", Units.TokensPerSecond),
            ("token/s", Units.TokensPerSecond), ("tokens per second", Units.TokensPerSecond), ("tokens/day", Units.TokensPerDay),
            ("ms", Units.Millisecond), ("毫秒", Units.Millisecond), ("milliseconds", Units.Millisecond), ("millisecond", Units.Millisecond),
            ("s", Units.Second), ("sec", Units.Second), ("secs", Units.Second), ("seconds", Units.Second), ("second", Units.Second), ("秒", Units.Second),
            ("秒钟", Units.Second), ("秒鐘", Units.Second), ("min", Units.Minute), ("mins", Units.Minute), ("minutes", Units.Minute), ("分钟", Units.Minute),
            ("分鐘", Units.Minute), ("h", Units.Hour), ("hours", Units.Hour), ("hour", Units.Hour), ("小时", Units.Hour), ("小時", Units.Hour),
            ("days", Units.Day), ("day", Units.Day), ("天", Units.Day),
            ("倍", Units.Multiple), ("x", Units.Multiple), ("times", Units.Multiple), ("fold", Units.Multiple), ("-fold", Units.Multiple),
            ("家", Units.Count), ("个", Units.Count), ("個", Units.Count), ("项", Units.Count), ("項", Units.Count), ("名", Units.Count),
            ("位", Units.Count), ("人", Units.Count), ("户", Units.Count), ("戶", Units.Count), ("款", Units.Count), ("次", Units.Count),
            ("用户", Units.Count), ("用戶", Units.Count), ("users", Units.Count), ("user", Units.Count), ("customers", Units.Count),
            ("vendors", Units.Count), ("projects", Units.Count), ("companies", Units.Count), ("models", Units.Count),
            ("件", Units.Count), ("张", Units.Count), ("張", Units.Count), ("个中标项目", Units.Count), ("個中標項目", Units.Count),
            ("个项目", Units.Count), ("個項目", Units.Count), ("件の落札プロジェクト", Units.Count),
        })
        {
            yield return new LexEntry(text, WordKind.Unit) { Unit = unit };
        }

        foreach (string text in new[] { "/", "per", "每" })
        {
            yield return new LexEntry(text, WordKind.Per);
        }

        foreach (string text in new[] { "负", "負", "minus", "negative", "マイナス" })
        {
            yield return new LexEntry(text, WordKind.Negative);
        }

        foreach ((string text, decimal m) in new (string, decimal)[]
        {
            ("cents", 0.01m), ("cent", 0.01m), ("美分", 0.01m), ("分", 0.01m), ("毛", 0.1m), ("角", 0.1m), ("mao", 0.1m), ("jiao", 0.1m),
            ("日本銭", 0.01m), ("钱", 0.01m), ("錢", 0.01m), ("pence", 0.01m), ("penny", 0.01m), ("厘", 0.001m), ("分钱", 0.01m), ("分錢", 0.01m),
        })
        {
            yield return new LexEntry(text, WordKind.CurrencySubunit) { Multiplier = m, Yuan = text is "分" or "毛" or "角" or "厘" or "分钱" or "分錢" or "mao" or "jiao" };
        }


        // Qualifiers read from verbs: 突破 (break through) and 破 are strict lower bounds, 跌破 a strict upper one; 达到 and 高达
        // state the level itself; 量级 (order of magnitude) makes the figure approximate.
        foreach ((string text, FigureQualifier q) in new (string, FigureQualifier)[]
        {
            ("突破", FigureQualifier.Over), ("破", FigureQualifier.Over), ("超出", FigureQualifier.Over), ("跌破", FigureQualifier.Under),
            ("达到", FigureQualifier.Exact), ("達到", FigureQualifier.Exact), ("高达", FigureQualifier.Exact), ("高達", FigureQualifier.Exact),
            ("达", FigureQualifier.Exact), ("達", FigureQualifier.Exact), ("as many as", FigureQualifier.Exact), ("as much as", FigureQualifier.Exact),
            ("reached", FigureQualifier.Exact), ("reach", FigureQualifier.Exact), ("surpassed", FigureQualifier.Over), ("surpass", FigureQualifier.Over),
            ("topped", FigureQualifier.Over), ("north of", FigureQualifier.Over), ("cross", FigureQualifier.Over), ("crossed", FigureQualifier.Over),
            ("crosses", FigureQualifier.Over), ("crossing", FigureQualifier.Over), ("approaching", FigureQualifier.Nearly), ("approaches", FigureQualifier.Nearly),
            ("closer to", FigureQualifier.About), ("最高", FigureQualifier.AtMost), ("最高达", FigureQualifier.AtMost), ("最高達", FigureQualifier.AtMost),
            ("最低", FigureQualifier.AtLeast), ("最低至", FigureQualifier.AtLeast),
        })
        {
            yield return new LexEntry(text, WordKind.QualifierBefore) { Qualifier = q };
        }

        // Hedges and negated bounds as published before figures: each is read, since words before a figure that the
        // lexicon does not know are passed over as context (几乎30% must not read as exactly 30%, 不少于 not as 少于).
        foreach ((string text, FigureQualifier q) in new (string, FigureQualifier)[]
        {
            ("不少于", FigureQualifier.AtLeast), ("不少於", FigureQualifier.AtLeast), ("不下于", FigureQualifier.AtLeast), ("不下於", FigureQualifier.AtLeast),
            ("起码", FigureQualifier.AtLeast), ("起碼", FigureQualifier.AtLeast),
            ("不多于", FigureQualifier.AtMost), ("不多於", FigureQualifier.AtMost), ("不超", FigureQualifier.AtMost), ("不超出", FigureQualifier.AtMost),
            ("不逾", FigureQualifier.AtMost), ("未超过", FigureQualifier.AtMost), ("未超過", FigureQualifier.AtMost), ("未超", FigureQualifier.AtMost),
            ("不高於", FigureQualifier.AtMost), ("顶多", FigureQualifier.AtMost), ("頂多", FigureQualifier.AtMost), ("充其量", FigureQualifier.AtMost),
            ("几乎", FigureQualifier.Nearly), ("幾乎", FigureQualifier.Nearly), ("近乎", FigureQualifier.Nearly), ("直逼", FigureQualifier.Nearly),
            ("差不多", FigureQualifier.About), ("大体", FigureQualifier.About), ("大體", FigureQualifier.About),
            ("circa", FigureQualifier.About), ("more or less", FigureQualifier.About), ("in the range of", FigureQualifier.About),
            ("in the region of", FigureQualifier.About), ("on the order of", FigureQualifier.About), ("of the order of", FigureQualifier.About),
            ("something like", FigureQualifier.About), ("an estimated", FigureQualifier.About), ("estimated", FigureQualifier.About),
            ("est.", FigureQualifier.About),
            ("south of", FigureQualifier.Under), ("short of", FigureQualifier.Under), ("shy of", FigureQualifier.Nearly),
            ("不下", FigureQualifier.AtLeast), ("不止", FigureQualifier.Over), ("低至", FigureQualifier.AtLeast),
            ("不及", FigureQualifier.Under), ("未及", FigureQualifier.Under), ("未满", FigureQualifier.Under), ("未滿", FigureQualifier.Under),
            ("不满", FigureQualifier.Under), ("不滿", FigureQualifier.Under), ("およそ", FigureQualifier.About),
            ("≦", FigureQualifier.AtMost), ("≧", FigureQualifier.AtLeast), ("=<", FigureQualifier.AtMost),
            ("upward of", FigureQualifier.Over), ("upto", FigureQualifier.AtMost), ("at or above", FigureQualifier.AtLeast),
            ("at or over", FigureQualifier.AtLeast), ("at or below", FigureQualifier.AtMost), ("at or under", FigureQualifier.AtMost),
            ("nigh on", FigureQualifier.Nearly), ("getting on for", FigureQualifier.Nearly),
        })
        {
            yield return new LexEntry(text, WordKind.QualifierBefore) { Qualifier = q };
        }

        yield return new LexEntry("≲", WordKind.Refuse) { Reason = "'≲' (less than or about) gives no bound the parser can state exactly; write ≤ or about" };
        yield return new LexEntry("≳", WordKind.Refuse) { Reason = "'≳' (more than or about) gives no bound the parser can state exactly; write ≥ or about" };
        yield return new LexEntry("不下降", WordKind.Refuse) { Reason = "'不下降' (does not fall) negates a word of change; write the change itself" };
        yield return new LexEntry("不下滑", WordKind.Refuse) { Reason = "'不下滑' (does not fall) negates a word of change; write the change itself" };
        yield return new LexEntry("barely", WordKind.Refuse) { Reason = "'barely' does not say on which side of the figure the value lies; write the bound (just over, nearly)" };
        yield return new LexEntry("as little as", WordKind.Refuse) { Reason = "'as little as' names the low end of values that are not printed; write the bound (at least) or the range" };

        foreach (string text in new[] { "将突破", "將突破", "将超过", "將超過", "将超", "將超", "有望突破", "有望超过", "有望超過" })
        {
            yield return new LexEntry(text, WordKind.QualifierBefore) { Qualifier = FigureQualifier.Over, Modifiers = FigureModifiers.Forecast };
        }

        yield return new LexEntry("by", WordKind.Refuse)
        {
            Reason = "'by' marks a change whose word of direction is not in the figure; include it (increased by, fell by)",
        };

        foreach (string text in new[] { "量级", "量級", "级别", "級別", "to the nearest", "rounded" })
        {
            yield return new LexEntry(text, WordKind.QualifierAfter) { Qualifier = FigureQualifier.About };
        }

        // Words of change. Followed by 至/到/to they name the new level instead ("降至0.0008元", "rose to"): see the context words.
        foreach (string text in new[]
        {
            "下降", "降低", "减少", "減少", "下滑", "下跌", "直降", "降幅", "降幅为", "降幅為", "缩减", "縮減", "缩小", "縮小", "减", "減", "降", "跌", "跌幅",
            "萎缩", "萎縮", "回落", "下调", "下調", "降价", "降價", "降本", "便宜", "缩短", "縮短", "大跌", "暴跌", "骤降", "驟降", "锐减", "銳減", "下挫",
            "dip", "dips", "dipped", "dipping", "plummeted by", "plummeted", "plunged by", "plunged", "dropping by", "dropping", "falling by", "falling",
            "falls", "declining", "declines", "decreasing", "decreases", "lower", "cheaper", "shorter", "slashed by", "slashed", "shrinking",
            "decreased by", "decreased", "decrease of", "decrease", "declined by", "declined", "decline of", "decline", "fell by", "fell",
            "dropped by", "dropped", "drop of", "drop", "down by", "down", "reduced by", "reduced", "cut by", "lower by", "slid", "shrank by", "shrank",
        })
        {
            yield return new LexEntry(text, WordKind.Direction) { Modifiers = FigureModifiers.Change | FigureModifiers.Decrease };
        }

        foreach (string text in new[]
        {
            "增长", "增長", "增加", "上升", "提升", "上涨", "上漲", "增幅", "增速", "增长率", "增長率", "增幅为", "增幅為", "涨幅", "漲幅", "激增", "暴涨", "暴漲",
            "猛增", "大增", "劲增", "勁增", "飙升", "飆升", "攀升", "扩大", "擴大", "上调", "上調", "涨", "漲", "增", "涨价", "漲價", "跃升", "躍升", "升",
            "复合增长率", "複合增長率", "年复合增长率", "年複合增長率", "复合年增长率", "年均复合增长率", "cagr",
            "rising by", "rising", "rises", "risen", "increasing by", "increasing", "increases", "growing by", "growing", "grows", "grown", "jump by", "jumped by", "jump", "jumps",
            "soared by", "soared", "soaring", "surging", "added", "adding", "climbing", "higher", "faster",
            "increased by", "increased", "increase of", "increase", "grew by", "grew", "growth of", "growth", "rose by", "rose", "rise of", "rise",
            "up by", "up", "jumped", "jump of", "surged", "surge of", "climbed", "gained", "expanded by", "expanded",
            "成長", "成长", "増", "増加", "増収", "急増", "拡大",
        })
        {
            yield return new LexEntry(text, WordKind.Direction) { Modifiers = FigureModifiers.Change };
        }

        foreach (string text in new[] { "同比增长", "同比增長", "按年增长", "按年增長", "按年升", "年增", "按年增" })
        {
            yield return new LexEntry(text, WordKind.Direction) { Modifiers = FigureModifiers.Change | FigureModifiers.YearOnYear };
        }

        foreach (string text in new[] { "同比下降", "按年跌", "按年下降", "按年大跌", "按年减少", "按年減少", "年减", "年減" })
        {
            yield return new LexEntry(text, WordKind.Direction) { Modifiers = FigureModifiers.Change | FigureModifiers.Decrease | FigureModifiers.YearOnYear };
        }

        foreach (string text in new[] { "前年同期比", "前年比", "前年同期比で", "前年比で" })
        {
            yield return new LexEntry(text, WordKind.ChangeBasis) { Modifiers = FigureModifiers.YearOnYear };
        }

        foreach (string text in new[] { "前期比", "前期比で", "前四半期比" })
        {
            yield return new LexEntry(text, WordKind.ChangeBasis) { Modifiers = FigureModifiers.PeriodOnPeriod };
        }

        foreach (string text in new[] { "同比", "按年", "较去年同期", "較去年同期", "与去年同期相比", "yoy", "y/y", "year over year", "year-over-year", "year on year", "year-on-year" })
        {
            yield return new LexEntry(text, WordKind.ChangeBasis) { Modifiers = FigureModifiers.YearOnYear };
        }

        foreach (string text in new[] { "环比", "環比", "按季", "qoq", "q/q", "quarter over quarter", "quarter-over-quarter", "month over month", "month-over-month", "mom" })
        {
            yield return new LexEntry(text, WordKind.ChangeBasis) { Modifiers = FigureModifiers.PeriodOnPeriod };
        }

        // Rates: the time a figure is per.
        foreach ((string text, RateTime time, bool before) in new (string, RateTime, bool)[]
        {
            ("每秒", RateTime.Second, true), ("每秒钟", RateTime.Second, true), ("每秒鐘", RateTime.Second, true), ("每分钟", RateTime.Minute, true),
            ("每分鐘", RateTime.Minute, true), ("每小时", RateTime.Hour, true), ("每小時", RateTime.Hour, true), ("每天", RateTime.Day, true),
            ("每日", RateTime.Day, true), ("日均", RateTime.Day, true), ("每周", RateTime.Week, true), ("每週", RateTime.Week, true),
            ("周均", RateTime.Week, true), ("每月", RateTime.Month, true), ("月均", RateTime.Month, true), ("每年", RateTime.Year, true),
            ("年均", RateTime.Year, true), ("daily", RateTime.Day, true), ("monthly", RateTime.Month, true), ("annual", RateTime.Year, true),
            ("annually", RateTime.Year, false), ("weekly", RateTime.Week, true),
            ("毎秒", RateTime.Second, true), ("毎分", RateTime.Minute, true), ("毎時", RateTime.Hour, true), ("毎日", RateTime.Day, true),
            ("毎週", RateTime.Week, true), ("毎月", RateTime.Month, true), ("毎年", RateTime.Year, true), ("1日あたり", RateTime.Day, true),
            ("/s", RateTime.Second, false), ("/sec", RateTime.Second, false), ("/second", RateTime.Second, false), ("/min", RateTime.Minute, false),
            ("/minute", RateTime.Minute, false), ("/h", RateTime.Hour, false), ("/hr", RateTime.Hour, false), ("/hour", RateTime.Hour, false),
            ("/d", RateTime.Day, false), ("/day", RateTime.Day, false), ("/week", RateTime.Week, false), ("/wk", RateTime.Week, false),
            ("/month", RateTime.Month, false), ("/mo", RateTime.Month, false), ("/year", RateTime.Year, false), ("/yr", RateTime.Year, false),
            ("/秒", RateTime.Second, false), ("/分钟", RateTime.Minute, false), ("/分鐘", RateTime.Minute, false), ("/小时", RateTime.Hour, false),
            ("/小時", RateTime.Hour, false), ("/天", RateTime.Day, false), ("/日", RateTime.Day, false), ("/周", RateTime.Week, false),
            ("/週", RateTime.Week, false), ("/月", RateTime.Month, false), ("/年", RateTime.Year, false),
            ("每秒钟", RateTime.Second, false), ("每月", RateTime.Month, false), ("每年", RateTime.Year, false), ("每天", RateTime.Day, false),
            ("per second", RateTime.Second, false), ("per sec", RateTime.Second, false), ("per minute", RateTime.Minute, false),
            ("per min", RateTime.Minute, false), ("per hour", RateTime.Hour, false), ("per day", RateTime.Day, false), ("per week", RateTime.Week, false),
            ("per month", RateTime.Month, false), ("per year", RateTime.Year, false), ("per annum", RateTime.Year, false),
            ("a second", RateTime.Second, false), ("a minute", RateTime.Minute, false), ("an hour", RateTime.Hour, false), ("a day", RateTime.Day, false),
            ("a week", RateTime.Week, false), ("a month", RateTime.Month, false), ("a year", RateTime.Year, false), ("each day", RateTime.Day, false),
            ("every day", RateTime.Day, false), ("每一天", RateTime.Day, true),
        })
        {
            yield return new LexEntry(text, WordKind.Rate) { Rate = time, Before = before };
        }

        // A target (目标, 剑指, 上看, a target of) is not yet reached: an outlook, like a forecast.
        foreach (string text in new[] { "预计", "預計", "预期", "預期", "预测", "預測", "有望", "将达", "將達", "将达到", "將達到", "expected to reach", "expected to", "forecast to", "projected to", "forecast", "projected", "expected",
            "目标", "目標", "剑指", "劍指", "上看", "冲击", "衝擊", "直奔", "a target of", "target of", "targeting", "a goal of", "goal of" })
        {
            yield return new LexEntry(text, WordKind.Status) { Modifiers = FigureModifiers.Forecast };
        }

        foreach ((string text, FigureModifiers m) in new (string, FigureModifiers)[]
        {
            ("输入", FigureModifiers.InputTokens), ("輸入", FigureModifiers.InputTokens), ("输出", FigureModifiers.OutputTokens), ("輸出", FigureModifiers.OutputTokens),
            ("缓存命中", FigureModifiers.CachedInputTokens), ("緩存命中", FigureModifiers.CachedInputTokens), ("缓存输入", FigureModifiers.CachedInputTokens),
            ("緩存輸入", FigureModifiers.CachedInputTokens), ("input", FigureModifiers.InputTokens), ("prompt", FigureModifiers.InputTokens),
            ("output", FigureModifiers.OutputTokens), ("completion", FigureModifiers.OutputTokens), ("cached input", FigureModifiers.CachedInputTokens),
            ("cached", FigureModifiers.CachedInputTokens), ("cache hit", FigureModifiers.CachedInputTokens), ("cache-hit", FigureModifiers.CachedInputTokens),
        })
        {
            yield return new LexEntry(text, WordKind.TokenDirection) { Modifiers = m };
        }

        // Context words: they hold a character of a modifier but modify nothing, or they name the level a change reached.
        foreach (string text in new[]
        {
            "近期", "近日", "近年", "近来", "近來", "最近", "附近", "超市", "超级", "超級", "超大", "超算", "超长", "超長", "大多", "之多", "增值", "增量", "新增",
            "初始并发", "初始並發", "并发", "並發", "吞吐", "调用", "調用", "调用量", "調用量", "总计", "總計", "合计", "合計", "共计", "共計",
            "up to date", "top-tier", "top tier", "upgrade", "upgraded", "update", "updated",
            "made up", "make up", "makes up", "making up", "take up", "takes up", "took up", "taking up", "taken up", "better-than-expected", "better than expected", "worse-than-expected", "worse than expected",
            "than expected", "as expected", "unexpected", "升级", "升級", "一度", "market share", "share", "stake", "of", "in", "for", "at", "on", "with",
            "across", "from all", "a", "an", "this", "that", "which", "as", "during", "since", "among", "worldwide", "globally",
            "披露金額", "披露金额", "披露中標金額", "披露中标金额", "規模", "规模",
            "不及格", "不满意", "不滿意", "不满足", "不滿足", "未满足", "未滿足", "不下于此",
        })
        {
            yield return new LexEntry(text, WordKind.Context);
        }

        // Words of a new level: after a first figure they make the next one a second figure ("从1200亿暴涨至超5000亿").
        foreach (string text in new[]
        {
            "降至", "降到", "降为", "降為", "下降至", "下降到", "下降为", "下降為", "减少至", "減少至", "减少到", "減少到", "减至", "減至", "降低至", "降低到", "降低为",
            "降低為", "跌至", "跌到", "增至", "增到", "增长至", "增長至", "增长到", "增長到", "增加至", "增加到", "提升至", "提升到", "上升至", "上升到", "升至", "涨至",
            "漲至", "涨到", "漲到", "扩大至", "擴大至", "增长为", "增長為", "上调至", "上調至", "下调至", "下調至", "上调到", "下调到", "飙升至", "飆升至", "跃升至",
            "躍升至", "跃升到", "躍升到", "攀升至", "攀升到", "暴涨至", "暴漲至", "激增至", "提高至", "提高到", "变为", "變為", "达到了",
            "decreased to", "declined to", "fell to", "dropped to", "reduced to", "cut to", "increased to", "grew to", "rose to", "jumped to",
            "surged to", "climbed to", "expanded to", "soared to", "rising to", "climbing to", "jumping to", "growing to", "falling to", "dropping to",
            "plunged to", "declining to",
        })
        {
            yield return new LexEntry(text, WordKind.Context) { EndsChange = true };
        }

        yield return new LexEntry("×", WordKind.Unit) { Unit = Units.Multiple };
        foreach (string text in new[] { "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold", "tenfold", "hundredfold", "thousandfold", "tripled", "doubled", "quadrupled", "翻倍", "翻番", "减半", "減半" })
        {
            yield return new LexEntry(text, WordKind.Refuse) { Reason = $"'{text}' is a multiple written as a word, a figure of its own; write it in digits (7x, 2倍)" };
        }
        yield return new LexEntry("flat", WordKind.Refuse) { Reason = "'flat' states a second figure, a change of zero; give the figure alone" };

        foreach ((string text, string reason) in new (string, string)[]
        {
            ("亏损", "a loss (亏损) is money with a sign the text does not settle; write the figure as a negative amount or a profit"),
            ("虧損", "a loss (虧損) is money with a sign the text does not settle; write the figure as a negative amount or a profit"),
            ("净亏损", "a net loss (净亏损) is money with a sign the text does not settle; write the figure as a negative amount"),
            ("loss", "a loss is money with a sign the text does not settle; write the figure as a negative amount"),
            ("losses", "a loss is money with a sign the text does not settle; write the figure as a negative amount"),
            ("deficit", "a deficit is money with a sign the text does not settle; write the figure as a negative amount"),
            ("constant currency", "growth in constant currency leaves out exchange-rate moves: it is not the growth of the reported figure, and no basis here holds it"),
            ("constant-currency", "growth in constant currency leaves out exchange-rate moves: it is not the growth of the reported figure, and no basis here holds it"),
            ("constant exchange rates", "growth at constant exchange rates leaves out exchange-rate moves: it is not the growth of the reported figure"),
            ("固定汇率", "按固定汇率 (constant currency) growth leaves out exchange-rate moves: it is not the growth of the reported figure"),
            ("固定匯率", "按固定匯率 (constant currency) growth leaves out exchange-rate moves: it is not the growth of the reported figure"),
            ("不变汇率", "按不变汇率 (constant currency) growth leaves out exchange-rate moves: it is not the growth of the reported figure"),
            ("分别", "分别 (respectively) pairs several figures with several subjects; split them into one figure each"),
            ("分別", "分別 (respectively) pairs several figures with several subjects; split them into one figure each"),
            ("respectively", "'respectively' pairs several figures with several subjects; split them into one figure each"),
        })
        {
            yield return new LexEntry(text, WordKind.Refuse) { Reason = reason };
        }

        // Currencies and magnitudes of other scripts: yen, won, roubles, with the Korean and Russian magnitude words.
        foreach ((string text, string code) in new (string, string)[]
        {
            ("円", "JPY"), ("원", "KRW"), ("韩元", "KRW"), ("韓元", "KRW"), ("韩圆", "KRW"), ("卢布", "RUB"), ("盧布", "RUB"), ("рублей", "RUB"),
            ("рубля", "RUB"), ("рубль", "RUB"), ("руб.", "RUB"), ("руб", "RUB"), ("₽", "RUB"), ("rub", "RUB"), ("roubles", "RUB"), ("rubles", "RUB"),
            ("krw", "KRW"), ("won", "KRW"), ("twd", "TWD"), ("新台币元", "TWD"), ("sgd", "SGD"), ("新加坡元", "SGD"), ("inr", "INR"), ("rupees", "INR"),
            ("印度卢比", "INR"), ("澳元", "AUD"), ("加元", "CAD"), ("瑞郎", "CHF"),

            // Japanese: ドル alone is the US dollar (953億ドル); other dollars are named (豪ドル, 香港ドル).
            ("ドル", "USD"), ("米ドル", "USD"), ("豪ドル", "AUD"), ("香港ドル", "HKD"), ("カナダドル", "CAD"), ("台湾ドル", "TWD"),
            ("新台湾ドル", "TWD"), ("シンガポールドル", "SGD"), ("ユーロ", "EUR"), ("人民元", "CNY"),
        })
        {
            yield return new LexEntry(text, WordKind.CurrencySuffix) { Currency = code };
        }

        foreach ((string text, string code) in new (string, string)[] { ("₩", "KRW"), ("₽", "RUB"), ("nt$", "TWD"), ("nt $", "TWD"), ("s$", "SGD"), ("₹", "INR"), ("krw", "KRW"), ("twd", "TWD"), ("sgd", "SGD") })
        {
            yield return new LexEntry(text, WordKind.CurrencyPrefix) { Currency = code };
        }

        foreach ((string text, decimal m) in new (string, decimal)[]
        {
            ("만", 10_000m), ("억", 100_000_000m), ("조", 1_000_000_000_000m), ("천", 1_000m),
            ("тыс.", 1_000m), ("тыс", 1_000m), ("млн", 1_000_000m), ("млн.", 1_000_000m), ("млрд", 1_000_000_000m), ("млрд.", 1_000_000_000m),
            ("трлн", 1_000_000_000_000m), ("трлн.", 1_000_000_000_000m),
        })
        {
            yield return new LexEntry(text, WordKind.Scale) { Multiplier = m };
        }

        foreach (string text in new[] { "トークン", "词元", "詞元" })
        {
            yield return new LexEntry(text, WordKind.Unit) { Unit = Units.Token };
        }

        yield return new LexEntry("又", WordKind.PairJoin);
        yield return new LexEntry("比", WordKind.Comparative);
        foreach (string text in new[] { "第", "the", "no.", "no ", "#", "top " })
        {
            yield return new LexEntry(text, WordKind.Ordinal);
        }
    }
}
