
namespace MarketMetrics.Parsing;

/// <summary>
/// Reads a printed value that may hold several figures, as price pages and press releases print them, into its parts:
/// labelled prices (<c>输入0.8元/百万tokens，输出2元/百万tokens</c>, <c>input $0.5 / output $1.5 per 1M</c>, cache hit and
/// cache miss prices, context-length tiers <c>≤32K</c> / <c>&gt;32K</c>), lists with <c>分别</c> or <c>respectively</c>, and changes
/// from a level to a level (<c>从1200亿增长到超30万亿</c>, <c>rose from 28% to 35%</c>) with the change they imply.
/// </summary>
/// <remarks>
/// <para>Every part is read by the strict <see cref="QuantityParser"/>: each word is understood or the whole value fails. A unit
/// printed once at the end (<c>input $0.5 / output $1.5 per 1M</c>) is applied to the parts that lack one only when the
/// result has exactly the unit of the last part; otherwise the value fails. Two figures without labels
/// (<c>$0.000456 / $0.00184 per 1M</c>) are never guessed at: they fail with <see cref="ParseErrorCode.Ambiguous"/>.</para>
/// <para>A change needs a word of change (增长, 下降, 上调, rose, fell …) beside <c>从…到</c> / <c>from … to</c>: without one,
/// "从0.5元到2元" may be a range across models, and the value fails as the strict parser fails it.</para>
/// <para>Thread-safe; allocates only for values that are not a single figure.</para>
/// </remarks>
public sealed class CompoundFigureParser
{
    /// <summary>Creates a parser.</summary>
    /// <param name="parser">The figure parser for each part; <see langword="null"/> for a default <see cref="QuantityParser"/>.</param>
    public CompoundFigureParser(QuantityParser? parser = null) => Parser = parser ?? new QuantityParser();

    /// <summary>Gets the figure parser that reads each part.</summary>
    public QuantityParser Parser { get; }

    /// <summary>Reads a printed value into one figure or several parts.</summary>
    /// <param name="text">The value as printed.</param>
    /// <returns>One <see cref="FigurePartRole.Whole"/> part when the text is one figure; the parts when it is a pair, a list, tiers or
    /// a change; otherwise the error of the strict parser, or of the part that failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<IReadOnlyList<FigurePart>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ParseResult<Figure> whole = Parser.Parse(text);
        if (whole.TryGetValue(out Figure? figure))
        {
            return ParseResult<IReadOnlyList<FigurePart>>.ForValue(text, [new FigurePart(figure, FigurePartRole.Whole, null, [], 0, text.Length)]);
        }

        return ParseCompound(text, whole);
    }

    // The compound shapes, for a text the strict parser did not read as one figure (its result is given, not recomputed).
    internal ParseResult<IReadOnlyList<FigurePart>> ParseCompound(string text, ParseResult<Figure> whole)
    {

        if (text.Length > Parser.Options.MaxInputLength)
        {
            return ParseResult<IReadOnlyList<FigurePart>>.ForError(text, whole.Error!);
        }

        // The first shape that recognises the text decides; its error, if a part fails, is the one reported.
        ParseError? error = null;
        List<FigurePart>? parts = TryChange(text, ref error);
        if (parts is null && error is null)
        {
            parts = TryLevelAndChange(text);
        }

        if (parts is null && error is null)
        {
            parts = TryRespectively(text, ref error);
        }

        if (parts is null && error is null)
        {
            parts = TryTrailingLabels(text, ref error);
        }

        if (parts is null && error is null)
        {
            parts = TryLabelled(text, ref error);
        }

        return parts is not null
            ? ParseResult<IReadOnlyList<FigurePart>>.ForValue(text, parts)
            : ParseResult<IReadOnlyList<FigurePart>>.ForError(text, error ?? whole.Error!);
    }

    // ---- labelled prices and tiers -------------------------------------------------------------------------------

    private List<FigurePart>? TryLabelled(string text, ref ParseError? error)
    {
        int first = -1;
        for (int i = 0; i < text.Length && first < 0; i++)
        {
            if (LabelsAt(text, i, out _, out _, out _))
            {
                first = i;
            }
        }

        if (first < 0)
        {
            return null;
        }

        // Segments start at the first label and at every separator followed by a label (looked for after each segment's own labels).
        var starts = new List<int> { first };
        var ends = new List<int>();
        LabelsAt(text, first, out int scanFrom, out _, out _);
        for (int j = scanFrom; j < text.Length; j++)
        {
            int width = SeparatorWidth(text, j);
            if (width == 0)
            {
                continue;
            }

            int k = SkipSpaces(text, j + width);
            if (k < text.Length && text[k] == '而')
            {
                k++; // "，而缓存未命中时": whereas, before the next part's label
            }

            if (k < text.Length && LabelsAt(text, k, out int labelsEnd, out _, out _))
            {
                ends.Add(j);
                starts.Add(k);
                j = labelsEnd - 1;
            }
        }

        ends.Add(text.Length);
        if (starts.Count < 2)
        {
            return null;
        }

        string prefix = text[..first];
        var segments = new List<Segment>(starts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < starts.Count; s++)
        {
            LabelsAt(text, starts[s], out int remainderStart, out string label, out List<KeyValuePair<string, string>> scope);
            if (!seen.Add(label))
            {
                error = new ParseError(ParseErrorCode.Ambiguous, $"The label '{label}' stands before two figures; each part needs its own label.", starts[s]);
                return null;
            }

            segments.Add(new Segment(starts[s], ends[s], remainderStart, label, scope));
        }

        return ReadSegments(text, prefix, segments, ref error);
    }

    // Reads each segment. A unit printed once serves every part: after the last part's number ("输入0.8元，输出2元/百万tokens",
    // "input $0.5 / output $1.5 per 1M tokens") or before the first part's number ("分别是每百万tokens 4元、16元").
    private List<FigurePart>? ReadSegments(string text, string prefix, List<Segment> segments, ref ParseError? error)
    {
        List<FigurePart>? parts = ReadSegments(text, prefix, segments, leading: false, ref error);
        if (parts is null)
        {
            ParseError? trailingError = error;
            parts = ReadSegments(text, prefix, segments, leading: true, ref error);
            error = parts is null ? trailingError : null;
        }

        return parts;
    }

    private List<FigurePart>? ReadSegments(string text, string prefix, List<Segment> segments, bool leading, ref ParseError? error)
    {
        Segment reference = leading ? segments[0] : segments[^1];
        string referenceText = TrimSeparators(text[reference.RemainderStart..reference.End]);
        ParseResult<Figure> referenceResult = Parser.Parse(prefix + referenceText);
        if (!referenceResult.TryGetValue(out Figure? referenceFigure))
        {
            error = Shift(referenceResult.Error!, reference.RemainderStart - prefix.Length);
            return null;
        }

        int firstDigit = FirstDigit(referenceText);
        string? lead = leading && firstDigit > 0 && !char.IsAsciiLetter(referenceText[firstDigit - 1]) ? referenceText[..firstDigit] : null;
        if (leading && lead is null)
        {
            return null;
        }

        var parts = new List<FigurePart>(segments.Count);
        foreach (Segment segment in segments)
        {
            string remainder = TrimSeparators(text[segment.RemainderStart..segment.End]);
            Figure? figure = ReferenceEquals(segment, reference) ? referenceFigure
                : leading ? ReadWithLead(prefix, lead!, remainder, referenceFigure.Unit, segment.RemainderStart, ref error)
                : ReadWithUnit(prefix, remainder, referenceText, referenceFigure.Unit, segment.RemainderStart, ref error);
            if (figure is null)
            {
                return null;
            }

            if (figure.IsChange || (figure.Modifiers & TokenDirections) != 0)
            {
                error = new ParseError(ParseErrorCode.Ambiguous,
                    $"'{remainder}' carries a {(figure.IsChange ? "word of change" : "token direction")} of its own beside the label '{segment.Label}'.", segment.RemainderStart);
                return null;
            }

            parts.Add(new FigurePart(WithText(figure, text), FigurePartRole.Labelled, segment.Label, segment.Scope, segment.Start, segment.End - segment.Start));
        }

        return parts;
    }

    private Figure? ReadWithLead(string prefix, string lead, string remainder, Unit unit, int position, ref ParseError? error)
    {
        ParseResult<Figure> alone = Parser.Parse(prefix + remainder);
        if (alone.TryGetValue(out Figure? figure) && figure.Unit.Equals(unit))
        {
            return figure;
        }

        if ((!alone.Success || figure!.Unit.Dimension.Equals(Dimension.Number) || figure.Unit.Dimension.Equals(Dimension.Money))
            && Parser.Parse(prefix + lead + remainder).TryGetValue(out Figure? withLead) && withLead.Unit.Equals(unit))
        {
            return withLead;
        }

        error = new ParseError(ParseErrorCode.Ambiguous, $"'{remainder}' does not take the unit '{unit.Symbol}' that the first part prints.", position);
        return null;
    }

    // A part printed without the unit the reference part carries ("input $0.5" beside "output $1.5 per 1M tokens") gets that
    // unit, and only when the part has no unit of its own beyond a number or a currency, and the result has exactly the
    // reference unit. A magnitude printed after the reference number ("超30万亿tokens") is not lent: the unit after it is, and
    // only to a part with a magnitude of its own ("1200亿").
    private Figure? ReadWithUnit(string prefix, string remainder, string referenceText, Unit unit, int position, ref ParseError? error)
    {
        ParseResult<Figure> alone = Parser.Parse(prefix + remainder);
        if (alone.TryGetValue(out Figure? figure) && figure.Unit.Equals(unit))
        {
            return figure;
        }

        bool bare = !alone.Success || figure!.Unit.Dimension.Equals(Dimension.Number)
            || (figure.Unit.Dimension.Equals(Dimension.Money) && !unit.Dimension.Equals(Dimension.Money));
        if (bare && UnitSuffix(referenceText, out bool afterMagnitude) is { } suffix && (!afterMagnitude || figure?.Scale is not null))
        {
            int numberEnd = NumberEnd(remainder);
            string[] candidates = numberEnd > 0 && numberEnd < remainder.Length && !afterMagnitude
                ? [prefix + remainder + suffix, prefix + remainder[..numberEnd] + suffix]
                : [prefix + remainder + suffix];
            foreach (string candidate in candidates)
            {
                if (Parser.Parse(candidate).TryGetValue(out Figure? withUnit) && withUnit.Unit.Equals(unit))
                {
                    return withUnit;
                }
            }
        }

        error = alone.Success
            ? new ParseError(ParseErrorCode.Ambiguous, $"'{remainder}' is in '{figure!.Unit.Symbol}' but the other part is in '{unit.Symbol}'; the parts of one value share a unit.", position)
            : Shift(alone.Error!, position - prefix.Length);
        return null;
    }

    // ---- prices labelled after their unit ---------------------------------------------------------------------------

    private static readonly (string Text, string Direction)[] TrailingDirections = [(" cached input", "cached-input"), (" input", "input"), (" output", "output")];

    private static readonly string[] PerMillion = ["/1M", "/ 1M", " per 1M", " per million"];

    // "$5.00/1M input, $0.50/1M cached input, and $30.00/1M output", "$0.20/1M input and $1.25/1M output": each price is per a
    // million tokens of the direction printed after it (the only thing priced by input and output). Every part must end so;
    // otherwise this is not the shape.
    private List<FigurePart>? TryTrailingLabels(string text, ref ParseError? error)
    {
        var pieces = new List<(int Start, int End)>();
        int from = 0;
        for (int j = 0; j <= text.Length; j++)
        {
            bool end = j == text.Length;
            int width = end ? 0 : text[j] is ',' or ';' or '，' or '；' ? 1 : string.CompareOrdinal(text, j, " and ", 0, 5) == 0 ? 5 : 0;
            if (!end && width == 0)
            {
                continue;
            }

            int start = SkipSpaces(text, from);
            if (string.Compare(text, start, "and ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
            {
                start = SkipSpaces(text, start + 4);
            }

            pieces.Add((start, j));
            from = j + width;
            j += Math.Max(width, 1) - 1;
        }

        var parts = new List<FigurePart>(pieces.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((int start, int end) in pieces)
        {
            if (start >= end)
            {
                continue; // between two separators (", and"): nothing printed, nothing dropped
            }

            string piece = text[start..end].TrimEnd();
            string? direction = null, per = null;
            int cut = -1;
            foreach ((string word, string d) in TrailingDirections)
            {
                if (piece.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    direction = d;
                    cut = piece.Length - word.Length;
                    break;
                }
            }

            foreach (string p in direction is null ? [] : PerMillion)
            {
                if (cut - p.Length > 0 && string.Compare(piece, cut - p.Length, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    per = p;
                    break;
                }
            }

            if (direction is null || per is null)
            {
                return null; // not every part is labelled after its unit: not this shape
            }

            if (!seen.Add(direction))
            {
                error = new ParseError(ParseErrorCode.Ambiguous, $"The label '{direction}' follows two figures; each part needs its own label.", start);
                return null;
            }

            string price = piece[..(cut - per.Length)];
            string read = price + (per.Contains("million", StringComparison.OrdinalIgnoreCase) ? " per million " : " per 1M ")
                + (direction == "cached-input" ? "cached input" : direction) + " tokens";
            ParseResult<Figure> result = Parser.Parse(read);
            if (!result.TryGetValue(out Figure? figure))
            {
                error = Shift(result.Error!, start);
                return null;
            }

            if (figure.IsChange || !figure.Unit.Dimension.Equals(Dimension.UnitPrice))
            {
                error = new ParseError(ParseErrorCode.Ambiguous, $"'{piece}' is not a price per token.", start);
                return null;
            }

            var scope = new List<KeyValuePair<string, string>> { new(ScopeKeys.TokenDirection, direction) };
            parts.Add(new FigurePart(WithText(figure, text), FigurePartRole.Labelled, direction, scope, start, end - start));
        }

        return parts.Count < 2 ? null : parts;
    }

    // ---- a level with the change that led to it, a count with an amount ------------------------------------------

    // Tried tier by tier: punctuation first, then words of reaching, then a space; the first tier with a reading decides.
    private static readonly string[] ComparingWords = [" vs", "versus", "compared", "相比", "相较", "相較", "对比", "對比", "比べ"];

    private static readonly string[][] LevelJoins = [["，", ",", "；", ";", "、", "と", "及"], ["达到", "達到", "至", "到", " to ", "の"], [" "]];

    // "36.04億元人民幣,同比增長35%", "$77.7 billion, up 18% year on year", "同比增長26%,至29.5億元", "环比激增80%至318亿元",
    // "climbed 20% year over year to $33 billion": exactly one side a change and the other a level; or "92 個、7.89 億元": a
    // count beside an amount. Every split point is tried; the shape must be the only reading.
    private List<FigurePart>? TryLevelAndChange(string text)
    {
        // "9.7% vs. 11.0% YoY": two levels compared (this year's and last year's), not a level and its change.
        foreach (string comparing in ComparingWords)
        {
            if (text.Contains(comparing, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        foreach (string[] tier in LevelJoins)
        {
            if (TryLevelAndChange(text, tier, out List<FigurePart>? found))
            {
                return found;
            }
        }

        return null;
    }

    // True when the tier decides: one reading (found), or two different ones (found null: not this shape).
    private bool TryLevelAndChange(string text, string[] joins, out List<FigurePart>? found)
    {
        found = null;
        for (int j = 1; j < text.Length - 1; j++)
        {
            foreach (string join in joins)
            {
                if (string.CompareOrdinal(text, j, join, 0, join.Length) != 0)
                {
                    continue;
                }

                string left = TrimSeparators(text[..j]), right = TrimSeparators(text[(j + join.Length)..]);
                if (left.Length == 0 || right.Length == 0 || !Parser.Parse(left).TryGetValue(out Figure? a) || !Parser.Parse(right).TryGetValue(out Figure? b))
                {
                    continue;
                }

                List<FigurePart>? parts = null;
                if (a.IsChange != b.IsChange && (join is not ("至" or "到" or "达到" or "達到" or " to " or "の") || a.IsChange))
                {
                    (Figure level, Figure change, int levelAt, int changeAt, int levelLength, int changeLength) = a.IsChange
                        ? (b, a, j + join.Length, 0, right.Length, left.Length)
                        : (a, b, 0, j + join.Length, left.Length, right.Length);
                    parts =
                    [
                        new(WithText(level, text), FigurePartRole.Labelled, "level", [], levelAt, levelLength),
                        new(WithText(change, text), FigurePartRole.StatedChange, "change", [], changeAt, changeLength),
                    ];
                }
                else if (!a.IsChange && !b.IsChange && join is "、" or "，" or "," or "；" or ";" or "と" or "及"
                    && ((a.Unit.Dimension.Equals(Dimension.Count) && b.Unit.Dimension.Equals(Dimension.Money)) || (a.Unit.Dimension.Equals(Dimension.Money) && b.Unit.Dimension.Equals(Dimension.Count))))
                {
                    bool countFirst = a.Unit.Dimension.Equals(Dimension.Count);
                    parts =
                    [
                        new(WithText(countFirst ? a : b, text), FigurePartRole.Labelled, "count", [new(ScopeKeys.Measure, "count")], countFirst ? 0 : j + join.Length, countFirst ? left.Length : right.Length),
                        new(WithText(countFirst ? b : a, text), FigurePartRole.Labelled, "amount", [new(ScopeKeys.Measure, "amount")], countFirst ? j + join.Length : 0, countFirst ? right.Length : left.Length),
                    ];
                }

                if (parts is not null)
                {
                    if (found is not null && !SameReading(found, parts))
                    {
                        found = null;
                        return true; // two readings: not this shape
                    }

                    found ??= parts;
                }
            }
        }

        return found is not null;
    }

    private static bool SameReading(List<FigurePart> x, List<FigurePart> y) =>
        x.Count == y.Count && x[0].Figure.Equals(y[0].Figure) && x[1].Figure.Equals(y[1].Figure);

    // ---- 分别 / respectively ----------------------------------------------------------------------------------------

    private List<FigurePart>? TryRespectively(string text, ref ParseError? error)
    {
        int at = IndexOfAny(text, ["分别", "分別"], out int width);
        string labelsText, valuesText;
        int valuesStart;
        if (at >= 0)
        {
            labelsText = text[..at];
            valuesStart = at + width;
            while (valuesStart < text.Length && (text[valuesStart] is '为' or '為' or '是' or '达' or '達' or ':' or '：' || char.IsWhiteSpace(text[valuesStart])))
            {
                valuesStart++;
            }

            valuesText = text[valuesStart..];
        }
        else
        {
            int r = text.LastIndexOf("respectively", StringComparison.OrdinalIgnoreCase);
            int verbWidth = 0;
            int verb = r < 0 ? -1 : IndexOfAny(text[..r], [" are ", " were ", " is ", ": "], out verbWidth);
            if (r < 0 || verb < 0 || text[(r + "respectively".Length)..].Trim(' ', '.', ',').Length > 0)
            {
                return null;
            }

            labelsText = text[..verb];
            valuesStart = verb + verbWidth;
            valuesText = text[valuesStart..r].TrimEnd(' ', ',');
        }

        // The labels in the order printed; every other word before 分别 must be glue (和, 价格, and, prices …).
        var labels = new List<(string Label, List<KeyValuePair<string, string>> Scope)>();
        var glue = new System.Text.StringBuilder();
        for (int i = 0; i < labelsText.Length;)
        {
            if (LabelsAt(labelsText, i, out int next, out string label, out List<KeyValuePair<string, string>> scope) && next > i)
            {
                labels.Add((label, scope));
                glue.Append(' ');
                i = next;
                continue;
            }

            glue.Append(labelsText[i]);
            i++;
        }

        if (labels.Count < 2)
        {
            return null;
        }

        string rest = glue.ToString();
        foreach (string word in GlueWords)
        {
            rest = rest.Replace(word, " ", StringComparison.OrdinalIgnoreCase);
        }

        foreach (string word in rest.Split([' ', ',', ':', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(EnglishGlue, word.ToLowerInvariant()) < 0)
            {
                error = new ParseError(ParseErrorCode.UnknownWord, $"'{word}' before the list of figures is not understood.", 0);
                return null;
            }
        }

        List<(int Start, int End)> items = SplitList(valuesText);
        if (items.Count != labels.Count)
        {
            error = new ParseError(ParseErrorCode.Ambiguous, $"{labels.Count} labels are named but {items.Count} figures follow; each label needs one figure.", valuesStart);
            return null;
        }

        var segments = new List<Segment>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            int start = valuesStart + items[i].Start;
            segments.Add(new Segment(start, valuesStart + items[i].End, start, labels[i].Label, labels[i].Scope));
        }

        return ReadSegments(text, string.Empty, segments, ref error);
    }

    private static List<(int Start, int End)> SplitList(string values)
    {
        var items = new List<(int, int)>();
        int start = 0;
        for (int j = 0; j < values.Length; j++)
        {
            int width = values[j] is '和' or '、' or '与' or '與' or '及' or '；' or ';' or '，' ? 1
                : values[j] == ',' && !(j > 0 && char.IsAsciiDigit(values[j - 1]) && j + 1 < values.Length && char.IsAsciiDigit(values[j + 1])) ? 1
                : string.CompareOrdinal(values, j, " and ", 0, 5) == 0 ? 5 : 0;
            if (width > 0)
            {
                items.Add((start, j));
                start = j + width;
                j = start - 1;
            }
        }

        items.Add((start, values.Length));
        items.RemoveAll(item => values[item.Item1..item.Item2].Trim().Length == 0);
        return items;
    }

    // ---- from A to B ----------------------------------------------------------------------------------------------

    private List<FigurePart>? TryChange(string text, ref ParseError? error)
    {
        int from = IndexOfAny(text, ["从", "從"], out int fromWidth);
        bool english = false;
        if (from < 0)
        {
            from = IndexOfWord(text, "from");
            fromWidth = 4;
            english = from >= 0;
        }

        if (from < 0)
        {
            return null;
        }

        string pre = text[..from];
        if (english)
        {
            // "grew from A to B": the verb stands before "from".
            string trimmed = pre.TrimEnd();
            string? verb = Array.Find(EnglishVerbs, v => trimmed.EndsWith(v, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == v.Length || !char.IsAsciiLetter(trimmed[trimmed.Length - v.Length - 1])));
            if (verb is null)
            {
                // "from $40 billion in 2024 to $46 billion in 2025": two levels at two years, a change over time with no verb.
                return trimmed.Length == 0 ? TryChangeBetweenYears(text, from + fromWidth, ref error) : null;
            }

            pre = trimmed[..^verb.Length];
        }

        for (int t = from + fromWidth; t < text.Length; t++)
        {
            int toWidth = text[t] is '到' or '至' ? 1 : english && IsWordAt(text, t, "to") ? 2 : 0;
            if (toWidth == 0)
            {
                continue;
            }

            string middle = text[(from + fromWidth)..t];
            if (!english)
            {
                string? verb = Array.Find(ChineseVerbs, v => middle.TrimEnd().EndsWith(v, StringComparison.Ordinal));
                if (verb is null)
                {
                    continue;
                }

                middle = middle.TrimEnd()[..^verb.Length];
            }

            string end = text[(t + toWidth)..];
            return ReadChange(text, pre, middle.Trim(), end.Trim(), from + fromWidth, t + toWidth, ref error);
        }

        return null;
    }

    // "from A in 2024 to B in 2025": each level printed with its own year, the start's before the end's. The parts carry their
    // years (FigurePart.PeriodText); the change they imply spans both.
    private List<FigurePart>? TryChangeBetweenYears(string text, int startAt, ref ParseError? error)
    {
        int to = -1;
        for (int t = startAt; t < text.Length && to < 0; t++)
        {
            if (IsWordAt(text, t, "to") && YearBefore(text, t) is not null)
            {
                to = t;
            }
        }

        if (to < 0 || YearBefore(text, text.Length) is not { } endYear || YearBefore(text, to) is not { } startYear || endYear.Year <= startYear.Year)
        {
            return null;
        }

        string startText = text[startAt..startYear.At].Trim(), endText = text[(to + 2)..endYear.At].Trim();
        List<FigurePart>? parts = ReadChange(text, string.Empty, startText, endText, startAt, to + 2, ref error);
        if (parts is null)
        {
            return null;
        }

        string startPeriod = startYear.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string endPeriod = endYear.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int p = 0; p < parts.Count; p++)
        {
            FigurePart part = parts[p];
            string period = part.Role switch
            {
                FigurePartRole.ChangeStart => startPeriod,
                FigurePartRole.ChangeEnd => endPeriod,
                _ => startPeriod + "-01-01/" + (endYear.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01-01",
            };
            parts[p] = new FigurePart(part.Figure, part.Role, part.Label, part.Scope, part.Start, part.Length) { PeriodText = period };
        }

        return parts;
    }

    // " in 2024" ending at end (spaces before end allowed): the year and where " in" starts.
    private static (int Year, int At)? YearBefore(string text, int end)
    {
        int e = end;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        if (e < 8 || !(char.IsAsciiDigit(text[e - 1]) && char.IsAsciiDigit(text[e - 2]) && char.IsAsciiDigit(text[e - 3]) && char.IsAsciiDigit(text[e - 4]))
            || (e > 4 && char.IsAsciiDigit(text[e - 5])) || string.CompareOrdinal(text, e - 8, " in ", 0, 4) != 0)
        {
            return null;
        }

        return (int.Parse(text.AsSpan(e - 4, 4), System.Globalization.CultureInfo.InvariantCulture), e - 8);
    }

    private List<FigurePart>? ReadChange(string text, string pre, string startText, string endText, int startAt, int endAt, ref ParseError? error)
    {
        ParseResult<Figure> endResult = Parser.Parse(pre + endText);
        if (!endResult.TryGetValue(out Figure? endFigure))
        {
            error = Shift(endResult.Error!, endAt - pre.Length);
            return null;
        }

        Figure? startFigure = ReadWithUnit(pre, startText, endText, endFigure.Unit, startAt, ref error);
        if (startFigure is null)
        {
            return null;
        }

        if (startFigure.IsChange || endFigure.IsChange)
        {
            error = new ParseError(ParseErrorCode.Ambiguous, "The start and the end of a change are levels; one of them carries a word of change of its own.", startAt);
            return null;
        }

        var parts = new List<FigurePart>(3)
        {
            new(WithText(startFigure, text), FigurePartRole.ChangeStart, "start", [new(ScopeKeys.ChangePoint, "start")], startAt, startText.Length),
            new(WithText(endFigure, text), FigurePartRole.ChangeEnd, "end", [new(ScopeKeys.ChangePoint, "end")], endAt, endText.Length),
        };
        if (Derive(startFigure, endFigure, text) is { } derived)
        {
            parts.Add(derived);
        }

        return parts;
    }

    // The change the two levels imply: for shares the difference in percentage points, otherwise the multiple end ÷ start
    // (only where the start is above zero). Bounds are exact or rounded outward.
    private static FigurePart? Derive(Figure start, Figure end, string text)
    {
        Figure a = start.ToCanonical(), b = end.ToCanonical();
        try
        {
            if (ReferenceEquals(a.Unit.Dimension, Dimension.Share))
            {
                Interval difference = b.Value.Add(a.Value.Scale(-1m));
                return new FigurePart(new Figure(difference, Units.PercentagePoint, Shape(difference), null, text) { Modifiers = FigureModifiers.Change },
                    FigurePartRole.DerivedChange, "pp-change", [], 0, text.Length);
            }

            if (a.Value.Low.IsUnbounded || a.Value.Low.Value < 0m || a.Value.Contains(0m))
            {
                return null;
            }

            Interval multiple = b.Value.Divide(a.Value);
            return new FigurePart(new Figure(multiple, Units.Multiple, Shape(multiple), null, text) { Modifiers = FigureModifiers.Change },
                FigurePartRole.DerivedChange, "multiple", [], 0, text.Length);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static FigureQualifier Shape(Interval value) =>
        value.IsPoint ? FigureQualifier.Exact
        : value.High.IsUnbounded && !value.Low.IsUnbounded ? (value.Low.IsInclusive ? FigureQualifier.AtLeast : FigureQualifier.Over)
        : value.Low.IsUnbounded && !value.High.IsUnbounded ? (value.High.IsInclusive ? FigureQualifier.AtMost : FigureQualifier.Under)
        : FigureQualifier.Range;

    // ---- labels ---------------------------------------------------------------------------------------------------

    private const FigureModifiers TokenDirections = FigureModifiers.InputTokens | FigureModifiers.OutputTokens | FigureModifiers.CachedInputTokens;

    private static readonly (string Text, string Direction, string? Cache)[] DirectionLabels =
    [
        ("输入(缓存未命中)", "input", "miss"), ("输入（缓存未命中）", "input", "miss"), ("輸入(緩存未命中)", "input", "miss"), ("輸入（緩存未命中）", "input", "miss"),
        ("输入(缓存命中)", "cached-input", null), ("输入（缓存命中）", "cached-input", null), ("輸入(緩存命中)", "cached-input", null), ("輸入（緩存命中）", "cached-input", null),
        ("缓存未命中", "input", "miss"), ("緩存未命中", "input", "miss"), ("未命中缓存", "input", "miss"), ("未命中緩存", "input", "miss"),
        ("缓存命中", "cached-input", null), ("緩存命中", "cached-input", null), ("命中缓存", "cached-input", null), ("命中緩存", "cached-input", null),
        ("cache miss", "input", "miss"), ("cache-miss", "input", "miss"), ("cache hit", "cached-input", null), ("cache-hit", "cached-input", null),
        ("cached input", "cached-input", null), ("cached", "cached-input", null),
        ("输入", "input", null), ("輸入", "input", null), ("input", "input", null), ("prompt", "input", null),
        ("输出", "output", null), ("輸出", "output", null), ("output", "output", null), ("completion", "output", null),
    ];

    private static readonly string[] TierLeads = ["输入长度", "輸入長度", "上下文长度", "上下文長度", "上下文", "context length", "context", "input length"];

    private static readonly string[] GlueWords =
    [
        "的价格", "的價格", "价格", "價格", "单价", "單價", "价", "價", "和", "与", "與", "及", "、", "/", "，", ",",
        "：", ":", "的",
    ];

    private static readonly string[] EnglishGlue = ["and", "the", "prices", "price", "tokens", "token", "per", "of", "for", "are", "is", "were"];

    private static readonly string[] ChineseVerbs =
    [
        "增长了", "增長了", "增长", "增長", "上升", "提升", "提高", "上调", "上調", "下降", "下调", "下調", "降低", "增加", "减少", "減少", "跃升", "躍升",
        "飙升", "飆升", "激增", "攀升", "扩大", "擴大", "缩小", "縮小", "上涨", "上漲", "下跌", "涨", "漲", "跌", "降", "升", "增",
    ];

    private static readonly string[] EnglishVerbs =
    [
        "grew", "has grown", "have grown", "rose", "has risen", "increased", "jumped", "climbed", "surged", "soared", "expanded", "fell", "dropped",
        "declined", "decreased", "shrank", "went", "was raised", "were raised", "was cut", "were cut",
    ];

    // The labels at i (a tier, a token direction, or both, in either order), where the part's own text starts after them,
    // the label as it names the part, and the scope entries it adds.
    private static bool LabelsAt(string text, int i, out int next, out string label, out List<KeyValuePair<string, string>> scope)
    {
        next = i;
        label = string.Empty;
        scope = [];
        string? tier = null, direction = null, cache = null;
        for (int round = 0; round < 2; round++)
        {
            int k = SkipSpaces(text, next);
            if (tier is null && TierAt(text, k, out int tierEnd, out string? tierText))
            {
                tier = tierText;
                next = tierEnd;
                continue;
            }

            if (direction is null && DirectionAt(text, k, out int directionEnd, out string? d, out string? c))
            {
                direction = d;
                cache = c;
                next = CacheConditionEnd(text, directionEnd, d, c);
                continue;
            }

            break;
        }

        if (tier is null && direction is null)
        {
            return false;
        }

        while (next < text.Length && (text[next] is ':' or '：' || char.IsWhiteSpace(text[next])))
        {
            next++;
        }

        label = tier is null ? direction! : direction is null ? tier : tier + "/" + direction;
        if (direction is not null)
        {
            scope.Add(new(ScopeKeys.TokenDirection, direction));
        }

        if (cache is not null)
        {
            scope.Add(new(ScopeKeys.Cache, cache));
            label += "/cache-" + cache;
        }

        if (tier is not null)
        {
            scope.Add(new(ScopeKeys.ContextTier, tier));
        }

        return true;
    }

    // A cache condition and the input price it applies to ("缓存命中时,输入价格为0.2元", "缓存未命中时，输入价格为2元"): one label,
    // the cache's, read through the input label; any other word after 时 leaves the label where it ended.
    private static int CacheConditionEnd(string text, int end, string? direction, string? cache)
    {
        if ((direction != "cached-input" && cache != "miss") || end >= text.Length || text[end] is not ('时' or '時'))
        {
            return end;
        }

        int k = end + 1;
        if (k < text.Length && text[k] is ',' or '，')
        {
            k++;
        }

        k = SkipSpaces(text, k);
        return DirectionAt(text, k, out int inputEnd, out string? next, out string? nextCache) && next == "input" && nextCache is null ? inputEnd : end;
    }

    private static bool DirectionAt(string text, int i, out int end, out string? direction, out string? cache)
    {
        foreach ((string word, string d, string? c) in DirectionLabels)
        {
            if (string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (!char.IsAsciiLetter(word[0]) || ((i == 0 || !char.IsAsciiLetter(text[i - 1])) && (i + word.Length >= text.Length || !char.IsAsciiLetter(text[i + word.Length])))))
            {
                end = i + word.Length;
                direction = d;
                cache = c;
                return true;
            }
        }

        end = i;
        direction = cache = null;
        return false;
    }

    // A context-length tier: ≤32K, <=32k, >128K, 0-32K, 32K~128K, 32K以内, (0, 32K], optionally after 输入长度 / context.
    private static bool TierAt(string text, int i, out int end, out string? tier)
    {
        end = i;
        tier = null;
        int k = i;
        foreach (string lead in TierLeads)
        {
            if (string.Compare(text, k, lead, 0, lead.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                k = SkipSpaces(text, k + lead.Length);
                break;
            }
        }

        if (k >= text.Length)
        {
            return false;
        }

        var shape = new System.Text.StringBuilder();
        if (text[k] is '≤' or '<' or '＜' or '≦' or '≥' or '>' or '＞' or '≧')
        {
            bool orEqual = text[k] is '≤' or '≦' or '≥' or '≧' || (k + 1 < text.Length && text[k + 1] == '=');
            bool less = text[k] is '≤' or '<' or '＜' or '≦';
            k += k + 1 < text.Length && text[k + 1] == '=' ? 2 : 1;
            if (!LengthAt(text, SkipSpaces(text, k), requireK: true, out int after, out string? length))
            {
                return false;
            }

            shape.Append(less ? (orEqual ? "≤" : "<") : (orEqual ? "≥" : ">")).Append(length);
            k = after;
        }
        else if (text[k] is '(' or '[' or '（')
        {
            char open = text[k];
            if (!LengthAt(text, SkipSpaces(text, k + 1), requireK: false, out int a, out string? low))
            {
                return false;
            }

            a = SkipSpaces(text, a);
            if (a >= text.Length || text[a] is not (',' or '，'))
            {
                return false;
            }

            if (!LengthAt(text, SkipSpaces(text, a + 1), requireK: true, out int b, out string? high))
            {
                return false;
            }

            b = SkipSpaces(text, b);
            if (b >= text.Length || text[b] is not (')' or ']' or '）'))
            {
                return false;
            }

            shape.Append(open == '[' ? '[' : '(').Append(low).Append(',').Append(high).Append(text[b] == ']' ? ']' : ')');
            k = b + 1;
        }
        else if (LengthAt(text, k, requireK: false, out int a, out string? first))
        {
            int s = SkipSpaces(text, a);
            if (s < text.Length && text[s] is '-' or '–' or '~' or '～' or '至' or '到'
                && LengthAt(text, SkipSpaces(text, s + 1), requireK: true, out int b, out string? second))
            {
                shape.Append(first).Append('-').Append(second);
                k = b;
            }
            else if (first!.EndsWith('K') && s + 1 < text.Length && text[s] == '以' && text[s + 1] is '内' or '內' or '下' or '上')
            {
                shape.Append(text[s + 1] is '上' ? "≥" : "≤").Append(first);
                k = s + 2;
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        // "tokens" after a length belongs to the tier.
        int t = SkipSpaces(text, k);
        foreach (string word in (ReadOnlySpan<string>)["tokens", "token"])
        {
            if (string.Compare(text, t, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                k = t + word.Length;
                break;
            }
        }

        end = k;
        tier = shape.ToString();
        return true;
    }

    // A context length: digits with an optional K or M ("32K", "128k", "1M", "0").
    private static bool LengthAt(string text, int i, bool requireK, out int end, out string? length)
    {
        int k = i;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        end = k;
        length = null;
        if (k == i)
        {
            return false;
        }

        string digits = text[i..k];
        if (k < text.Length && text[k] is 'k' or 'K' or 'm' or 'M' && (k + 1 >= text.Length || !char.IsAsciiLetter(text[k + 1]) || text[k + 1] is 't' or 'T'))
        {
            length = digits + char.ToUpperInvariant(text[k]);
            end = k + 1;
            return true;
        }

        if (requireK && digits != "0")
        {
            return false;
        }

        length = digits;
        return true;
    }

    // ---- text helpers ---------------------------------------------------------------------------------------------

    private static int SeparatorWidth(string text, int j)
    {
        char c = text[j];
        if (c is '，' or '；' or ';' or '、' or '|' or '/' or '和' or '与' or '與')
        {
            return 1;
        }

        if (c == ',' && !(j > 0 && char.IsAsciiDigit(text[j - 1]) && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1])))
        {
            return 1;
        }

        return string.CompareOrdinal(text, j, " and ", 0, 5) == 0 ? 5 : c == ' ' ? 1 : 0;
    }

    private static string TrimSeparators(string part) => part.Trim().TrimEnd('，', ',', '；', ';', '、', '|', '/', '和', '与', '與').Trim();

    // The unit printed after the part's number ("元/百万tokens" of "2元/百万tokens", " per 1M tokens" of "$1.5 per 1M tokens");
    // after a magnitude word ("超30万亿tokens" → "tokens"), with afterMagnitude set.
    private static string? UnitSuffix(string part, out bool afterMagnitude)
    {
        afterMagnitude = false;
        int end = NumberEnd(part);
        if (end <= 0 || end >= part.Length)
        {
            return null;
        }

        int k = end;
        while (k < part.Length && part[k] is '万' or '萬' or '亿' or '億' or '千' or '百' or '十' or '兆')
        {
            k++;
        }

        afterMagnitude = k > end;
        string suffix = part[k..];
        return suffix.Trim().Length == 0 ? null : suffix;
    }

    private static int FirstDigit(string part)
    {
        for (int i = 0; i < part.Length; i++)
        {
            if (char.IsAsciiDigit(part[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Where the first Arabic number of the text ends (after a currency sign before it), or -1.
    private static int NumberEnd(string part)
    {
        int i = 0;
        while (i < part.Length && !char.IsAsciiDigit(part[i]))
        {
            i++;
        }

        if (i == part.Length)
        {
            return -1;
        }

        while (i < part.Length && (char.IsAsciiDigit(part[i]) || (part[i] is '.' or ',' && i + 1 < part.Length && char.IsAsciiDigit(part[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int IndexOfAny(string text, string[] words, out int width)
    {
        int best = -1;
        width = 0;
        foreach (string word in words)
        {
            int at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                width = word.Length;
            }
        }

        return best;
    }

    private static int IndexOfWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (IsWordAt(text, at, word))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsWordAt(string text, int at, string word) =>
        string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + word.Length >= text.Length || !char.IsAsciiLetter(text[at + word.Length]));

    private static ParseError Shift(ParseError error, int offset) =>
        new(error.Code, error.Message, Math.Max(0, error.Position + offset));

    private static Figure WithText(Figure figure, string text) =>
        new(figure.Value, figure.Unit, figure.Qualifier, figure.Scale, text) { Modifiers = figure.Modifiers };

    private sealed record Segment(int Start, int End, int RemainderStart, string Label, List<KeyValuePair<string, string>> Scope);
}
