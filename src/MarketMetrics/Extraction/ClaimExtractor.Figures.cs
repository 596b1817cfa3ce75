using MarketMetrics.Parsing;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
        private const int MaxFigureLength = 96;

        private const string Numerals = "零〇一二三四五六七八九十百千万萬亿億两兩";

        private static readonly string[] TokenMeasureWords = ["使用量", "调用量", "調用量", "呼叫量", "消耗量", "用量", "处理量", "處理量", "日均量"];

        // Words of money before a bare number: its unit is then no count of tokens or users, whatever else the clause names.
        private static readonly string[] MoneyWords = ["收入", "营收", "支出", "金额", "费用", "价格", "成本", "利润", "revenue", "spend", "price", "cost"];

        private static readonly string[] UserMeasureWords = ["用户数", "用户量", "用户规模"];

        private static readonly string[] ComparisonWords = ["较", "相较", "相比", "比上", "compared with", "up from", "from"];

        private static readonly System.Buffers.SearchValues<char> NumeralValues = System.Buffers.SearchValues.Create(Numerals);

        // Asked of every character of every sentence: a lookup in a bitmap, not a search of the string.
        private static bool IsNumeral(char c) => NumeralValues.Contains(c);

        private void FindFigures(int sentenceIndex, List<(FoundFigure, int)> found)
        {
            Sentence sentence = _sentences[sentenceIndex];
            int i = sentence.Start;
            int mention = FirstMentionFrom(i);
            int periods = FirstPeriodEndingAfter(i);
            while (i < sentence.End)
            {
                while (mention < _mentions.Count && _mentions[mention].End <= i)
                {
                    mention++;
                }

                if (mention < _mentions.Count && _mentions[mention].Start == i)
                {
                    i = _mentions[mention].End;
                    continue;
                }

                if (PeriodAtFrom(ref periods, i) is { } period)
                {
                    if (ContainsNumber(period.Start, period.End))
                    {
                        Skip(period.Start, period.End, period.Resolvable ? "period" : "date",
                            period.Resolvable ? "A period: it becomes the period of the figures near it, not a figure." : "A date or an open period, not a figure.");
                    }

                    i = period.End;
                    continue;
                }

                char c = _t[i];
                if (char.IsAsciiDigit(c) && i > sentence.Start && (char.IsAsciiLetter(_t[i - 1]) || _t[i - 1] == '-' && i - 1 > sentence.Start && char.IsAsciiLetter(_t[i - 2]))
                    && !CurrencyCodeEndsAt(i, sentence.Start))
                {
                    int from = i;
                    while (from > sentence.Start && (char.IsAsciiLetterOrDigit(_t[from - 1]) || _t[from - 1] == '-'))
                    {
                        from--;
                    }

                    int to = i;
                    while (to < sentence.End && (char.IsAsciiLetterOrDigit(_t[to]) || _t[to] is '.' or '-' && to + 1 < sentence.End && char.IsAsciiLetterOrDigit(_t[to + 1])))
                    {
                        to++;
                    }

                    Skip(from, to, "model-name", "A name with a number in it (a model, a chip, a product), not a figure.");
                    i = to;
                    continue;
                }

                if (c == '[' && i + 1 < sentence.End && char.IsAsciiDigit(_t[i + 1]))
                {
                    int to = i + 1;
                    while (to < sentence.End && char.IsAsciiDigit(_t[to]))
                    {
                        to++;
                    }

                    if (to < sentence.End && _t[to] == ']')
                    {
                        Skip(i, to + 1, "footnote", "A reference mark, not a figure.");
                        i = to + 1;
                        continue;
                    }
                }

                if (char.IsAsciiDigit(c) && i == sentence.Start && IsListNumber(i, sentence.End, out int listEnd))
                {
                    Skip(i, listEnd, "list-number", "The number of an item in a list, not a figure.");
                    i = listEnd;
                    continue;
                }

                if (char.IsAsciiLetter(c) && (i == sentence.Start || !char.IsAsciiLetter(_t[i - 1]))
                    && QualifiedFractionAt(i, sentence, out int fractionStart, out int fractionEnd))
                {
                    _fraction = true;
                    Attempt(fractionStart, ExtendRight(fractionEnd, sentence.End), sentenceIndex, found, 0);
                    _fraction = false;
                    i = fractionEnd;
                    continue;
                }

                if (!IsAnchor(i, sentence))
                {
                    i++;
                    continue;
                }

                int start = ExtendLeft(i, sentence.Start);
                int end = ExtendRight(i, sentence.End);
                if (end <= i)
                {
                    i++;
                    continue;
                }

                int before = found.Count;
                Attempt(start, end, sentenceIndex, found, 0);
                if (found.Count == before && !ContainsDigit(start, end))
                {
                    // A Chinese numeral in a word (一些, 统一, 三者) is no figure and no number worth listing.
                    RemoveSkippedWithoutDigits(start);
                }

                i = end;
            }
        }

        private bool _fraction;

        // The lexicon's answers at the positions last asked about, by position modulo the size: the words before and after a
        // figure are asked about again by each round of ExtendLeft, by ExtendRight, Accept and the checks of qualifiers.
        private const int LexCacheSize = 256;
        private int[]? _lexAsked;
        private LexEntry?[]? _lexEntry;
        private int[]? _lexEnd;

        // Lexicon.Default.Match(_t, position, out end), remembered.
        private LexEntry? LexAt(int position, out int end)
        {
            if (_lexAsked is null)
            {
                _lexAsked = new int[LexCacheSize];
                _lexEntry = new LexEntry?[LexCacheSize];
                _lexEnd = new int[LexCacheSize];
            }

            int slot = position & (LexCacheSize - 1);
            if (_lexAsked[slot] != position + 1)
            {
                _lexEntry![slot] = Lexicon.Default.Match(_t, position, out int found);
                _lexEnd![slot] = found;
                _lexAsked[slot] = position + 1;
            }

            end = _lexEnd![slot];
            return _lexEntry![slot];
        }

        private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，,.;；:：!?！？");

        private static readonly string[] MentionVerbs = ["提了", "提到", "提及", "出现了", "出現了", "说了", "說了"];

        private bool StartsWithAny(int position, string[] words)
        {
            foreach (string word in words)
            {
                if (_t.AsSpan(position).StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool EndsWithAny(int position, string[] words)
        {
            foreach (string word in words)
            {
                if (position >= word.Length && string.CompareOrdinal(_t, position - word.Length, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // A short line that ends in '>' or '›' with no sentence punctuation: a breadcrumb of the page (未來2% >).
        private bool InNavigationLine(int position)
        {
            int at = Original(position);
            int from = at;
            while (from > 0 && _original[from - 1] != '\n')
            {
                from--;
            }

            int to = at;
            while (to < _original.Length && _original[to] is not '\n' and not '\r')
            {
                to++;
            }

            ReadOnlySpan<char> line = _original.AsSpan(from, to - from).Trim();
            return line.Length is > 0 and <= 40 && line[^1] is '>' or '›' or '»' && line.IndexOfAny(SentencePunctuation) < 0;
        }

        private static readonly string[] FractionCounts = ["a", "one", "two", "three", "four"];

        // Whether the word is one of the words, ignoring case; no string is built (this runs at every English word).
        private static bool IsAnyWord(ReadOnlySpan<char> word, string[] words)
        {
            foreach (string candidate in words)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] FractionWords = ["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"];

        // An English fraction after a qualifier is a figure ("nearly half", "over a third", "more than two-thirds"); alone
        // ("half of the market", "the quarter") it is a word of the sentence.
        private bool QualifiedFractionAt(int i, Sentence sentence, out int start, out int end)
        {
            start = end = i;
            int wordEnd = i;
            while (wordEnd < sentence.End && char.IsAsciiLetter(_t[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd < sentence.End && char.IsAsciiLetterOrDigit(_t[wordEnd]) || !IsAnyWord(_t.AsSpan(i, wordEnd - i), FractionWords))
            {
                return false;
            }

            int anchor = i;
            if (anchor >= sentence.Start + 2 && _t[anchor - 1] is ' ' or '-')
            {
                int from = anchor - 1;
                while (from > sentence.Start && char.IsAsciiLetter(_t[from - 1]))
                {
                    from--;
                }

                if (IsAnyWord(_t.AsSpan(from, anchor - 1 - from), FractionCounts))
                {
                    anchor = from;
                }
            }

            start = ExtendLeft(anchor, sentence.Start);
            end = wordEnd;
            return start < anchor && LexAt(start, out _) is { Kind: WordKind.QualifierBefore };
        }

        // The first period that ends after the position (periods are found in order and do not overlap).
        private int FirstPeriodEndingAfter(int position)
        {
            int lo = 0, hi = _periods.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_periods[mid].End <= position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        // PeriodAt for a position that only grows, from a cursor at the first period not yet passed: no search per character.
        private PeriodMention? PeriodAtFrom(ref int cursor, int position)
        {
            while (cursor < _periods.Count && _periods[cursor].End <= position)
            {
                cursor++;
            }

            return cursor < _periods.Count && _periods[cursor].Start <= position ? _periods[cursor] : null;
        }

        private int FirstMentionFrom(int position)
        {
            int lo = 0, hi = _mentions.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_mentions[mid].End <= position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private bool IsAnchor(int i, Sentence sentence)
        {
            char c = _t[i];
            if (char.IsAsciiDigit(c))
            {
                return i == sentence.Start || !char.IsAsciiDigit(_t[i - 1]) && _t[i - 1] != '.';
            }

            if (c is '$' or '¥' or '€' or '£' && i + 1 < sentence.End && char.IsAsciiDigit(_t[i + 1]))
            {
                return true;
            }

            if (c is '第' && i + 1 < sentence.End && (IsNumeral(_t[i + 1]) || char.IsAsciiDigit(_t[i + 1])))
            {
                return true;
            }

            if (!IsNumeral(c) || i > sentence.Start && IsNumeral(_t[i - 1]))
            {
                return false;
            }

            // A lone 一/两 before a measure word is an article ("一位工程师", "两家公司"), not a figure; with a magnitude, a
            // qualifier or an ordinal it is one.
            int next = i + 1;
            if (c is '一' or '两' or '兩' && (next >= sentence.End || !IsNumeral(_t[next])) && !QualifierEndsAt(i, sentence.Start))
            {
                return false;
            }

            return true;
        }

        // USD90.9 billion, RMB5亿, US$3: a currency written before the digits, not a model name.
        private bool CurrencyCodeEndsAt(int position, int floor)
        {
            int from = position;
            while (from > floor && char.IsAsciiLetter(_t[from - 1]))
            {
                from--;
            }

            return from < position && (from == floor || !char.IsAsciiLetterOrDigit(_t[from - 1]))
                && LexAt(from, out int end) is { Kind: WordKind.CurrencyPrefix } && end == position;
        }

        private bool QualifierEndsAt(int position, int floor)
        {
            for (int k = Math.Max(floor, position - 6); k < position; k++)
            {
                if (LexAt(k, out int end) is { Kind: WordKind.QualifierBefore or WordKind.Ordinal } && end == position)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsListNumber(int i, int end, out int listEnd)
        {
            int j = i;
            while (j < end && char.IsAsciiDigit(_t[j]))
            {
                j++;
            }

            listEnd = j + 1;
            return j - i <= 2 && j + 1 < end && _t[j] is '.' or ')' or '、' && (_t[j + 1] == ' ' || TextNormalizer.IsCjk(_t[j + 1]));
        }

        // Words before the number that belong to the figure: qualifiers (超, 约, over), currency signs and words, percent
        // prefixes (百分之), words of change and its basis (同比增长), ordinals (第), status words and words of level (降至).
        private int ExtendLeft(int anchor, int floor)
        {
            int start = anchor;
            for (int round = 0; round < 4; round++)
            {
                int best = -1;
                int target = start;
                for (int k = Math.Max(floor, target - 16); k < target; k++)
                {
                    if (LexAt(k, out int end) is { } entry && IsLeadingKind(entry) && !IsRespectively(entry)
                        && (end == target || entry.IsLatin && end == target - 1 && _t[target - 1] == ' '))
                    {
                        if (InsideMentionOrPeriod(k))
                        {
                            continue;
                        }

                        best = k;
                        break;
                    }
                }

                if (best < 0 || PassiveAgentBy(best) || PhrasalUp(best))
                {
                    break;
                }

                start = best;
            }

            return start;
        }

        private static readonly string[] PhrasalUpVerbs = ["make", "makes", "made", "making", "take", "takes", "took", "taking"];

        // "make up 63% of spending": 'up' ends the verb (to make up, to constitute), it is no word of increase.
        private bool PhrasalUp(int position)
        {
            if (position + 2 > _t.Length || !_t.AsSpan(position, 2).Equals("up", StringComparison.OrdinalIgnoreCase) || position < 2 || _t[position - 1] != ' '
                || position + 2 < _t.Length && char.IsAsciiLetter(_t[position + 2]))
            {
                return false;
            }

            int from = position - 1;
            while (from > 0 && char.IsAsciiLetter(_t[from - 1]))
            {
                from--;
            }

            return IsAnyWord(_t.AsSpan(from, position - 1 - from), PhrasalUpVerbs);
        }

        private static readonly string[] PassiveVerbs = ["used", "adopted", "trusted", "chosen", "deployed", "employed", "accessed", "preferred", "relied"];

        // "used by over 70,000 companies": 'by' names who does it, not the size of a change; the figure starts after it.
        private bool PassiveAgentBy(int position)
        {
            if (position + 2 > _t.Length || !_t.AsSpan(position, 2).Equals("by", StringComparison.OrdinalIgnoreCase) || position < 2 || _t[position - 1] != ' ')
            {
                return false;
            }

            int from = position - 1;
            while (from > 0 && char.IsAsciiLetter(_t[from - 1]))
            {
                from--;
            }

            return IsAnyWord(_t.AsSpan(from, position - 1 - from), PassiveVerbs);
        }

        private static bool IsLeadingKind(LexEntry entry) => entry.Kind switch
        {
            WordKind.QualifierBefore or WordKind.CurrencyPrefix or WordKind.PercentPrefix or WordKind.Direction or WordKind.ChangeBasis
                or WordKind.Status or WordKind.Ordinal or WordKind.Negative or WordKind.TokenDirection or WordKind.Refuse => true,
            WordKind.Rate => entry.Before,
            _ => false,
        };

        private bool InsideMentionOrPeriod(int position)
        {
            int m = FirstMentionFrom(position);
            return m < _mentions.Count && _mentions[m].Start <= position || PeriodAt(position) is not null;
        }

        private int ExtendRight(int anchor, int limit)
        {
            int j = anchor;
            bool lastUnit = false;
            int stop = Math.Min(limit, anchor + MaxFigureLength);
            while (j < stop)
            {
                char c = _t[j];
                if (char.IsAsciiDigit(c) || IsNumeral(c) || c is '%' or '‰' or '$' or '¥' or '€' or '£' || c == '兆' && j > anchor || c == '半' && j > anchor && _t[j - 1] == '一')
                {
                    j++;
                    continue;
                }

                if (c is '.' or ',')
                {
                    if (j > anchor && char.IsAsciiDigit(_t[j - 1]) && j + 1 < stop && char.IsAsciiDigit(_t[j + 1]))
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                if (c is '-' or '~' or '～' or '/' or ' ')
                {
                    int next = j + 1;
                    while (c == ' ' && next < stop && _t[next] == ' ')
                    {
                        next++;
                    }

                    if (next < stop && (char.IsAsciiDigit(_t[next]) || IsNumeral(_t[next]) || _t[next] is '$' or '¥'
                        || LexAt(next, out int afterEnd) is { } after && ContinuesFigure(after)
                            && (c != ' ' || after.IsLatin || !TextNormalizer.IsCjk(_t[next]) || after.Kind is WordKind.Unit or WordKind.Scale or WordKind.CurrencySuffix or WordKind.PercentSuffix
                                || after.Kind == WordKind.RangeConnector && DigitAfterSpaces(afterEnd, stop))))
                    {
                        if (PeriodAt(next) is not null || MentionAt(next))
                        {
                            break;
                        }

                        j = next;
                        continue;
                    }

                    break;
                }

                if (MentionAt(j) || PeriodAt(j) is not null)
                {
                    break;
                }

                if (LexAt(j, out int end) is { } entry && ContinuesFigure(entry))
                {
                    // A measure word after a unit begins a noun (388个项目: 个, then 项目), not a second unit.
                    if (entry.Kind == WordKind.Unit && lastUnit && TextNormalizer.IsCjk(_t[j]))
                    {
                        break;
                    }

                    // A qualifier after a percent or a unit qualifies what comes next (17.7%几乎翻倍), not this figure.
                    if (entry.Kind == WordKind.QualifierBefore && (lastUnit || _t[j - 1] is '%' or '‰'))
                    {
                        break;
                    }

                    lastUnit = entry.Kind == WordKind.Unit;
                    j = end;
                    continue;
                }

                break;
            }

            while (j > anchor && _t[j - 1] is ' ' or '-' or '/' or '~')
            {
                j--;
            }

            return j;
        }

        // "100K 到 300K": a range connector printed between spaces joins the two numbers when a digit follows it.
        private bool DigitAfterSpaces(int position, int stop)
        {
            while (position < stop && _t[position] == ' ')
            {
                position++;
            }

            return position < stop && char.IsAsciiDigit(_t[position]);
        }

        private static bool ContinuesFigure(LexEntry entry) => (entry.Kind != WordKind.Context || entry.EndsChange) && !IsRespectively(entry);

        // 分别 / respectively pairs a list of figures with a list of names: the extractor pairs them (see SubjectOf), so the
        // word belongs to the list, not to one figure.
        private static bool IsRespectively(LexEntry entry) => entry.Text is "分别" or "respectively";

        private bool MentionAt(int position)
        {
            int m = FirstMentionFrom(position);
            return m < _mentions.Count && _mentions[m].Start <= position;
        }

        private bool ContainsNumber(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (char.IsAsciiDigit(_t[i]) || IsNumeral(_t[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private bool ContainsDigit(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (char.IsAsciiDigit(_t[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private void RemoveSkippedWithoutDigits(int start)
        {
            int original = Original(start);
            for (int k = Skipped.Count - 1; k >= 0 && Skipped[k].Start >= original; k--)
            {
                if (!Skipped[k].Text.AsSpan().ContainsAnyInRange('0', '9'))
                {
                    Skipped.RemoveAt(k);
                }
            }
        }

        // Reads [start, end) with the strict parser; splits where it holds two figures; cuts an English word the parser does
        // not read after a space; joins a bare number with the unit printed after a few descriptive characters.
        private void Attempt(int start, int end, int sentence, List<(FoundFigure, int)> found, int depth)
        {
            while (end > start && _t[end - 1] == ' ')
            {
                end--;
            }

            if (end <= start || !_fraction && !ContainsNumber(start, end))
            {
                return;
            }

            string text = _t[start..end];
            ParseResult<Figure> result = _parser.Parse(text);
            if (result.TryGetValue(out Figure? figure))
            {
                Accept(start, end, figure, sentence, found);
                return;
            }

            ParseError error = result.Error!;
            int at = error.Position;
            if (depth < 6 && error.Code == ParseErrorCode.Ambiguous && at > 0 && at < text.Length)
            {
                int firstEnd = start + at;
                int secondStart = firstEnd;

                // A word of level between the two figures (从 A 暴涨至 B) says the second is a level, as it is read alone; a
                // word of change (增长) stays with the second figure, which it makes a change.
                while (firstEnd > start && _t[firstEnd - 1] == ' ')
                {
                    firstEnd--;
                }

                int firstStop = firstEnd;
                for (int k = start; k < firstEnd; k++)
                {
                    if (LexAt(k, out int wordEnd) is { } word && wordEnd == firstEnd
                        && word.Kind is WordKind.Context or WordKind.Direction or WordKind.RangeConnector or WordKind.PairJoin)
                    {
                        firstStop = k;
                        secondStart = word.Kind == WordKind.Direction ? k : firstEnd;
                        break;
                    }
                }

                firstEnd = firstStop;

                int trimmed = firstEnd;
                while (trimmed > start && _t[trimmed - 1] is ' ' or ',' or '/' or '-' or '(' or ')')
                {
                    trimmed--;
                }

                Attempt(start, trimmed, sentence, found, depth + 1);
                Attempt(secondStart, end, sentence, found, depth + 1);
                return;
            }

            if (depth < 6 && error.Code is ParseErrorCode.UnknownWord or ParseErrorCode.UnknownUnit && at > 0 && at < text.Length
                && _t[start + at - 1] == ' ' && ContainsNumber(start, start + at))
            {
                // An English word after a space is the next word of the sentence, not part of the figure ("$29 billion in").
                Attempt(start, start + at - 1, sentence, found, depth + 1);
                return;
            }

            // Two figures joined by a word of level or change (同比增长262%至28亿元) that the parser reads as a range of
            // two units: each is read on its own.
            if (depth < 6 && error.Code == ParseErrorCode.InvalidRange && FindJoin(start, end) is { } join)
            {
                Attempt(start, join.Start, sentence, found, depth + 1);
                Attempt(join.End, end, sentence, found, depth + 1);
                return;
            }

            // "reduced the cost per token by more than 50%": the word of change stands before its object, 'by' before the
            // figure. Read as the verb's change when only the object's words stand between (no figure, no negation).
            if (error.Code == ParseErrorCode.UnknownWord && at == 0 && VerbBeforeObject(start) is { } verb
                && _parser.Parse(_t[verb.Start..verb.End] + " " + text).TryGetValue(out Figure? changed)
                && (changed.Modifiers & FigureModifiers.Change) != 0)
            {
                Accept(start, end, changed, sentence, found, _t[verb.Start..verb.End] + " " + OriginalText(start, end),
                    $"the word of change '{_t[verb.Start..verb.End]}' stands before its object '{OriginalText(verb.End, start).Trim()}'");
                return;
            }

            Skip(start, end, "value." + error.CodeName, error.Message);
        }

        private static readonly string[] TransitiveChangeVerbs = ["reduced", "cut", "slashed", "decreased", "lowered", "increased", "grew", "expanded", "raised"];

        private static readonly string[] Negations = ["not", "never", "no", "nor", "without", "failed", "didn't", "hasn't", "haven't", "hadn't", "wasn't", "isn't"];

        // The verb of "<verb> <object> by <figure>": the nearest English word before 'by' in the clause that is one of the
        // transitive verbs of change, with only Latin words between (the object: no digit, no punctuation, at most eight
        // words) and no negation before it in the clause.
        private (int Start, int End)? VerbBeforeObject(int by)
        {
            if (by + 3 > _t.Length || !_t.AsSpan(by, 3).Equals("by ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            int floor = ClauseOf(by).Start;
            int k = by;
            int words = 0;
            while (k > floor && words <= 8)
            {
                while (k > floor && _t[k - 1] == ' ')
                {
                    k--;
                }

                int wordEnd = k;
                while (k > floor && (char.IsAsciiLetter(_t[k - 1]) || _t[k - 1] is '-' or '\''))
                {
                    k--;
                }

                if (k == wordEnd || k > floor && _t[k - 1] != ' ')
                {
                    return null; // a digit, a sign or punctuation inside what would be the object
                }

                ReadOnlySpan<char> word = _t.AsSpan(k, wordEnd - k);
                if (IsAnyWord(word, TransitiveChangeVerbs))
                {
                    if (words == 0)
                    {
                        return null; // "reduced by": the parser reads it; no object between
                    }

                    for (int n = floor; n < k; n++)
                    {
                        if (char.IsAsciiLetter(_t[n]) && (n == 0 || !char.IsAsciiLetter(_t[n - 1])))
                        {
                            int e = n;
                            while (e < k && (char.IsAsciiLetter(_t[e]) || _t[e] == '\''))
                            {
                                e++;
                            }

                            if (IsAnyWord(_t.AsSpan(n, e - n), Negations))
                            {
                                return null;
                            }
                        }
                    }

                    return (k, wordEnd);
                }

                if (LexAt(k, out _) is { Kind: WordKind.Direction or WordKind.Negative or WordKind.Refuse })
                {
                    return null; // another word of change or a negation in the object: not an object
                }

                words++;
            }

            return null;
        }

        private static readonly string[] RangeEnds = ["之间", "之間", "区间", "區間"];

        // The rate word (TPM, RPM, QPS) nearest before a bare number in its sentence, when only descriptive words stand
        // between: no digit, no Latin word, no word of change or money, no other figure. The number must end its clause or
        // be followed by 之间/区间 (the close of a range), never by a word that bounds or changes it (以内, 以上, 提升).
        private (int Start, string Text)? RateNamedBefore(int start, int end, int sentence, List<(FoundFigure Figure, int Sentence)> found)
        {
            int after = end;
            while (after < _sentences[sentence].End && _t[after] == ' ')
            {
                after++;
            }

            bool closes = after >= _sentences[sentence].End || _t[after] is ',' or '，' or '。' or ';' or '；' or '、' or '.' or ')' or '）'
                || StartsWithAny(after, RangeEnds);
            if (!closes)
            {
                return null;
            }

            int floor = _sentences[sentence].Start;
            if (found.Count > 0 && found[^1].Sentence == sentence && found[^1].Figure.End > floor)
            {
                floor = found[^1].Figure.End;
            }

            int k = start;
            while (k > floor && start - k < 32)
            {
                char c = _t[k - 1];
                if (char.IsAsciiLetter(c))
                {
                    int wordEnd = k;
                    int wordStart = k - 1;
                    while (wordStart > floor && char.IsAsciiLetter(_t[wordStart - 1]))
                    {
                        wordStart--;
                    }

                    if (wordStart > 0 && char.IsAsciiLetterOrDigit(_t[wordStart - 1]))
                    {
                        return null;
                    }

                    return LexAt(wordStart, out int unitEnd) is { Kind: WordKind.Unit } && unitEnd == wordEnd
                        && !ContainsAny(_t.AsSpan(wordEnd, start - wordEnd), MoneyWords, out _)
                        ? (wordStart, _t[wordStart..wordEnd])
                        : null;
                }

                if (char.IsAsciiDigit(c) || IsNumeral(c) || !(TextNormalizer.IsCjk(c) || c is ' ' or ',' or '，'))
                {
                    return null;
                }

                if (LexAt(k - 1, out _) is { } word && (word.Kind is WordKind.Direction or WordKind.ChangeBasis || word.EndsChange))
                {
                    return null;
                }

                k--;
            }

            return null;
        }

        private static FoundFigure? LastTokenFigureBefore(int position, int floor, List<(FoundFigure Figure, int Sentence)> found)
        {
            for (int k = found.Count - 1; k >= 0; k--)
            {
                FoundFigure figure = found[k].Figure;
                if (figure.End <= position && figure.Start >= floor)
                {
                    return figure.Figure.Unit.Dimension.Equals(Dimension.TokenCount) ? figure : null;
                }
            }

            return null;
        }

        private static string? TrailingLatinUnit(string value)
        {
            int k = value.Length;
            while (k > 0 && char.IsAsciiLetter(value[k - 1]))
            {
                k--;
            }

            return k < value.Length && value[k..].Equals("tokens", StringComparison.OrdinalIgnoreCase) ? value[k..] : null;
        }

        private Span? FindJoin(int start, int end)
        {
            bool number = false;
            for (int k = start; k < end; k++)
            {
                if (char.IsAsciiDigit(_t[k]))
                {
                    number = true;
                    continue;
                }

                if (number && LexAt(k, out int wordEnd) is { Kind: WordKind.RangeConnector or WordKind.Context } && ContainsDigit(wordEnd, end))
                {
                    return new Span(k, wordEnd);
                }
            }

            return null;
        }

        private void Accept(int start, int end, Figure figure, int sentence, List<(FoundFigure, int)> found, string? value = null, string? cue = null)
        {
            if (start > 0 && end < _t.Length && _t[start - 1] is '“' or '「' or '『' or '"' or '‘' && _t[end] is '”' or '」' or '』' or '"' or '’')
            {
                // “第一” alone in quotation marks is the word being talked about (未使用“第一”等表述), not a claim.
                if (ContainsDigit(start, end))
                {
                    Skip(start, end, "quoted-word", "The figure stands alone in quotation marks: the text is talking about the word.");
                }

                return;
            }

            Span own = ClauseOf(start);
            if (ContainsAny(_t.AsSpan(own.Start, own.End - own.Start), ValuationWords, out string valuation))
            {
                Skip(start, end, "valuation", $"A figure of a share price, a valuation or a page ('{valuation}' in its clause), not of the market.");
                return;
            }

            if (start > 0 && _t[start - 1] is '此' or '这' or '這' or '该' or '該' && !ContainsDigit(start, end))
            {
                // 此三家, 这两家: a number that points back to what was named before, not a figure.
                Skip(start - 1, end, "reference", "A number after 此/这/该 points back to things named before, not a figure.");
                return;
            }

            if (_t[end - 1] == '次' && EndsWithAny(start, MentionVerbs) && end < _t.Length && _t[end] is '“' or '"' or '「' or '‘')
            {
                // 提了18次“Token”: how often a word was said, not a figure of the market.
                Skip(start, end, "mention-count", "How often a word was said or printed, not a figure of the market.");
                return;
            }

            if (InNavigationLine(start))
            {
                Skip(start, end, "navigation", "A figure in a line of page navigation (a breadcrumb ending in '>'), not of the text.");
                return;
            }

            if (figure.Unit.Dimension.Equals(Dimension.Rank) && end < _t.Length && OrdinalNounsNotRanks.Contains(_t[end], StringComparison.Ordinal))
            {
                // 第三方 (third-party), 第一次 (the first time): an ordinal in a word, no ranking.
                return;
            }

            if (!figure.Unit.Dimension.Equals(Dimension.Number))
            {
                if (figure.Unit.Dimension.Equals(Dimension.Rank) && start > 0 && _t[start - 1] is '雙' or '双')
                {
                    // 雙第一 ("first on both"): the pair it is first on must be named, or the figure is not understood.
                    if (!ContainsAny(_t.AsSpan(ClauseOf(start).Start, start - ClauseOf(start).Start), ["数量和金额", "數量和金額"], out _))
                    {
                        Skip(start - 1, end, "value.unknown-word", "'雙/双' (first on both) names no pair of measures in its clause.");
                        return;
                    }
                }

                found.Add((new FoundFigure(start, end, value ?? OriginalText(start, end), figure, cue), sentence));
                return;
            }

            // A fraction (nearly half, over a third) is a ratio of a whole: a figure as it stands.
            if (_fraction)
            {
                found.Add((new FoundFigure(start, end, OriginalText(start, end), figure, null), sentence));
                return;
            }

            // A bare number cut short before a numeral or magnitude the parser refused (50兆 where 兆 may be 10⁶ or 10¹²): the
            // parser's reason stands; no unit from elsewhere may be joined to the number without its magnitude.
            if (end < _sentences[sentence].End && (IsNumeral(_t[end]) || _t[end] is '兆' or '京'))
            {
                ParseResult<Figure> whole = _parser.Parse(_t[start..(end + 1)]);
                Skip(start, end + 1, whole.Error is { } refused ? "value." + refused.CodeName : "no-unit",
                    whole.Error?.Message ?? "A number without a unit: what it counts is not printed with it.");
                return;
            }

            // A bare number: its unit may follow a few descriptive characters (500萬初始並發TPM).
            int j = end;
            int limit = Math.Min(_sentences[sentence].End, end + 6);
            while (j < limit && TextNormalizer.IsCjk(_t[j]) && !MentionAt(j))
            {
                // Descriptive words only: a word that qualifies, negates or changes a figure ends the search.
                if (LexAt(j, out int wordEnd) is { } word)
                {
                    if (word.Kind is not (WordKind.PairJoin or WordKind.Context) || word.EndsChange)
                    {
                        break;
                    }

                    j = wordEnd;
                    continue;
                }

                j++;
            }

            if (j > end && j < _sentences[sentence].End && LexAt(j, out int unitEnd) is { Kind: WordKind.Unit } unit
                && !unit.Text.All(TextNormalizer.IsCjk))
            {
                string joined = _t[start..end] + _t[j..unitEnd];
                if (_parser.Parse(joined).TryGetValue(out Figure? withUnit) && !withUnit.Unit.Dimension.Equals(Dimension.Number))
                {
                    string descriptor = OriginalText(end, j);
                    found.Add((new FoundFigure(start, unitEnd, OriginalText(start, end) + OriginalText(j, unitEnd), withUnit,
                        $"the unit '{OriginalText(j, unitEnd)}' follows the number after '{descriptor}', which describes what is counted (kept in the scope notes)"), sentence));
                    return;
                }
            }

            // Tokens named before the number in its clause, by the measure they are of (日均Tokens使用量已超16.4萬億, 日均Token
            // 消耗量…達到10.2萬億); or in the line before, when the number stands alone after it (日均Token呼叫量:\n50兆。).
            Span clause = ClauseOf(start);
            int leadStart = clause.Start;
            if (start == _sentences[sentence].Start && sentence > 0 && _sentences[sentence - 1].End - _sentences[sentence - 1].Start > 1
                && _t[_sentences[sentence - 1].End - 1] is ':' or '：')
            {
                leadStart = ClauseOf(_sentences[sentence - 1].End - 2).Start;
            }
            else if (_t.AsSpan(clause.Start, start - clause.Start).IndexOf("token", StringComparison.OrdinalIgnoreCase) < 0
                && (found.Count == 0 || found[^1].Item2 != sentence))
            {
                // The measure may stand in an earlier clause of the sentence when no figure comes between (日均Token消耗量,
                // 在2025年上半年達到10.2萬億).
                leadStart = _sentences[sentence].Start;
            }

            ReadOnlySpan<char> lead = _t.AsSpan(clause.Start, start - clause.Start);
            ReadOnlySpan<char> tokenLead = _t.AsSpan(leadStart, start - leadStart);
            int tokens = tokenLead.IndexOf("token", StringComparison.OrdinalIgnoreCase);
            int tokensLength = tokens >= 0 && tokens + 5 < tokenLead.Length && tokenLead[tokens + 5] is 's' or 'S' ? 6 : 5;
            bool money = ContainsAny(tokenLead, MoneyWords, out _);
            if (!money && tokens >= 0 && tokenLead.LastIndexOf("token", StringComparison.OrdinalIgnoreCase) == tokens
                && ContainsAny(tokenLead[(tokens + tokensLength)..], TokenMeasureWords, out string measure)
                && (end >= _sentences[sentence].End || !TextNormalizer.IsCjk(_t[end]) || LexAt(end, out _) is null))
            {
                string unitText = _t.Substring(leadStart + tokens, tokensLength);
                if (_parser.Parse(_t[start..end] + unitText).TryGetValue(out Figure? inTokens) && inTokens.Unit.Dimension.Equals(Dimension.TokenCount))
                {
                    found.Add((new FoundFigure(start, end, OriginalText(start, end) + unitText, inTokens,
                        $"the unit '{unitText}' is printed before the number, in '{unitText}{measure}'"), sentence));
                    return;
                }
            }

            // A rate named before the number in its sentence, with no other figure, word of change or word of money between
            // (国内其他主流模型的 TPM 名额大多在 100K 到 300K 之间,RPM则是在60到120区间): TPM, RPM name what the number is.
            if (RateNamedBefore(start, end, sentence, found) is { } rate
                && _parser.Parse(_t[start..end] + " " + rate.Text).TryGetValue(out Figure? inRate)
                && (inRate.Unit.Dimension.Equals(Dimension.TokenRate) || inRate.Unit.Dimension.Equals(Dimension.RequestRate)))
            {
                found.Add((new FoundFigure(start, end, OriginalText(start, end) + " " + rate.Text, inRate,
                    $"the unit '{rate.Text}' is printed before the number, in '{OriginalText(rate.Start, start).TrimEnd()}'"), sentence));
                return;
            }

            // Users named before the number by their measure (月活跃用户数在2024年12月达到9400万).
            money = ContainsAny(lead, MoneyWords, out _);
            if (!money && ContainsAny(lead, UserMeasureWords, out string users)
                && _parser.Parse(_t[start..end] + "用户").TryGetValue(out Figure? inUsers) && inUsers.Unit.Dimension.Equals(Dimension.Count))
            {
                found.Add((new FoundFigure(start, end, OriginalText(start, end) + "用户", inUsers,
                    $"the unit '用户' (users) is printed before the number, in '{users}'"), sentence));
                return;
            }

            // A figure compared with one just read takes its unit (37.0万亿tokens,较上半年的10.2万亿增长263%).
            if (ContainsAny(lead, ComparisonWords, out string comparison)
                && LastTokenFigureBefore(start, _sentences[sentence].Start, found) is { } previous
                && TrailingLatinUnit(previous.Value) is { } previousUnit
                && _parser.Parse(_t[start..end] + previousUnit).TryGetValue(out Figure? compared) && compared.Unit.Equals(previous.Figure.Unit))
            {
                found.Add((new FoundFigure(start, end, OriginalText(start, end) + previousUnit, compared,
                    $"compared ('{comparison}') with '{previous.Value}' just before, in its unit '{previousUnit}'"), sentence));
                return;
            }

            string after = end < _sentences[sentence].End ? OriginalText(end, Math.Min(_sentences[sentence].End, end + 4)) : string.Empty;
            Skip(start, end, "no-unit", after.Length == 0
                ? "A number without a unit: what it counts is not printed with it."
                : $"A number without a unit: '{after}' after it is no unit the parser reads.");
        }
    }
}
