using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MarketMetrics.Parsing;

public sealed partial class QuantityParser
{
    private enum TokenKind : byte
    {
        Number,
        Word,
        Noise,
        Latin,
    }

    // Tokens are small (kind, place, lexicon entry); what a number carries lives in the parallel list of numbers.
    private readonly record struct Token(TokenKind Kind, int Start, int End, LexEntry? Entry = null, int Number = -1)
    {
        public bool Rank { get; init; }
    }

    // A number token is its value and four flags (24 bytes, no reference, so writing one needs no GC write barrier); the
    // fields most numbers leave at their defaults (no scale word, a multiplier of 1, no digit place, no 几 bound) are kept
    // apart in NumberTokens and read through it. A long run of one-letter words ("a a a …", each the English number one)
    // makes one number token per word, and their records were most of the memory such a parse wrote.
    private readonly record struct NumberToken(decimal Value)
    {
        /// <summary>Digits alone, with no digit place or magnitude ("5", not "5万" or "五千").</summary>
        public bool Bare { get; init; }

        /// <summary>The numeral holds a magnitude (万, 亿) of its own, as part of its digits or as its scale word.</summary>
        public bool HasMagnitude { get; init; }

        public bool Approximate { get; init; }

        public bool FractionOnly { get; init; }

        /// <summary>One more than the index of this number's <see cref="RareNumber"/> in its list; 0 for the defaults.</summary>
        public int RareIndex { get; init; }
    }

    /// <summary>What few numbers carry: the scale word and its multiplier, what the places of a single digit multiply by
    /// ("5千" → 1000, for a range's bare low end; 0 when not read), and for a numeral with 几 in a digit place the exclusive
    /// upper end.</summary>
    private readonly record struct RareNumber(string? ScaleText, decimal ScaleMultiplier, decimal PlaceMultiplier, decimal? FewHigh)
    {
        public static readonly RareNumber Defaults = new(null, 1m, 0m, null);
    }

    /// <summary>The number tokens of one parse and, apart, the rare fields of the few that have them.</summary>
    private sealed class NumberTokens
    {
        private readonly List<NumberToken> _numbers = new(4);
        private readonly List<RareNumber> _rare = new(2);

        public int Count => _numbers.Count;

        public NumberToken this[int index]
        {
            get => _numbers[index];
            set => _numbers[index] = value;
        }

        public void Add(NumberToken number) => _numbers.Add(number);

        public void Clear()
        {
            _numbers.Clear();
            _rare.Clear();
        }

        /// <summary>The number's rare fields.</summary>
        public RareNumber Rare(in NumberToken number) => number.RareIndex == 0 ? RareNumber.Defaults : _rare[number.RareIndex - 1];

        /// <summary><paramref name="number"/> with these rare fields: kept apart unless they are exactly the defaults
        /// (the same value and scale: 1.0 is not 1 here, since a scale carries into the products).</summary>
        public NumberToken With(NumberToken number, string? scaleText, decimal scaleMultiplier, decimal placeMultiplier, decimal? fewHigh)
        {
            if (scaleText is null && fewHigh is null && IsExactly(scaleMultiplier, 1m) && IsExactly(placeMultiplier, 0m))
            {
                return number with { RareIndex = 0 };
            }

            _rare.Add(new RareNumber(scaleText, scaleMultiplier, placeMultiplier, fewHigh));
            return number with { RareIndex = _rare.Count };
        }

        private static bool IsExactly(decimal value, decimal expected) => value == expected && value.Scale == 0 && !decimal.IsNegative(value);
    }

    private ParseError? Tokenize(ReadOnlySpan<char> s, int[] map, Scratch scratch)
    {
        List<Token> tokens = scratch.Tokens;
        NumberTokens numbers = scratch.Numbers;
        int i = 0;
        bool negate = false;
        int signAt = -1; // where a sign or a negative word began: the printed figure starts there
        bool comparative = false;
        int rankIndex = -1;
        int rankStart = -1;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            MarkRank(tokens, ref rankIndex, rankStart);

            if (c >= '\u0080' && c < '\u3000')
            {
                // Vulgar fractions (1½), superscript powers (10²) and other numeral characters (①, Ⅻ): read or refused.
                int before = i;
                ParseError? numeralError = ReadSpecialNumeral(s, map, tokens, numbers, ref i);
                if (numeralError is not null)
                {
                    return numeralError;
                }

                if (i != before)
                {
                    continue;
                }
            }

            if (c == '\uFFFD' && ((tokens.Count > 0 && tokens[^1].Kind == TokenKind.Number && tokens[^1].End == i) || (i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] == '\u0085'))))
            {
                // A replacement character next to a figure: bytes were decoded with the wrong encoding, and a digit or a
                // magnitude may be among them.
                return new ParseError(ParseErrorCode.InvalidNumber, "A replacement character (U+FFFD) stands next to the figure: the text was decoded with the wrong encoding.", map[i]);
            }

            if (!MayStartToken(c))
            {
                // Most characters of running text start nothing: they join the noise token right before them, if any
                // (not after 第 / No., where the next token must stay a token of its own).
                AddNoise(tokens, i, merge: rankIndex < 0);
                i++;
                continue;
            }

            (TokenKind? previous, WordKind? previousWord) = Last(tokens);
            if (comparative && previous != TokenKind.Number && "高多低少".Contains(c, StringComparison.Ordinal) && i + 1 < s.Length && s[i + 1] != '于' && s[i + 1] != '於')
            {
                // "比行业低99%": lower than the industry by 99%, a change.
                AddWord(tokens, i, i + 1, "高多".Contains(c, StringComparison.Ordinal) ? ComparativeHigher : ComparativeLower);
                comparative = false;
                i++;
                continue;
            }

            if (comparative && previous == TokenKind.Number && "大高多长長小低少短".Contains(c, StringComparison.Ordinal))
            {
                AddWord(tokens, i, i + 1, "大高多长長".Contains(c, StringComparison.Ordinal) ? ComparativeOver : ComparativeUnder);
                comparative = false;
                i++;
                continue;
            }

            bool afterNumber = previous == TokenKind.Number || previousWord is WordKind.Scale or WordKind.Unit or WordKind.CurrencySuffix or WordKind.PercentSuffix or WordKind.PercentagePoints or WordKind.QualifierAfter;
            if ((c == '-' || c == '+') && i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] == '.') && !afterNumber)
            {
                negate = c == '-';
                signAt = i;
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                int digitsAt = i;
                ParseError? error = ReadDigits(s, map, tokens, numbers, i, negate, signAt, _zhaoIsTrillion, out i);
                if (error is not null)
                {
                    return error;
                }

                if (i <= digitsAt)
                {
                    // Every reader must move on; one that does not would loop forever on this input.
                    return new ParseError(ParseErrorCode.InvalidNumber, $"The number at position {map[digitsAt]} cannot be read.", map[digitsAt]);
                }

                negate = false;
                signAt = -1;
                continue;
            }

            if (TryReadHalf(s, tokens, numbers, previousWord, ref i))
            {
                continue;
            }

            bool afterPercentPrefix = previousWord == WordKind.PercentPrefix;
            if (NumberReader.StartsChineseNumeral(s, i) || (afterPercentPrefix && (c == '百' || c == '千')))
            {
                ParseError? error = ReadChineseNumeral(s, map, tokens, numbers, i, negate, signAt, afterPercentPrefix, _zhaoIsTrillion, out int next);
                if (error is not null)
                {
                    return error;
                }

                if (next > i)
                {
                    negate = false;
                    signAt = -1;
                    i = next;
                    continue;
                }
            }


            if (char.IsAsciiLetter(c) && (i == 0 || !char.IsAsciiLetter(s[i - 1])) && NumberReader.StartsEnglishNumber(s, i))
            {
                ParseError? wordsError = ReadEnglishNumber(s, map, tokens, numbers, i, negate, signAt, out int wordsEnd);
                if (wordsError is not null)
                {
                    return wordsError;
                }

                if (wordsEnd > i)
                {
                    negate = false;
                    signAt = -1;
                    i = wordsEnd;
                    continue;
                }
            }

            LexEntry? entry = _lexicon.Match(s, i, out int end);
            if (entry is { Kind: WordKind.QualifierAfter, IsLatin: true } && entry.Text.Contains(' ', StringComparison.Ordinal) && StartsNumber(s, SkipSpaces(s, end)))
            {
                // "above 1000 and below 1500": the joining word, then a qualifier of the second bound.
                int wordEnd = i + s[i..].IndexOf(' ');
                AddWord(tokens, i, wordEnd, JoinWord);
                i = wordEnd;
                continue;
            }

            if (entry is not null)
            {
                if (entry.Kind == WordKind.Negative)
                {
                    negate = true;
                    signAt = signAt >= 0 ? signAt : i;
                }
                else if (entry.Kind == WordKind.Comparative)
                {
                    comparative = true;
                }
                else if (entry.Kind == WordKind.Ordinal)
                {
                    // 第一, No. 1: a position in a ranking.
                    rankIndex = entry.Text == "the" ? -1 : tokens.Count;
                    rankStart = i;
                }
                else
                {
                    AddWord(tokens, i, end, entry);
                }

                i = end;
                continue;
            }

            if (IsWordLetter(c))
            {
                int wordEnd = i;
                while (wordEnd < s.Length && (IsWordLetter(s[wordEnd]) || s[wordEnd] == '.'))
                {
                    wordEnd++;
                }

                tokens.Add(new Token(TokenKind.Latin, i, wordEnd));
                i = wordEnd;
                continue;
            }

            AddNoise(tokens, i, merge: rankIndex < 0);
            i++;
        }

        MarkRank(tokens, ref rankIndex, rankStart);
        return null;
    }

    // The branches below run once per token and keep their large temporaries (numbers read, tokens built, messages) out
    // of Tokenize's own frame, which the runtime clears on every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseError? ReadDigits(ReadOnlySpan<char> s, int[] map, List<Token> tokens, NumberTokens numbers, int i, bool negate, int signAt, bool zhaoIsTrillion, out int next)
    {
        next = i;
        ReadNumber number = NumberReader.ReadArabic(s, i);
        if (number.Error is { } code)
        {
            return new ParseError(code, number.ErrorMessage!, map[i]);
        }

        int after = SkipSpaces(s, number.End);
        if ((after < s.Length && IsChineseNumeralContinuation(s, after)) || (number.End + 1 < s.Length && s[number.End] == '/'))
        {
            // Rare: Chinese magnitudes after the digits ("5000億") or a fraction ("1/4"); kept apart for a small frame here.
            return ReadDigitsContinued(s, map, tokens, numbers, i, negate, signAt, number, after, zhaoIsTrillion, out next);
        }

        if (!negate && IsYearLabel(s, i, number))
        {
            // "2021年为35%", "2025上半年": a year names the period, it is no figure.
            AddNoise(tokens, i, merge: true);
            for (int k = i + 1; k < number.End; k++)
            {
                AddNoise(tokens, k, merge: true);
            }

            next = number.End;
            return null;
        }

        AddNumber(tokens, numbers, signAt >= 0 ? signAt : i, number.End, new NumberToken(negate ? -number.Value : number.Value) { Bare = true });
        next = number.End;
        return null;
    }

    private static bool IsYearLabel(ReadOnlySpan<char> s, int start, ReadNumber number)
    {
        if (number.End - start != 4 || number.Value is < 1900m or > 2100m || number.End >= s.Length)
        {
            return false;
        }

        char after = s[number.End];
        return after is '年' or '财' or '財' or '上' or '下' or '全' || (after == 'Q' && number.End + 1 < s.Length && char.IsAsciiDigit(s[number.End + 1]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseError? ReadDigitsContinued(
        ReadOnlySpan<char> s, int[] map, List<Token> tokens, NumberTokens numbers, int i, bool negate, int signAt, ReadNumber number, int after, bool zhaoIsTrillion, out int next)
    {
        next = i;
        if (after < s.Length && IsChineseNumeralContinuation(s, after))
        {
            ReadNumber chinese = NumberReader.ReadChinese(s, i, number, allowBareUnit: true, zhaoIsTrillion: zhaoIsTrillion);
            if (chinese.Error is { } chineseCode)
            {
                return new ParseError(chineseCode, chinese.ErrorMessage!, map[chineseCode == ParseErrorCode.AmbiguousScale ? Math.Min(chinese.End - 1, s.Length - 1) : i]);
            }

            number = chinese;
        }

        if (number.ScaleText is null && number.End + 1 < s.Length && s[number.End] == '/' && char.IsAsciiDigit(s[number.End + 1])
            && number.Value == decimal.Truncate(number.Value))
        {
            ReadNumber denominator = NumberReader.ReadArabic(s, number.End + 1);
            ParseError? fractionError = ToFraction(ref number, denominator, s, map, i);
            if (fractionError is not null)
            {
                return fractionError;
            }
        }

        AddNumber(tokens, numbers, signAt >= 0 ? signAt : i, number.End,
            numbers.With(
                new NumberToken(negate ? -number.Value : number.Value) { Bare = !number.HasUnits && number.ScaleText is null, HasMagnitude = number.HasMagnitude || number.ScaleText is not null },
                number.ScaleText, number.ScaleMultiplier, number.PlaceMultiplier, fewHigh: null));
        next = number.End;
        return null;
    }

    // Returns an error, or the end of the numeral read (i itself when there is no numeral here after all).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseError? ReadChineseNumeral(ReadOnlySpan<char> s, int[] map, List<Token> tokens, NumberTokens numbers, int i, bool negate, int signAt, bool afterPercentPrefix, bool zhaoIsTrillion, out int next)
    {
        next = i;
        ReadNumber number = NumberReader.ReadChinese(s, i, null, allowBareUnit: afterPercentPrefix, zhaoIsTrillion: zhaoIsTrillion);
        if (number.Error is ParseErrorCode.Overflow or ParseErrorCode.AmbiguousScale)
        {
            return new ParseError(number.Error.Value, number.ErrorMessage!, map[i]);
        }

        if (number.Error is null && number.End + 2 < s.Length && s[number.End] == '分' && s[number.End + 1] == '之'
            && NumberReader.StartsChineseNumeral(s, number.End + 2))
        {
            // 四分之一 = 1/4: the denominator comes first.
            ReadNumber numerator = NumberReader.ReadChinese(s, number.End + 2, null, allowBareUnit: false);
            ReadNumber denominator = number with { End = numerator.End };
            number = numerator with { End = numerator.End };
            ParseError? fractionError = ToFraction(ref number, denominator, s, map, i);
            if (fractionError is not null)
            {
                return fractionError;
            }
        }

        if (number.Error is null && number.End > i && !IsFalseNumeral(s, i, number.End))
        {
            decimal? fewHigh = null;
            if (s.Slice(i, number.End - i).IndexOfAny('几', '幾') >= 0)
            {
                fewHigh = NumberReader.ReadChinese(s, i, null, afterPercentPrefix, fewDigit: 10, zhaoIsTrillion: zhaoIsTrillion).Value;
            }

            AddNumber(tokens, numbers, signAt >= 0 ? signAt : i, number.End, numbers.With(
                new NumberToken(negate ? -number.Value : number.Value) { Bare = !number.HasUnits, HasMagnitude = number.HasMagnitude },
                number.ScaleText, number.ScaleMultiplier, number.PlaceMultiplier, fewHigh));
            next = number.End;
        }

        return null;
    }

    // Returns the end of the English number words read, or i when there are none.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseError? ReadEnglishNumber(ReadOnlySpan<char> s, int[] map, List<Token> tokens, NumberTokens numbers, int i, bool negate, int signAt, out int end)
    {
        end = i;
        if (NumberReader.ReadEnglish(s, i) is not { } words)
        {
            return null;
        }

        if (words.Error is { } code)
        {
            return new ParseError(code, words.ErrorMessage!, map[i]);
        }

        AddNumber(tokens, numbers, signAt >= 0 ? signAt : i, words.End, new NumberToken(negate ? -words.Value : words.Value)
        {
            Approximate = words.Approximate,
            FractionOnly = words.FractionOnly,
            Bare = !words.HasUnits,
            HasMagnitude = words.HasUnits,
        });
        end = words.End;
        return null;
    }

    // Characters that may start a number, a word of the lexicon or a comparative; any other character is noise. All of
    // ASCII counts, so that Latin words, signs and separators take the full path.
    private static readonly ulong[] Starters = BuildStarters();

    private static bool MayStartToken(char c) => (Starters[c >> 6] & (1UL << (c & 63))) != 0;

    private static ulong[] BuildStarters()
    {
        var bits = new ulong[65536 / 64];
        void Mark(char c) => bits[c >> 6] |= 1UL << (c & 63);
        for (char c = '\0'; c < (char)128; c++)
        {
            Mark(c);
        }

        foreach (char c in Lexicon.Default.FirstCharacters)
        {
            Mark(c);
        }

        foreach (char c in "十百千万萬亿億兆两兩半大高多长長小低少短零〇一壹二贰貳三叁參四肆五伍六陆陸七柒八捌九玖拾佰仟几幾")
        {
            Mark(c);
        }

        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            if (NumberReader.IsChineseDigit(c))
            {
                Mark(c);
            }
        }

        // Letters of other scripts (Cyrillic, Greek, Hangul, kana …) form words that are read or refused, never skipped.
        for (int c = 128; c < 65536; c++)
        {
            if (IsWordLetter((char)c))
            {
                Mark((char)c);
            }
        }

        return bits;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddNoise(List<Token> tokens, int i, bool merge)
    {
        Span<Token> all = CollectionsMarshal.AsSpan(tokens);
        if (merge && all.Length > 0 && all[^1].Kind == TokenKind.Noise && all[^1].End == i)
        {
            all[^1] = all[^1] with { End = i + 1 };
            return;
        }

        tokens.Add(new Token(TokenKind.Noise, i, i + 1));
    }

    private static void AddNumber(List<Token> tokens, NumberTokens numbers, int start, int end, NumberToken number)
    {
        tokens.Add(new Token(TokenKind.Number, start, end, Number: numbers.Count));
        numbers.Add(number);
    }

    private static void AddWord(List<Token> tokens, int start, int end, LexEntry entry) => tokens.Add(new Token(TokenKind.Word, start, end, entry));

    private static readonly LexEntry HalfPercent = new("%", WordKind.PercentSuffix) { Multiplier = 1m };

    private static readonly LexEntry JoinWord = new("and", WordKind.PairJoin);

    private static readonly LexEntry ComparativeHigher = new("高", WordKind.Direction) { Modifiers = FigureModifiers.Change };

    private static readonly LexEntry ComparativeLower = new("低", WordKind.Direction) { Modifiers = FigureModifiers.Change | FigureModifiers.Decrease };

    private static readonly LexEntry ComparativeOver = new("大", WordKind.QualifierAfter) { Qualifier = FigureQualifier.Over };

    private static readonly LexEntry ComparativeUnder = new("小", WordKind.QualifierAfter) { Qualifier = FigureQualifier.Under };

    private static bool StartsNumber(ReadOnlySpan<char> s, int i) =>
        i < s.Length && (char.IsAsciiDigit(s[i]) || NumberReader.StartsChineseNumeral(s, i) || (char.IsAsciiLetter(s[i]) && NumberReader.ReadEnglish(s, i) is not null));

    // The token right after 第 / No. is a rank, if it is a number at all.
    private static void MarkRank(List<Token> tokens, ref int rankIndex, int rankStart)
    {
        if (rankIndex < 0 || tokens.Count <= rankIndex)
        {
            return;
        }

        if (tokens[rankIndex].Kind == TokenKind.Number)
        {
            tokens[rankIndex] = tokens[rankIndex] with { Rank = true, Start = rankStart };
        }

        rankIndex = -1;
    }

    // The kind of the last token, and its word's kind when it is a word; read in place (tokens are large structs).
    private static (TokenKind? Kind, WordKind? Word) Last(List<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return (null, null);
        }

        ref readonly Token last = ref CollectionsMarshal.AsSpan(tokens)[^1];
        return (last.Kind, last.Kind == TokenKind.Word ? last.Entry!.Kind : null);
    }

    private static ParseError? ToFraction(ref ReadNumber numerator, ReadNumber denominator, ReadOnlySpan<char> s, int[] map, int start)
    {
        if (denominator.Error is not null || denominator.Value == 0m)
        {
            return new ParseError(ParseErrorCode.InvalidNumber, $"'{s[start..denominator.End]}' is not a fraction with a non-zero denominator.", map[start]);
        }

        decimal value = ExactDecimal.Divide(numerator.Value, denominator.Value, RoundingDirection.Down, out bool exact);
        if (!exact)
        {
            return new ParseError(ParseErrorCode.InvalidNumber, $"'{s[start..denominator.End]}' has no exact decimal value; write it as a decimal or a range.", map[start]);
        }

        numerator = numerator with { Value = value, End = denominator.End };
        return null;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsChineseNumeralContinuation(ReadOnlySpan<char> s, int i) =>
        s[i] is '十' or '百' or '千' or '万' or '萬' or '亿' or '億' or '兆' or '零'
        && !(i + 1 < s.Length && "米克瓦卡焦帕赫伏升分".Contains(s[i + 1], StringComparison.Ordinal) && !NumberReader.IsMinutes(s, i + 1));

    // 一 inside ordinary words (统一, 唯一, 一些, 第一) is not a figure; nor is a lone 十 in 十分 ("very").
    private static bool IsFalseNumeral(ReadOnlySpan<char> s, int start, int end)
    {
        if (end - start != 1)
        {
            return false;
        }

        char c = s[start];
        char before = start > 0 ? s[start - 1] : ' ';
        char after = end < s.Length ? s[end] : ' ';
        if (c == '十' && after == '分' && !NumberReader.IsMinutes(s, end))
        {
            return true;
        }

        return c == '一' && (before is '统' or '統' or '唯' or '同' or '万' or '萬' or '之' || after is '些' or '般' or '直' or '定' or '样' or '樣' or '起' or '致'
            or '度' or '旦' or '再' or '向' or '带' or '帶' or '线' or '線' or '流' or '体' or '體' or '批' or '举' or '舉' or '切' or '道' or '手' or '步' or '同');
    }

    /// <summary>A letter that forms a word: any letter but the CJK ideographs, which are read character by character.</summary>
    private static bool IsWordLetter(char c) =>
        char.IsAsciiLetter(c) || (c >= '\u00C0' && char.IsLetter(c) && !TextNormalizer.IsCjk(c) && c is not (>= '\uF900' and <= '\uFAFF'));

    // 一半 and 半数 are half of a whole; 近半, 超半, 过半, 不到一半 a qualified half. All are 50%.
    private static bool TryReadHalf(ReadOnlySpan<char> s, List<Token> tokens, NumberTokens numbers, WordKind? previousWord, ref int i)
    {
        char c = s[i];
        int start = i, end;
        if (c == '半' && (previousWord == WordKind.QualifierBefore || (i + 1 < s.Length && s[i + 1] is '数' or '數')))
        {
            end = i + 1 < s.Length && s[i + 1] is '数' or '數' ? i + 2 : i + 1;
        }
        else if (c == '一' && i + 1 < s.Length && s[i + 1] == '半')
        {
            end = i + 2;
        }
        else if (c is '过' or '過' && i + 1 < s.Length && s[i + 1] == '半')
        {
            AddWord(tokens, i, i + 1, HalfOver);
            start = i + 1;
            end = i + 2;
        }
        else
        {
            return false;
        }

        AddNumber(tokens, numbers, start, end, new NumberToken(50m));
        AddWord(tokens, end, end, HalfPercent);
        i = end;
        return true;
    }

    private static readonly LexEntry HalfOver = new("过", WordKind.QualifierBefore) { Qualifier = FigureQualifier.Over };

    // Reads a vulgar fraction (1½ = 1.5, ½ = 0.5) or a superscript power (10² = 100) at i, or refuses another numeral
    // character; leaves i alone when the character is none of these.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseError? ReadSpecialNumeral(ReadOnlySpan<char> s, int[] map, List<Token> tokens, NumberTokens numbers, ref int i)
    {
        char c = s[i];
        (int numerator, int denominator) = c switch
        {
            '½' => (1, 2), '¼' => (1, 4), '¾' => (3, 4), '⅛' => (1, 8), '⅜' => (3, 8), '⅝' => (5, 8), '⅞' => (7, 8),
            '⅕' => (1, 5), '⅖' => (2, 5), '⅗' => (3, 5), '⅘' => (4, 5), '⅒' => (1, 10),
            '⅓' => (1, 3), '⅔' => (2, 3), '⅙' => (1, 6), '⅚' => (5, 6), '⅐' => (1, 7), '⅑' => (1, 9),
            _ => (0, 0),
        };
        bool afterNumber = tokens.Count > 0 && tokens[^1].Kind == TokenKind.Number && tokens[^1].End == i;
        if (denominator > 0)
        {
            if (denominator % 3 == 0 || denominator % 7 == 0)
            {
                return new ParseError(ParseErrorCode.InvalidNumber, $"'{c}' has no exact decimal value; write it as a decimal or a range.", map[i]);
            }

            decimal fraction = (decimal)numerator / denominator;
            if (afterNumber)
            {
                NumberToken last = numbers[tokens[^1].Number];
                if (numbers.Rare(last).ScaleText is not null || last.Value != decimal.Truncate(last.Value))
                {
                    return new ParseError(ParseErrorCode.InvalidNumber, $"'{c}' after '{s[tokens[^1].Start..i]}' is no fraction of a whole number.", map[i]);
                }

                numbers[tokens[^1].Number] = last with { Value = last.Value < 0m ? last.Value - fraction : last.Value + fraction };
                tokens[^1] = tokens[^1] with { End = i + 1 };
            }
            else
            {
                AddNumber(tokens, numbers, i, i + 1, new NumberToken(fraction));
            }

            i++;
            return null;
        }

        int digit = Superscript(c);
        if (digit >= 0 || c == '⁻')
        {
            if (!afterNumber)
            {
                return new ParseError(ParseErrorCode.InvalidNumber, $"The power '{c}' follows no number.", map[i]);
            }

            int j = i;
            bool negative = false;
            if (s[j] == '⁻')
            {
                negative = true;
                j++;
            }

            int power = 0, digits = 0;
            while (j < s.Length && Superscript(s[j]) is >= 0 and var d && digits < 3)
            {
                power = (power * 10) + d;
                digits++;
                j++;
            }

            NumberToken baseNumber = numbers[tokens[^1].Number];
            decimal? raised = digits == 0 || numbers.Rare(baseNumber).ScaleText is not null ? null : NumberReader.Power(baseNumber.Value, negative ? -power : power);
            if (raised is null)
            {
                return new ParseError(ParseErrorCode.InvalidNumber, $"'{s[tokens[^1].Start..j]}' has no exact decimal value within 28 significant digits.", map[i]);
            }

            numbers[tokens[^1].Number] = baseNumber with { Value = raised.Value };
            tokens[^1] = tokens[^1] with { End = j };
            i = j;
            return null;
        }

        if (char.IsNumber(c) && !NumberReader.IsChineseDigit(c))
        {
            return new ParseError(ParseErrorCode.InvalidNumber, $"The numeral character '{c}' (U+{(int)c:X4}) is not read; write the figure in digits.", map[i]);
        }

        return null;
    }

    private static int Superscript(char c) => c switch
    {
        '⁰' => 0, '¹' => 1, '²' => 2, '³' => 3, '⁴' => 4, '⁵' => 5, '⁶' => 6, '⁷' => 7, '⁸' => 8, '⁹' => 9,
        _ => -1,
    };
}
