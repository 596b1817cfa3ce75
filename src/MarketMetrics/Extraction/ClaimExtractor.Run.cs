using System.Globalization;
using System.Text.RegularExpressions;
using MarketMetrics.Parsing;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    private readonly record struct Span(int Start, int End);

    private readonly record struct Sentence(int Start, int End, int Paragraph);

    private readonly record struct Mention(int Start, int End, string Name, Entity Entity);

    private readonly record struct PeriodMention(int Start, int End, string Text, bool Resolvable);

    private readonly record struct Decision(string Dimension, bool Change, string? Value, (string Basis, string Cue, string? Scope, bool ByUnit)? Answer);

    private sealed record FoundFigure(int Start, int End, string Value, Figure Figure, string? JoinCue);

    /// <summary>The state of one extraction: the folded text, its sentences, clauses, names, periods and figures.</summary>
    private sealed partial class Run
    {
        private readonly ClaimExtractor _owner;
        private readonly string _original;
        private readonly ExtractionContext _context;
        private readonly QuantityParser _parser;
        private readonly string _n;
        private readonly string _t;
        private readonly int[] _map;
        private readonly List<int> _lineStarts = [0];
        private readonly List<Sentence> _sentences = [];
        private readonly List<Span> _clauses = [];
        private readonly List<Mention> _mentions = [];
        private readonly List<PeriodMention> _periods = [];
        private readonly List<FoundFigure> _found = [];
        // The bases decided for a text (a clause, a sentence, a statement) by dimension and change, and the same table looked
        // up by a span of the text.
        private readonly Dictionary<string, List<Decision>> _decided = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Decision>>.AlternateLookup<ReadOnlySpan<char>> _decidedByText;

        // Every cue of the basis inferrer in the text, found once on the first question (see Decide).
        private List<BasisInferrer.CueAt>? _basisCues;

        // Clauses that name one vendor alone, by its id: where the text may state its basis ("阿里云則以全鏈路服務營收為標準"), and
        // the sentence each is in.
        private readonly Dictionary<string, List<(Span Statement, int Sentence)>> _vendorBases = new(StringComparer.Ordinal);

        public Run(ClaimExtractor owner, string text, ExtractionContext context)
        {
            _owner = owner;
            _original = text;
            _context = context;
            _parser = new QuantityParser(QuantityParserOptions.ForLanguage(context.Language));
            _n = TextNormalizer.Normalize(text, out _map);
            _t = FoldToSimplified(_n);
            _decidedByText = _decided.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public List<ExtractedClaim> Claims { get; } = [];

        public List<SkippedFigure> Skipped { get; } = [];

        public void Execute()
        {
            for (int i = 0; i < _original.Length; i++)
            {
                if (_original[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }

            SplitSentences();
            FindNames();
            FindPeriods();
            FindVendorBases();
            var figures = new List<(FoundFigure Figure, int Sentence)>();
            for (int s = 0; s < _sentences.Count; s++)
            {
                FindFigures(s, figures);
            }

            foreach ((FoundFigure figure, _) in figures)
            {
                _found.Add(figure);
            }

            var proposals = new List<(int Start, Func<int, ExtractedClaim> Build)>();
            foreach ((FoundFigure figure, int sentence) in figures)
            {
                proposals.Add((figure.Start, n => Propose(figure, sentence, n)));
            }

            FindClaimsToLead(proposals, figures);
            proposals.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            foreach ((_, Func<int, ExtractedClaim> build) in proposals)
            {
                Claims.Add(build(Claims.Count + 1));
            }
        }

        // ---- Sentences and clauses -------------------------------------------------------------------------------------

        private void SplitSentences()
        {
            int start = 0;
            int paragraph = 0;
            for (int i = 0; i < _t.Length; i++)
            {
                char o = _original[_map[i]];
                bool newline = o is '\n' or '\r';
                bool end = newline || o is '。' or '！' or '？' or '!' or '?' or '；' || (o == '.' && EndsEnglishSentence(i));
                if (!end)
                {
                    continue;
                }

                AddSentence(start, newline ? i : i + 1, paragraph);
                start = i + 1;
                if (newline)
                {
                    paragraph++;
                }
            }

            AddSentence(start, _t.Length, paragraph);
        }

        private bool EndsEnglishSentence(int i)
        {
            if (i + 1 >= _t.Length)
            {
                return true;
            }

            if (i > 0 && char.IsAsciiDigit(_t[i - 1]) && char.IsAsciiDigit(_t[i + 1]))
            {
                return false;
            }

            if (_t[i + 1] != ' ' && !TextNormalizer.IsCjk(_t[i + 1]))
            {
                return false;
            }

            // "U.S." and "Inc." do not end a sentence; a capital or a CJK character after the space does.
            int w = i - 1;
            while (w >= 0 && char.IsAsciiLetter(_t[w]))
            {
                w--;
            }

            ReadOnlySpan<char> word = _t.AsSpan(w + 1, i - w - 1);
            if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]) || word is "Inc" or "Co" or "Corp" or "Ltd" or "vs" or "Mr" or "Ms" or "Dr" or "St" or "No" or "e.g" or "i.e")
            {
                return false;
            }

            int next = i + 1;
            while (next < _t.Length && _t[next] == ' ')
            {
                next++;
            }

            return next >= _t.Length || !char.IsAsciiLetterLower(_t[next]);
        }

        private void AddSentence(int start, int end, int paragraph)
        {
            while (start < end && _t[start] == ' ')
            {
                start++;
            }

            while (end > start && _t[end - 1] == ' ')
            {
                end--;
            }

            if (end <= start)
            {
                return;
            }

            _sentences.Add(new Sentence(start, end, paragraph));
            int clause = start;
            for (int i = start; i < end; i++)
            {
                char c = _t[i];
                bool boundary = c is ';' or ':' or '：'
                    || c == ',' && !(i > start && char.IsAsciiDigit(_t[i - 1]) && i + 3 < end && char.IsAsciiDigit(_t[i + 1]) && char.IsAsciiDigit(_t[i + 2]) && char.IsAsciiDigit(_t[i + 3]))
                    || c == '-' && i + 1 < end && _t[i + 1] == '-';
                if (boundary)
                {
                    if (i > clause)
                    {
                        _clauses.Add(new Span(clause, i));
                    }

                    clause = i + 1;
                }
            }

            if (end > clause)
            {
                _clauses.Add(new Span(clause, end));
            }
        }

        private Span ClauseOf(int position)
        {
            int lo = 0, hi = _clauses.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                Span c = _clauses[mid];
                if (position < c.Start)
                {
                    hi = mid - 1;
                }
                else if (position >= c.End)
                {
                    lo = mid + 1;
                }
                else
                {
                    return c;
                }
            }

            return new Span(position, position);
        }

        // ---- Names -----------------------------------------------------------------------------------------------------

        private void FindNames()
        {
            for (int i = 0; i < _t.Length;)
            {
                if (_owner._names.TryMatch(_t, i, out string name, out Entity entity, out int end))
                {
                    // The name as printed (pinyin artefacts and full-width forms folded) when the table finds it so; else the
                    // table's own spelling.
                    string printed = _n[i..end];
                    _mentions.Add(new Mention(i, end, _owner._aliases.TryResolve(printed, out Entity? same) && same.Equals(entity) ? printed : name, entity));
                    i = end;
                }
                else
                {
                    i++;
                }
            }
        }

        // ---- Periods ---------------------------------------------------------------------------------------------------

        // The pattern's matches, run by run of the characters it is written with (a match lies within one run, and the
        // pattern has no anchor or lookaround, so a run holds the same matches as the whole text), and only in runs holding a
        // character every match has: most of a text is not dates. Over the whole text at once, the NonBacktracking engine
        // missed 今年 in 累計今年6個月 once the input reached past 去年 further on (04-am730-alibaba-quarter-cloud).
        private void FindPeriods()
        {
            for (int from = 0; from < _t.Length;)
            {
                if (!IsPeriodChar(_t[from]))
                {
                    from++;
                    continue;
                }

                int to = from;
                bool trigger = false;
                while (to < _t.Length && IsPeriodChar(_t[to]))
                {
                    trigger = trigger || IsPeriodTrigger(to);
                    to++;
                }

                if (trigger)
                {
                    foreach (ValueMatch match in PeriodPattern.EnumerateMatches(_t.AsSpan(from, to - from)))
                    {
                        AddPeriod(from + match.Index, from + match.Index + match.Length);
                    }
                }

                from = to;
            }
        }

        // A character of the period pattern: digits (\d), letters that are ASCII ignoring case, white space (\s), the
        // separators and the CJK characters the pattern is written with.
        private static bool IsPeriodChar(char c) => PeriodChars[c];

        // IsPeriodChar by character, worked out once: a CJK character's case and category are looked up slowly.
        private static readonly bool[] PeriodChars = BuildPeriodChars();

        private static bool[] BuildPeriodChars()
        {
            var chars = new bool[65536];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = IsPeriodCharSlow((char)c);
            }

            return chars;
        }

        private static bool IsPeriodCharSlow(char c) =>
            char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '/' or '.' or ',' or '\''
            || (c >= 0x80 && (char.IsDigit(c) || char.IsWhiteSpace(c) || char.IsAsciiLetter(char.ToLowerInvariant(c)) || char.IsAsciiLetter(char.ToUpperInvariant(c))
                || PeriodCjk.Contains(c, StringComparison.Ordinal)));

        // Every match holds one of these: a Latin letter (ignoring case), the first character of a Chinese period word, a
        // year's digits (19 or 20 and two digits) or a digit before 月. A run of a figure's digits alone (46.4, 641.06) holds
        // none: the pattern is not asked about it.
        private bool IsPeriodTrigger(int i)
        {
            char c = _t[i];
            if (char.IsAsciiLetter(c) || c is '上' or '下' or '本' or '前' or '全' or '今' or '去' or '明' or '第')
            {
                return true;
            }

            if (c == '月')
            {
                return i > 0 && char.IsDigit(_t[i - 1]);
            }

            if (c is '1' or '2')
            {
                return i + 3 < _t.Length && (c == '1' ? _t[i + 1] == '9' : _t[i + 1] == '0') && char.IsDigit(_t[i + 2]) && char.IsDigit(_t[i + 3]);
            }

            return c >= 0x80 && !TextNormalizer.IsCjk(c) && (char.IsAsciiLetter(char.ToLowerInvariant(c)) || char.IsAsciiLetter(char.ToUpperInvariant(c)));
        }

        private const string PeriodCjk = "截至止年月日财財度今去明前本上下半季第一二三四五六七八九十个個份底末首头頭全";

        private void AddPeriod(int start, int end)
        {
            string text = _t.Substring(start, end - start);
            if (text.Length == 4 && !IsBareYear(start, end)
                || text.Length == 2 && text[0] is 'Q' or 'q' or 'H' or 'h' && (start > 0 && char.IsAsciiLetterOrDigit(_t[start - 1]) || end < _t.Length && char.IsAsciiLetterOrDigit(_t[end])))
            {
                // A year must stand alone (not 2024亿, not $2024); Q3 or H1 alone likewise (not H100, not Q3X).
                return;
            }

            bool open = false;
            foreach (string word in OpenPeriodWords)
            {
                if (string.CompareOrdinal(_t, end, word, 0, word.Length) == 0)
                {
                    open = true;
                    break;
                }
            }

            bool resolvable = text == "全年";
            if (!open && !resolvable)
            {
                ParseResult<ParsedPeriod> parsed = _owner._periods.ParseRelativeTo(text, _context.Published);
                resolvable = parsed.Success || parsed.Error!.Code == ParseErrorCode.NeedsPublishedDate;
            }

            _periods.Add(new PeriodMention(start, end, text, resolvable));
        }

        private bool IsBareYear(int start, int end)
        {
            if (start > 0 && (char.IsAsciiDigit(_t[start - 1]) || _t[start - 1] is '$' or '.' or ',' or '-' or '¥' || char.IsAsciiLetter(_t[start - 1])))
            {
                return false;
            }

            if (end < _t.Length)
            {
                char next = _t[end];
                if (char.IsAsciiDigit(next) || next is '%' or '-' || char.IsAsciiLetter(next)
                    || next is '.' or ',' && end + 1 < _t.Length && char.IsAsciiDigit(_t[end + 1]))
                {
                    return false;
                }

                int probe = end < _t.Length && _t[end] == ' ' ? end + 1 : end;
                if (probe < _t.Length && LexAt(probe, out _) is { } entry
                    && entry.Kind is WordKind.Scale or WordKind.Unit or WordKind.CurrencySuffix or WordKind.PercentSuffix or WordKind.QualifierAfter)
                {
                    return false;
                }
            }

            return true;
        }

        private PeriodMention? PeriodAt(int position)
        {
            // The last period starting at or before the position (periods are found in order and do not overlap).
            int lo = 0, hi = _periods.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_periods[mid].Start <= position)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found >= 0 && position < _periods[found].End ? _periods[found] : null;
        }

        // ---- Positions -------------------------------------------------------------------------------------------------

        private int Original(int position) => position < _map.Length ? _map[position] : _original.Length;

        private (int Line, int Column) LineColumn(int position)
        {
            int original = Original(position);
            int line = _lineStarts.BinarySearch(original);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, original - _lineStarts[line] + 1);
        }

        private string OriginalText(int start, int end)
        {
            int from = Original(start);
            int to = end >= _t.Length ? _original.Length : _map[end - 1] + 1;
            return _original[from..to];
        }

        private void Skip(int start, int end, string code, string reason)
        {
            (int line, int column) = LineColumn(start);
            Skipped.Add(new SkippedFigure(OriginalText(start, end), Original(start), line, column, code, reason));
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
