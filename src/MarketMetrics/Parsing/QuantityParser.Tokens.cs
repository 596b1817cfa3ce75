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

    private readonly record struct Token(TokenKind Kind, int Start, int End, decimal Value, LexEntry? Entry, string? ScaleText, decimal ScaleMultiplier, bool Digits)
    {
        /// <summary>For a numeral with 几 in a digit place: the exclusive upper end.</summary>
        public decimal? FewHigh { get; init; }

        public bool Approximate { get; init; }

        public bool FractionOnly { get; init; }

        public bool Rank { get; init; }
    }

    private ParseError? Tokenize(ReadOnlySpan<char> s, int[] map, List<Token> tokens)
    {
        int i = 0;
        bool negate = false;
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

            Token? previous = LastSignificant(tokens);
            if (comparative && previous is { Kind: TokenKind.Number } && "大高多长長小低少短".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(TokenKind.Word, i, i + 1, 0m, "大高多长長".Contains(c, StringComparison.Ordinal) ? ComparativeOver : ComparativeUnder, null, 1m, false));
                comparative = false;
                i++;
                continue;
            }

            bool afterNumber = previous is { Kind: TokenKind.Number } || previous is { Kind: TokenKind.Word, Entry.Kind: WordKind.Scale or WordKind.Unit or WordKind.CurrencySuffix or WordKind.PercentSuffix or WordKind.PercentagePoints or WordKind.QualifierAfter };
            if ((c == '-' || c == '+') && i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] == '.') && !afterNumber)
            {
                negate = c == '-';
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                ReadNumber number = NumberReader.ReadArabic(s, i);
                if (number.Error is { } code)
                {
                    return new ParseError(code, number.ErrorMessage!, map[i]);
                }

                int next = SkipSpaces(s, number.End);
                if (next < s.Length && IsChineseNumeralContinuation(s, next))
                {
                    ReadNumber chinese = NumberReader.ReadChinese(s, i, number, allowBareUnit: true);
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

                tokens.Add(new Token(TokenKind.Number, i, number.End, negate ? -number.Value : number.Value, null, number.ScaleText, number.ScaleMultiplier, true));
                negate = false;
                i = number.End;
                continue;
            }

            bool afterPercentPrefix = previous is { Kind: TokenKind.Word, Entry.Kind: WordKind.PercentPrefix };
            if (NumberReader.StartsChineseNumeral(s, i) || (afterPercentPrefix && (c == '百' || c == '千')))
            {
                ReadNumber number = NumberReader.ReadChinese(s, i, null, allowBareUnit: afterPercentPrefix);
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
                        fewHigh = NumberReader.ReadChinese(s, i, null, afterPercentPrefix, fewDigit: 10).Value;
                    }

                    tokens.Add(new Token(TokenKind.Number, i, number.End, negate ? -number.Value : number.Value, null, number.ScaleText, number.ScaleMultiplier, false) { FewHigh = fewHigh });
                    negate = false;
                    i = number.End;
                    continue;
                }
            }

            if (c == '半' && previous is { Kind: TokenKind.Word, Entry.Kind: WordKind.QualifierBefore })
            {
                // 近半, 超半, 过半: half of a whole, 50%.
                tokens.Add(new Token(TokenKind.Number, i, i + 1, 50m, null, null, 1m, false));
                tokens.Add(new Token(TokenKind.Word, i + 1, i + 1, 0m, HalfPercent, null, 1m, false));
                i++;
                continue;
            }

            if (char.IsAsciiLetter(c) && (i == 0 || !char.IsAsciiLetter(s[i - 1])))
            {
                ReadNumber? english = NumberReader.ReadEnglish(s, i);
                if (english is { } words)
                {
                    tokens.Add(new Token(TokenKind.Number, i, words.End, negate ? -words.Value : words.Value, null, null, 1m, false)
                    {
                        Approximate = words.Approximate,
                        FractionOnly = words.FractionOnly,
                    });
                    negate = false;
                    i = words.End;
                    continue;
                }
            }

            LexEntry? entry = _lexicon.Match(s, i, out int end);
            if (entry is { Kind: WordKind.QualifierAfter, IsLatin: true } && entry.Text.Contains(' ', StringComparison.Ordinal) && StartsNumber(s, SkipSpaces(s, end)))
            {
                // "above 1000 and below 1500": the joining word, then a qualifier of the second bound.
                int wordEnd = i + s[i..].IndexOf(' ');
                tokens.Add(new Token(TokenKind.Word, i, wordEnd, 0m, JoinWord, null, 1m, false));
                i = wordEnd;
                continue;
            }

            if (entry is not null)
            {
                if (entry.Kind == WordKind.Negative)
                {
                    negate = true;
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
                    tokens.Add(new Token(TokenKind.Word, i, end, 0m, entry, null, 1m, false));
                }

                i = end;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                int wordEnd = i;
                while (wordEnd < s.Length && (char.IsAsciiLetter(s[wordEnd]) || s[wordEnd] == '.'))
                {
                    wordEnd++;
                }

                tokens.Add(new Token(TokenKind.Latin, i, wordEnd, 0m, null, null, 1m, false));
                i = wordEnd;
                continue;
            }

            tokens.Add(new Token(TokenKind.Noise, i, i + 1, 0m, null, null, 1m, false));
            i++;
        }

        MarkRank(tokens, ref rankIndex, rankStart);
        return null;
    }

    private static readonly LexEntry HalfPercent = new("%", WordKind.PercentSuffix) { Multiplier = 1m };

    private static readonly LexEntry JoinWord = new("and", WordKind.PairJoin);

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

    private static Token? LastSignificant(List<Token> tokens) => tokens.Count == 0 ? null : tokens[^1];

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
        && !(i + 1 < s.Length && "米克瓦卡焦帕赫伏升分".Contains(s[i + 1], StringComparison.Ordinal));

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
        if (c == '十' && after == '分')
        {
            return true;
        }

        return c == '一' && (before is '统' or '統' or '唯' or '同' or '万' or '萬' or '之' || after is '些' or '般' or '直' or '定' or '样' or '樣' or '起' or '致');
    }
}
