namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
        private static readonly string[] MeasureReferences = ["这一指标", "這一指標", "该指标", "該指標", "这一数字", "這一數字", "this figure", "this metric"];

        private (ExtractedField Subject, Entity? Entity, int Sentence)? _lastSubject;

        // The last figure of a whole (not a share, rank or change) whose basis was decided: 其中 in the next sentence refers to it.
        private (int Sentence, string Basis, string Value)? _lastTotal;

        // The last figure (not a change) whose basis a cue of the text decided: a later figure with no cue of its own, of a
        // dimension that basis takes, is read on it (the shares after "spending on cloud infrastructure services reached $99
        // billion"), within a few paragraphs.
        // Sentence: the last sentence that used the basis (the cue's or a carried one); CuedIn: where the cue was.
        private (int Sentence, string Basis, string Value, int CuedIn)? _lastCued;

        private const int CarrySentences = 8;

        private static readonly string[] GrowthWords = ["growth", "grew", "growing", "增速", "增长", "增長", "增幅", "成长", "成長"];

        private ExtractedField? CarriedBasis(FoundFigure figure, int sentenceIndex, Span clause)
        {
            if (figure.Figure.IsChange || _lastCued is not { } last || sentenceIndex - last.Sentence > CarrySentences
                || !_owner._bases.TryFind(last.Basis, out MetricBasis? basis) || !basis.Accepts(figure.Figure.Unit.Dimension)
                || ContainsAny(_t.AsSpan(clause.Start, Math.Max(0, figure.Start - clause.Start)), GrowthWords, out _))
            {
                // A figure after a word of growth in its clause ("saw its growth slow to 17%") is a rate of change printed
                // as a level: not a share or amount of the measure before it.
                return null;
            }

            return new ExtractedField(last.Basis, ExtractionCertainty.Inferred,
                $"the basis of '{last.Value}' (sentence {last.CuedIn + 1}), the last figure before it whose basis the text names");
        }

        private static readonly string[] AmongThemWords = ["其中", "當中", "当中", "among them", "among these", "of this", "of which", "of that"];

        private static bool IsPartOrPlace(Figure figure) =>
            figure.Unit.Dimension.Equals(Dimension.Share) || figure.Unit.Dimension.Equals(Dimension.Rank);

        // 其中,火山引擎以49.2%的市場份額位居第一 after 中國公有云大模型調用量達536.7萬億Tokens: "among them" makes the share (or
        // place) one of the whole just given, on its basis.
        private ExtractedField? AmongThemBasis(FoundFigure figure, int sentenceIndex)
        {
            if (!IsPartOrPlace(figure.Figure) || figure.Figure.IsChange || _lastTotal is not { } total || total.Sentence != sentenceIndex - 1)
            {
                return null;
            }

            int start = _sentences[sentenceIndex].Start;
            while (start < _sentences[sentenceIndex].End && _t[start] is ' ' or '\u3000' or '\t')
            {
                start++;
            }

            foreach (string word in AmongThemWords)
            {
                if (start + word.Length <= _t.Length && string.Compare(_t, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (!char.IsAsciiLetter(word[^1]) || start + word.Length == _t.Length || !char.IsAsciiLetter(_t[start + word.Length])))
                {
                    return new ExtractedField(total.Basis, ExtractionCertainty.Inferred,
                        $"'{OriginalText(start, start + word.Length)}' (among them) refers to '{total.Value}' in the sentence before, on {total.Basis}");
                }
            }

            return null;
        }

        private static readonly string[] Pronouns = ["其", "它", "该公司", "該公司", "its ", "it ", "the company"];

        // A clause that names exactly one vendor or model and a word of basis states that vendor's basis for the text.
        private void FindVendorBases()
        {
            for (int s = 0; s < _sentences.Count; s++)
            {
                Sentence sentence = _sentences[s];
                foreach (Span clause in ClausesOf(sentence))
                {
                    Entity? only = null;
                    bool several = false;
                    for (int m = FirstMentionFrom(clause.Start); m < _mentions.Count && _mentions[m].Start < clause.End; m++)
                    {
                        Entity e = _mentions[m].Entity;
                        if (e.Kind is EntityKind.Publisher or EntityKind.Group)
                        {
                            continue;
                        }

                        if (only is not null && !only.Equals(e))
                        {
                            several = true;
                        }

                        only ??= e;
                    }

                    if (only is null || several)
                    {
                        continue;
                    }

                    if (!_vendorBases.TryGetValue(only.Id, out List<(Span Statement, int Sentence)>? list))
                    {
                        _vendorBases[only.Id] = list = [];
                    }

                    list.Add((clause, s));
                }
            }
        }

        private IEnumerable<Span> ClausesOf(Sentence sentence)
        {
            int c = ClauseIndex(sentence.Start);
            for (; c >= 0 && c < _clauses.Count && _clauses[c].Start < sentence.End; c++)
            {
                yield return _clauses[c];
            }
        }

        private int ClauseIndex(int position)
        {
            int lo = 0, hi = _clauses.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_clauses[mid].End <= position)
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

        private ExtractedClaim Propose(FoundFigure figure, int sentenceIndex, int number)
        {
            Sentence sentence = _sentences[sentenceIndex];
            Span clause = ClauseOf(figure.Start);
            (int line, int column) = LineColumn(figure.Start);
            (ExtractedField subject, Entity? subjectEntity) = SubjectOf(figure, sentenceIndex, clause);
            if (subject.Value is not null)
            {
                _lastSubject = (subject, subjectEntity, sentenceIndex);
            }

            ExtractedField claimant = ClaimantOf(figure, sentence, clause, subject);
            ExtractedField period = PeriodOf(figure, sentenceIndex, clause);
            (ExtractedField basis, ExtractedField scope) = BasisOf(figure, sentence, clause, subject, subjectEntity);
            if (basis.Value is null && AmongThemBasis(figure, sentenceIndex) is { } among)
            {
                basis = among;
            }

            if (basis.Value is null && CarriedBasis(figure, sentenceIndex, clause) is { } carried)
            {
                basis = carried;
                _lastCued = (sentenceIndex, _lastCued!.Value.Basis, _lastCued.Value.Value, _lastCued.Value.Sentence);
            }
            else if (basis.Value is not null && !figure.Figure.IsChange && basis.Cue is { } cue && !cue.StartsWith("unit:", StringComparison.Ordinal)
                && _owner._bases.TryFind(basis.Value, out MetricBasis? cued) && !cued.MeasuresChange)
            {
                _lastCued = (sentenceIndex, basis.Value, figure.Value, sentenceIndex);
            }

            if (basis.Value is not null && !figure.Figure.IsChange && !IsPartOrPlace(figure.Figure))
            {
                _lastTotal = (sentenceIndex, basis.Value, figure.Value);
            }
            string notes = OriginalText(clause.Start, clause.End);

            (ExtractedField publisher, PublisherKind publisherKind) = PublisherOf(claimant);
            return new ExtractedClaim
            {
                Publisher = publisher,
                PublisherKind = publisherKind,
                Published = _context.Published,
                Source = _context.Source,
                Language = _context.Language,
                Id = ClaimId(number),
                Value = figure.Value,
                Figure = figure.Figure,
                Start = Original(figure.Start),
                Length = Original(figure.End) - Original(figure.Start),
                Line = line,
                Column = column,
                Quote = OriginalText(sentence.Start, sentence.End),
                Subject = subject,
                Claimant = claimant,
                Basis = basis,
                Scope = scope,
                Period = period,
                Aggregation = AggregationOf(figure, sentence, clause, period),
                Market = MarketOf(sentence, clause) is { Value: not null } market ? market : DefaultMarket(figure, basis, sentence),
                Status = StatusOf(figure, sentence, clause),
                ScopeNotes = figure.JoinCue is null ? notes : notes + " (" + figure.JoinCue + ")",
            };
        }

        // The claim's id: the prefix, '-' and the number in at least three digits, formatted straight into the one string.
        private string ClaimId(int number) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_context.IdPrefix}-{number:000}");

        // The source a text names for a figure publishes it; otherwise the text's own publisher does.
        private (ExtractedField, PublisherKind) PublisherOf(ExtractedField claimant)
        {
            if (claimant.Certainty >= ExtractionCertainty.Inferred && claimant.Value is not null && _owner._aliases.TryResolve(claimant.Value, out Entity? entity))
            {
                PublisherKind kind = entity.Kind switch
                {
                    EntityKind.Publisher => PublisherKind.Analyst,
                    EntityKind.Vendor or EntityKind.ModelFamily => PublisherKind.Vendor,
                    _ => PublisherKind.Unknown,
                };
                return (new ExtractedField(claimant.Value, claimant.Certainty, "the claimant the text names", claimant.Start, claimant.Length), kind);
            }

            return string.IsNullOrWhiteSpace(_context.Publisher)
                ? (ExtractedField.None, _context.PublisherKind ?? PublisherKind.Unknown)
                : (new ExtractedField(_context.Publisher, ExtractionCertainty.Stated, "the text's publisher, as given"), _context.PublisherKind ?? PublisherKind.Unknown);
        }

        private ExtractedField Field(string value, ExtractionCertainty certainty, string cue, int start, int end) =>
            new(value, certainty, cue, Original(start), Original(end) - Original(start));

        private (ExtractedField, Entity?) SubjectOf(FoundFigure figure, int sentenceIndex, Span clause)
        {
            Sentence sentence = _sentences[sentenceIndex];

            if (RespectivelyPair(figure, sentence) is { } paired)
            {
                return paired;
            }

            // The nearest name before the figure in its clause; without one, a word of the whole market (全國, the market) —
            // never for a rank or a share, which a market cannot hold (in 市場份額 the market is the share's whole).
            Mention? inClause = NearestMentionBefore(figure.Start, clause.Start);
            if (inClause is { } m)
            {
                return (Field(m.Name, ExtractionCertainty.Stated, $"'{OriginalText(m.Start, m.End)}' before the figure in its clause", m.Start, m.End), m.Entity);
            }

            Dimension dimension = figure.Figure.Unit.Dimension;
            // A market can grow, though: a change ("The market has seen an almost 400% increase") may be the market's.
            int marketWord = (dimension.Equals(Dimension.Rank) || dimension.Equals(Dimension.Share)) && !figure.Figure.IsChange ? -1 : MarketSubjectWordBefore(figure.Start, clause.Start);
            if (marketWord >= 0)
            {
                return (Field("market", ExtractionCertainty.Stated, $"'{OriginalText(marketWord, MarketWordEnd(marketWord))}' names the whole market", marketWord, MarketWordEnd(marketWord)), null);
            }

            // 這一指標 (this measure) refers to the figure just before: its subject is this figure's.
            if (_lastSubject is { } last && last.Sentence >= sentenceIndex - 2
                && ContainsAny(_t.AsSpan(sentence.Start, figure.Start - sentence.Start), MeasureReferences, out string reference)
                && NearestMentionBefore(figure.Start, sentence.Start) is null)
            {
                return (new ExtractedField(last.Subject.Value, ExtractionCertainty.Inferred, $"'{reference}' refers to the figure before, of {last.Subject.Value}"), last.Entity);
            }

            bool pronoun = ContainsAny(_t.AsSpan(clause.Start, figure.Start - clause.Start), Pronouns, out _);
            if (NearestMentionBefore(clause.Start, sentence.Start) is { } earlier && !InList(earlier))
            {
                return (Field(earlier.Name, ExtractionCertainty.Inferred, $"'{OriginalText(earlier.Start, earlier.End)}' named earlier in the sentence", earlier.Start, earlier.End), earlier.Entity);
            }

            // A figure alone on the line after a line that ends in a colon completes that line (…豆包大模型最新日均Token呼叫量:\n50兆。).
            if (figure.Start == sentence.Start && sentenceIndex > 0 && _sentences[sentenceIndex - 1].End - _sentences[sentenceIndex - 1].Start > 1
                && _t[_sentences[sentenceIndex - 1].End - 1] is ':' or '：'
                && NearestMentionBefore(_sentences[sentenceIndex - 1].End, _sentences[sentenceIndex - 1].Start) is { } introduced)
            {
                return (Field(introduced.Name, ExtractionCertainty.Inferred, $"'{OriginalText(introduced.Start, introduced.End)}' in the line the figure completes, which ends in a colon",
                    introduced.Start, introduced.End), introduced.Entity);
            }

            for (int back = sentenceIndex - 1; back >= 0 && back >= sentenceIndex - 2 && _sentences[back].Paragraph == sentence.Paragraph; back--)
            {
                if (NearestMentionBefore(_sentences[back].End, _sentences[back].Start) is { } before)
                {
                    return (Field(before.Name, pronoun ? ExtractionCertainty.Inferred : ExtractionCertainty.Guessed,
                        pronoun ? $"'{OriginalText(before.Start, before.End)}' in an earlier sentence, referred to by a pronoun" : $"'{OriginalText(before.Start, before.End)}' is the last name in an earlier sentence",
                        before.Start, before.End), before.Entity);
                }
            }

            return (ExtractedField.None, null);
        }

        // 火山引擎、阿里云和腾讯云,中标项目分别达到24个、20个和19个 (and 阿里云、百度智能云分別占比27%、17%,位列第二、第三; in
        // English "shares were 29%, 20% and 13% respectively"): the k-th figure of a list is the k-th name of the list of names
        // before it. Only when both lists have as many items; otherwise no name is proposed from the list.
        private (ExtractedField, Entity?)? RespectivelyPair(FoundFigure figure, Sentence sentence)
        {
            int word = _t.LastIndexOf("分别", figure.Start, figure.Start - sentence.Start, StringComparison.Ordinal);
            int listFrom;
            if (word >= 0)
            {
                listFrom = word + 2;
            }
            else
            {
                int english = IndexOfIgnoringCase("respectively", figure.End, sentence.End);
                if (english < 0)
                {
                    return null;
                }

                // The list ends at the word; it starts at the first figure joined to this one by list separators.
                int first = FoundIndex(figure);
                while (first > 0 && _found[first - 1].Start >= sentence.Start && IsListGap(_found[first - 1].End, _found[first].Start))
                {
                    first--;
                }

                listFrom = _found[first].Start;
                word = listFrom;
            }

            // The lists of figures after the word: this figure's list and its place in it. A list ends at anything but a
            // list separator; another list may follow after a clause break and a few words (,位列第二、第三).
            List<FoundFigure> group = [];
            int k = -1;
            for (int fi = FirstFoundFrom(listFrom); fi < _found.Count; fi++)
            {
                FoundFigure f = _found[fi];
                if (f.Start >= sentence.End)
                {
                    break;
                }

                bool joined = group.Count > 0 && IsListGap(group[^1].End, f.Start);
                bool opens = group.Count == 0 ? OnlyWordsOfLevel(listFrom, f.Start) : !joined && IsNewListAfterBreak(group[^1].End, f.Start);
                if (!joined && !opens)
                {
                    break;
                }

                if (!joined)
                {
                    if (k >= 0)
                    {
                        break;
                    }

                    group = [];
                }

                group.Add(f);
                if (ReferenceEquals(f, figure))
                {
                    k = group.Count - 1;
                }
            }

            if (k < 0)
            {
                return null;
            }

            // Keep collecting the rest of this figure's list.
            int next = FoundIndex(group[^1]) + 1;
            while (next < _found.Count && _found[next].Start < sentence.End && IsListGap(group[^1].End, _found[next].Start))
            {
                group.Add(_found[next++]);
            }

            List<Mention> names = NamesListBefore(word, sentence);
            if (names.Count != group.Count || names.Count < 2)
            {
                return (ExtractedField.None, null);
            }

            Mention name = names[k];
            return (Field(name.Name, ExtractionCertainty.Stated, $"the list with '分别/respectively' pairs figure {k + 1} of {group.Count} with name {k + 1} of {names.Count}", name.Start, name.End), name.Entity);
        }

        // The last run of names before a position joined only by list separators, in its sentence or the one before; a name
        // printed right after another (阿里云千问) is one name, the later.
        private List<Mention> NamesListBefore(int position, Sentence sentence)
        {
            int floor = sentence.Start;
            int index = SentenceIndex(sentence.Start);
            if (index > 0 && _sentences[index - 1].Paragraph == sentence.Paragraph)
            {
                floor = _sentences[index - 1].Start;
            }

            var names = new List<Mention>();
            for (int m = FirstMentionFrom(position) - 1; m >= 0 && _mentions[m].Start >= floor; m--)
            {
                Mention mention = _mentions[m];
                if (mention.End > position || mention.Entity.Kind is EntityKind.Publisher)
                {
                    continue;
                }

                if (names.Count > 0)
                {
                    if (mention.End == names[0].Start)
                    {
                        continue;
                    }

                    if (!IsListGap(mention.End, names[0].Start))
                    {
                        if (names.Count >= 2)
                        {
                            break;
                        }

                        names.Clear();
                    }
                }

                names.Insert(0, mention);
            }

            return names;
        }

        private bool IsNewListAfterBreak(int from, int to)
        {
            ReadOnlySpan<char> gap = _t.AsSpan(from, Math.Max(0, to - from)).Trim();
            return gap.Length is > 1 and <= 5 && gap[0] is ',' or ';' && !gap.ContainsAnyInRange('0', '9');
        }

        // A name in a list of names (火山引擎、阿里云和腾讯云) stands for none of the list's figures alone.
        private bool InList(Mention mention)
        {
            int m = FirstMentionFrom(mention.Start);
            bool before = m > 0 && _mentions[m - 1].End <= mention.Start && IsListGap(_mentions[m - 1].End, mention.Start);
            int next = m + 1 < _mentions.Count && _mentions[m].Start == mention.Start ? m + 1 : m;
            bool after = next < _mentions.Count && _mentions[next].Start >= mention.End && IsListGap(mention.End, _mentions[next].Start);
            return before || after;
        }

        private bool IsListGap(int from, int to)
        {
            ReadOnlySpan<char> gap = _t.AsSpan(from, Math.Max(0, to - from)).Trim();
            return gap is "、" or "," or "和" or "及" or "与" or "以及" or "and" or ", and" or ",和" or "、和";
        }

        private bool OnlyWordsOfLevel(int from, int to)
        {
            ReadOnlySpan<char> gap = _t.AsSpan(from, Math.Max(0, to - from)).Trim();
            return gap.Length <= 4 && !gap.ContainsAnyInRange('0', '9') && gap.IndexOfAny(",;、") < 0;
        }

        private Mention? NearestMentionBefore(int position, int floor)
        {
            for (int m = FirstMentionFrom(position) - 1; m >= 0 && _mentions[m].Start >= floor; m--)
            {
                Mention mention = _mentions[m];
                if (mention.End <= position && mention.Entity.Kind != EntityKind.Publisher)
                {
                    return mention;
                }
            }

            return null;
        }

        private int MarketSubjectWordBefore(int position, int floor)
        {
            for (int i = position - 1; i >= floor; i--)
            {
                foreach (string word in MayStartAt(MarketSubjectWords, i) ? MarketSubjectWords : [])
                {
                    if (i + word.Length <= position && string.Compare(_t, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        // 市場份額 / market share: the market is the share's whole, not the subject.
                        int after = i + word.Length;
                        if (ContainsAny(_t.AsSpan(after, Math.Min(4, position - after)), ShareWords, out _)
                            || ContainsAny(_t.AsSpan(Math.Max(floor, i - 4), i - Math.Max(floor, i - 4)), ShareWords, out _))
                        {
                            return -1;
                        }

                        // 国内其他主流模型 (the other models in the country): some of the market's members, not the whole.
                        if (StartsWithAny(after, OtherWords))
                        {
                            return -1;
                        }

                        return i;
                    }
                }
            }

            return -1;
        }

        private static readonly string[] OtherWords = ["其他", "其它", "其余", "其餘"];

        private int MarketWordEnd(int start)
        {
            foreach (string word in MarketSubjectWords)
            {
                if (string.Compare(_t, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return start + word.Length;
                }
            }

            return start;
        }

        private ExtractedField ClaimantOf(FoundFigure figure, Sentence sentence, Span clause, ExtractedField subject)
        {
            // A name followed by a word of claiming or reporting (火山引擎強調, IDC統計), or after a word of source (據, according
            // to), before the figure in its sentence. Another vendor named between it and the figure stops the search: the
            // claim is then that vendor's sentence, not the earlier name's.
            bool otherVendor = false;
            for (int m = FirstMentionFrom(figure.Start) - 1; m >= 0 && _mentions[m].Start >= sentence.Start; m--)
            {
                Mention mention = _mentions[m];
                if (SourceEndsBetween(mention.End, figure))
                {
                    break;
                }

                (bool claimVerb, bool reports, bool source, string sourceWord) = WordsAround(m, sentence);
                bool claims = !otherVendor && claimVerb;
                if (claims || reports || source)
                {
                    ExtractionCertainty certainty = mention.Start >= clause.Start ? ExtractionCertainty.Stated : ExtractionCertainty.Inferred;
                    string cue = claims ? $"'{OriginalText(mention.Start, mention.End)}' followed by a word of claiming"
                        : reports ? $"'{OriginalText(mention.Start, mention.End)}' followed by a word of reporting"
                        : $"'{sourceWord.Trim()} {OriginalText(mention.Start, mention.End)}' names the source";
                    return Field(mention.Name, certainty, cue, mention.Start, mention.End);
                }

                otherVendor |= mention.Entity.Kind != EntityKind.Publisher && !string.Equals(mention.Name, subject.Value, StringComparison.Ordinal);
            }

            // 其強調的20-40ms, 其CEO…表示: the vendor the pronoun refers to (the last one named before it) makes the claim.
            int pronoun = _t.IndexOf('其', sentence.Start, figure.Start - sentence.Start);
            if (pronoun >= 0 && StartsWithVerbNear(pronoun + 1, Math.Min(figure.Start, pronoun + 12)) && ReferentOf(pronoun) is { } referent)
            {
                return new ExtractedField(referent.Name, ExtractionCertainty.Inferred, $"'其' (its) before a word of claiming refers to '{referent.Name}', the last name before it", Original(pronoun), 1);
            }

            if (figure.Figure.Unit.Dimension.Equals(Dimension.Rank) && subject.Value is not null && subject.Value != "market")
            {
                return new ExtractedField(subject.Value, ExtractionCertainty.Guessed, "a ranking claim, taken as the subject's own");
            }

            if (!string.IsNullOrWhiteSpace(_context.Publisher))
            {
                return new ExtractedField(_context.Publisher, ExtractionCertainty.Guessed, "no one in the text is said to claim it: the text's publisher stands in");
            }

            if (subject.Value is not null && subject.Value != "market")
            {
                return new ExtractedField(subject.Value, ExtractionCertainty.Guessed, "no one in the text is said to claim it: the subject stands in");
            }

            return new ExtractedField("unknown", ExtractionCertainty.Guessed, "no one in the text is said to claim it, and no publisher was given");
        }

        // Per mention, the words around it that ClaimantOf reads, for the sentence they were read in: the same for every
        // figure after the mention in its sentence.
        private (int SentenceStart, int SentenceEnd, bool ClaimVerb, bool ReportVerb, bool Source, string SourceWord)[]? _wordsAround;

        // Whether a word of claiming or of reporting follows mention m (within its sentence), and the word of source before it.
        private (bool ClaimVerb, bool ReportVerb, bool Source, string SourceWord) WordsAround(int m, Sentence sentence)
        {
            _wordsAround ??= new (int, int, bool, bool, bool, string)[_mentions.Count];
            ref (int SentenceStart, int SentenceEnd, bool ClaimVerb, bool ReportVerb, bool Source, string SourceWord) known = ref _wordsAround[m];
            if (known.SentenceEnd != sentence.End || known.SentenceStart != sentence.Start || known.SourceWord is null)
            {
                Mention mention = _mentions[m];
                int windowEnd = Math.Min(sentence.End, mention.End + 12);
                int from = Math.Max(sentence.Start, mention.Start - 14);
                bool claimVerb = StartsWithVerb(mention.End, windowEnd, ClaimVerbsAfter);
                bool reports = StartsWithVerb(mention.End, windowEnd, ReportVerbsAfter);
                bool source = ContainsAny(_t.AsSpan(from, mention.Start - from), SourceWordsBefore, out string sourceWord);
                known = (sentence.Start, sentence.End, claimVerb, reports, source, sourceWord);
            }

            return (known.ClaimVerb, known.ReportVerb, known.Source, known.SourceWord);
        }

        // A source's words reach the figures after it until the text measures something else (a figure of another
        // dimension) or starts its own reckoning (按定價粗略計算).
        private bool SourceEndsBetween(int from, FoundFigure figure)
        {
            for (int i = FirstFoundFrom(from); i < _found.Count && _found[i].Start < figure.Start; i++)
            {
                FoundFigure other = _found[i];
                if (other.End <= figure.Start && !other.Figure.Unit.Dimension.Equals(figure.Figure.Unit.Dimension))
                {
                    return true;
                }
            }

            for (int c = ClauseIndex(from); c < _clauses.Count && _clauses[c].Start < figure.Start; c++)
            {
                Span clause = _clauses[c];
                if (clause.End <= figure.Start && clause.Start >= from && ContainsAny(_t.AsSpan(clause.Start, clause.End - clause.Start), EstimateWords, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private bool StartsWithVerbNear(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (StartsWithVerb(i, to, ClaimVerbsAfter))
                {
                    return true;
                }
            }

            return false;
        }

        private Mention? ReferentOf(int pronoun)
        {
            int sentence = SentenceIndex(pronoun);
            for (int s = sentence; s >= 0 && s >= sentence - 2 && _sentences[s].Paragraph == _sentences[sentence].Paragraph; s--)
            {
                int end = s == sentence ? pronoun : _sentences[s].End;
                if (NearestMentionBefore(end, _sentences[s].Start) is { } mention && mention.Entity.Kind is EntityKind.Vendor or EntityKind.ModelFamily)
                {
                    return mention;
                }
            }

            return null;
        }

        // Figures are found in the order of the text: the index of the first one starting at or after a position.
        private int FirstFoundFrom(int position)
        {
            int lo = 0, hi = _found.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_found[mid].Start < position)
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

        private int FoundIndex(FoundFigure figure)
        {
            for (int i = FirstFoundFrom(figure.Start); i < _found.Count && _found[i].Start == figure.Start; i++)
            {
                if (ReferenceEquals(_found[i], figure))
                {
                    return i;
                }
            }

            return -1;
        }

        private int SentenceIndex(int position)
        {
            int lo = 0, hi = _sentences.Count - 1, found = 0;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_sentences[mid].Start <= position)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found;
        }

        // A word of claiming right after a name, allowing a period or a few characters of description between (沙利文2025年上半年報告顯示,
        // 火山引擎的大幅廣告).
        private bool StartsWithVerb(int from, int to, string[] verbs)
        {
            int i = from;
            if (PeriodAt(i) is { } period)
            {
                i = period.End;
            }

            for (int skip = 0; skip <= 4 && i + skip < to; skip++)
            {
                foreach (string verb in MayStartAt(verbs, i + skip) ? verbs : [])
                {
                    int at = i + skip;
                    if (at + verb.Length <= to && string.Compare(_t, at, verb, 0, verb.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        bool latin = char.IsAsciiLetter(verb[0]);
                        if (!latin || skip <= 1 && (at == 0 || !char.IsAsciiLetter(_t[at - 1])))
                        {
                            return true;
                        }
                    }
                }

                if (i + skip < _t.Length && char.IsAsciiLetter(_t[i + skip]))
                {
                    // In English only the next word counts.
                    if (skip > 1)
                    {
                        break;
                    }
                }
            }

            return false;
        }

        // A period a change is measured from is the figure's period only when nothing else is printed (相比去年12月则是超10倍增长)
        // or when the figure is the base itself (较上半年的10.2万亿).
        private ExtractedField PeriodOf(FoundFigure figure, int sentenceIndex, Span clause)
        {
            _baseFigureStart = figure.Figure.IsChange ? -1 : figure.Start;
            ExtractedField period = PeriodOfCore(figure, sentenceIndex, clause);
            if (period.Value is null)
            {
                _basesAllowed = true;
                period = PeriodOfCore(figure, sentenceIndex, clause);
                _basesAllowed = false;
            }

            return period;
        }

        private bool _basesAllowed;
        private int _baseFigureStart;

        private ExtractedField PeriodOfCore(FoundFigure figure, int sentenceIndex, Span clause)
        {
            Sentence sentence = _sentences[sentenceIndex];
            PeriodMention? best = null;
            ExtractionCertainty certainty = ExtractionCertainty.None;
            string cue = string.Empty;
            PeriodMention? nearestInClause = NearestPeriod(clause.Start, clause.End, figure.Start);
            if (nearestInClause is { } p)
            {
                (best, certainty, cue) = (p, ExtractionCertainty.Stated, $"'{p.Text}' in the figure's clause");
            }
            else if (NearestPeriod(sentence.Start, figure.Start, figure.Start) is { } q)
            {
                (best, certainty, cue) = (q, ExtractionCertainty.Inferred, $"'{q.Text}' elsewhere in the sentence");
            }
            else if (NearestPeriod(figure.End, sentence.End, figure.End) is { } later && NothingNamedBetween(figure, later.Start))
            {
                // "… 49.2% share, in the first half of 2025": a period after the figure, with no other figure or name between.
                (best, certainty, cue) = (later, ExtractionCertainty.Inferred, $"'{later.Text}' after the figure in the sentence");
            }
            else if (sentenceIndex > 0 && _sentences[sentenceIndex - 1].Paragraph == sentence.Paragraph
                && NearestPeriod(_sentences[sentenceIndex - 1].Start, _sentences[sentenceIndex - 1].End, _sentences[sentenceIndex - 1].End) is { } r)
            {
                (best, certainty, cue) = (r, ExtractionCertainty.Inferred, $"'{r.Text}' in the sentence before");
            }

            if (best is not { } chosen)
            {
                return ExtractedField.None;
            }

            string value = OriginalText(chosen.Start, chosen.End);
            if (chosen.Text is "全年")
            {
                // 全年 ("the full year") takes the year of another period printed in the sentence.
                PeriodMention? withYear = null;
                foreach (PeriodMention other in PeriodsIn(sentence.Start, sentence.End))
                {
                    if (other.Text.Length >= 4 && char.IsAsciiDigit(other.Text[0]))
                    {
                        withYear = other;
                        break;
                    }
                }

                if (withYear is not { } y)
                {
                    return ExtractedField.None;
                }

                value = y.Text[..4] + "年";
                return Field(value, ExtractionCertainty.Inferred, $"'全年' takes the year of '{y.Text}' in the sentence", chosen.Start, chosen.End);
            }

            return Field(value, certainty, cue, chosen.Start, chosen.End);
        }

        private bool NothingNamedBetween(FoundFigure figure, int position)
        {
            int f = FoundIndex(figure) + 1;
            if (f > 0 && f < _found.Count && _found[f].Start < position)
            {
                return false;
            }

            int m = FirstMentionFrom(figure.End);
            return m >= _mentions.Count || _mentions[m].Start >= position;
        }

        private PeriodMention? NearestPeriod(int from, int to, int figure)
        {
            PeriodMention? before = null;
            PeriodMention? after = null;
            foreach (PeriodMention p in PeriodsIn(from, to))
            {
                if (!p.Resolvable || !_basesAllowed && IsComparisonBase(p) && !BaseOfFigure(p))
                {
                    continue;
                }

                if (p.End <= figure)
                {
                    before = p;
                }
                else if (after is null && p.Start >= figure)
                {
                    after = p;
                }
            }

            return before ?? after;
        }

        // 较上半年的10.2万亿: the level right after the base period is the base figure, of that period (a change right after it,
        // 較2024年下半年激增363%, is measured from it).
        private bool BaseOfFigure(PeriodMention period)
        {
            int gap = _baseFigureStart - period.End;
            return _baseFigureStart >= 0 && gap >= 0 && gap <= 3 && _t.AsSpan(period.End, gap).Trim().TrimStart('的').Length == 0;
        }

        private static readonly string[] BaseComparisonWords = ["compared to", "compared with", "than", "from", "versus", "vs.", "vs", "relative to", "较", "較", "相较", "相較", "相比", "相较于", "相較於", "对比", "對比"];

        private static readonly string[] BaseFillers = ["the entirety of", "the whole of", "all of", "the same period of", "the same period in", "the end of"];

        // "increase compared to the entirety of 2024", "較2024年下半年激增363%": the period a change is measured from, not the
        // period of the figure.
        private bool IsComparisonBase(PeriodMention period)
        {
            int end = period.Start;
            while (end > 0 && _t[end - 1] == ' ')
            {
                end--;
            }

            foreach (string filler in BaseFillers)
            {
                if (end >= filler.Length && string.Compare(_t, end - filler.Length, filler, 0, filler.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (end == filler.Length || !char.IsAsciiLetter(_t[end - filler.Length - 1])))
                {
                    end -= filler.Length;
                    while (end > 0 && _t[end - 1] == ' ')
                    {
                        end--;
                    }

                    break;
                }
            }

            foreach (string word in BaseComparisonWords)
            {
                if (end >= word.Length && string.Compare(_t, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (!char.IsAsciiLetter(word[0]) || end == word.Length || !char.IsAsciiLetter(_t[end - word.Length - 1])))
                {
                    return true;
                }
            }

            return false;
        }

        private IEnumerable<PeriodMention> PeriodsIn(int from, int to)
        {
            int lo = 0, hi = _periods.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_periods[mid].Start < from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (int i = lo; i < _periods.Count && _periods[i].End <= to; i++)
            {
                yield return _periods[i];
            }
        }

        private (ExtractedField Basis, ExtractedField Scope) BasisOf(FoundFigure figure, Sentence sentence, Span clause, ExtractedField subject, Entity? entity)
        {
            if (Decide(figure.Figure, clause.Start, clause.End) is { ByUnit: false } stated)
            {
                return (new ExtractedField(stated.Basis, ExtractionCertainty.Stated, stated.Cue + " in the figure's clause"), ScopeField(stated.Scope, ExtractionCertainty.Stated, stated.Cue));
            }

            // A cue in a clause of the sentence that holds no other figure (IDC's report (calculated on external customer
            // Tokens usage under the MaaS layer) revealed that ... 27%) speaks for the sentence's figures, before a basis the text
            // names for the subject elsewhere; a cue in a clause with a figure of its own is that figure's.
            if (FigureFreeClauses(figure, sentence) is { Length: > 0 } free && Decide(figure.Figure, free) is { ByUnit: false } inFree
                && FitsChange(figure.Figure, inFree.Basis))
            {
                return (new ExtractedField(inFree.Basis, ExtractionCertainty.Inferred, inFree.Cue + " in a clause of the sentence that holds no other figure"), ExtractedField.None);
            }

            if (entity is not null && _vendorBases.TryGetValue(entity.Id, out List<(Span Statement, int Sentence)>? statements))
            {
                string? chosen = null;
                string? chosenCue = null;
                string? chosenScope = null;
                // The statements nearest the figure, within five paragraphs of it (at most 16): a basis is stated near where it
                // is used, and a long text must not make every figure read every statement.
                int paragraph = sentence.Paragraph;
                int lo = 0, hi = statements.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (_sentences[statements[mid].Sentence].Paragraph < paragraph - 5)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                for (int si = lo; si < statements.Count && si < lo + 16 && _sentences[statements[si].Sentence].Paragraph <= paragraph + 5; si++)
                {
                    (Span statement, int at) = statements[si];

                    if (Decide(figure.Figure, statement.Start, statement.End) is { ByUnit: false } decided)
                    {
                        if (chosen is not null && chosen != decided.Basis)
                        {
                            chosen = null;
                            chosenCue = null;
                            break;
                        }

                        chosen = decided.Basis;
                        chosenScope = decided.Scope;
                        chosenCue = $"{decided.Cue} where the text names {subject.Value}'s basis (sentence {at + 1})";
                    }
                }

                if (chosen is not null)
                {
                    return (new ExtractedField(chosen, ExtractionCertainty.Inferred, chosenCue), ScopeField(chosenScope, ExtractionCertainty.Inferred, chosenCue!));
                }
            }

            if (Decide(figure.Figure, sentence.Start, sentence.End) is { ByUnit: false } inSentence && FitsChange(figure.Figure, inSentence.Basis))
            {
                // A scope word elsewhere in the sentence (市場空間 before 增長137倍) may be another figure's: only the basis is taken.
                return (new ExtractedField(inSentence.Basis, ExtractionCertainty.Inferred, inSentence.Cue + " elsewhere in the sentence"), ExtractedField.None);
            }

            if (entity is { Kind: EntityKind.ModelFamily } && (figure.Figure.Unit.Dimension.Equals(Dimension.TokenCount) || figure.Figure.Unit.Dimension.Equals(Dimension.TokenRate))
                && !figure.Figure.IsChange && _owner._bases.TryFind(MetricBasis.OwnProductsTokenConsumption.Id, out _))
            {
                return (new ExtractedField(MetricBasis.OwnProductsTokenConsumption.Id, ExtractionCertainty.Inferred,
                    $"tokens of a model family ({subject.Value}) count its maker's own products, not one platform's MaaS calls"), ExtractedField.None);
            }

            if (Decide(figure.Figure, string.Empty) is { ByUnit: true } byUnit)
            {
                return (new ExtractedField(byUnit.Basis, ExtractionCertainty.Inferred, byUnit.Cue), ExtractedField.None);
            }

            return (ExtractedField.None, ExtractedField.None);
        }

        // A change (增长263%) is on a basis that measures change: a level's basis named elsewhere in the sentence is the
        // measure's, not the change's own (the clause's cues give the change basis with its measure, see DecideOnce).
        private bool FitsChange(Figure figure, string basisId) =>
            !figure.IsChange || _owner._bases.TryFind(basisId, out MetricBasis? basis) && basis.MeasuresChange;

        // The last answer of FigureFreeClauses: the figures of one clause ask in turn.
        private (int Sentence, int Clause, string Text) _figureFree = (-1, -1, string.Empty);

        // The clauses of the sentence, other than the figure's own, that hold no figure found in the text, joined by a space.
        private string FigureFreeClauses(FoundFigure figure, Sentence sentence)
        {
            int own = ClauseIndex(figure.Start);
            if (_figureFree.Sentence == sentence.Start && _figureFree.Clause == own)
            {
                return _figureFree.Text;
            }

            var text = new System.Text.StringBuilder();
            int f = FirstFoundFrom(sentence.Start);
            for (int c = ClauseIndex(sentence.Start); c < _clauses.Count && _clauses[c].Start < sentence.End; c++)
            {
                Span clause = _clauses[c];
                if (clause.Start <= figure.Start && figure.Start < clause.End)
                {
                    continue;
                }

                while (f < _found.Count && _found[f].End <= clause.Start)
                {
                    f++;
                }

                if (f < _found.Count && _found[f].Start < clause.End)
                {
                    continue;
                }

                text.Append(_t, clause.Start, clause.End - clause.Start).Append(' ');
            }

            _figureFree = (sentence.Start, own, text.ToString());
            return _figureFree.Text;
        }

        private static ExtractedField ScopeField(string? scope, ExtractionCertainty certainty, string cue) =>
            scope is null ? ExtractedField.None : new ExtractedField(scope, certainty, cue);

        // One basis that the words decide for this figure: the text cues of this extractor and the basis inferrer's.
        private (string Basis, string Cue, string? Scope, bool ByUnit)? Decide(Figure figure, string text) => Decide(figure, text, text, -1, -1);

        // The same for the part start..end of the text: no substring made unless the part is decided for the first time, and
        // its cues read from the one search of the whole text.
        private (string Basis, string Cue, string? Scope, bool ByUnit)? Decide(Figure figure, int start, int end) =>
            Decide(figure, _t.AsSpan(start, end - start), null, start, end);

        private (string Basis, string Cue, string? Scope, bool ByUnit)? Decide(Figure figure, ReadOnlySpan<char> text, string? whole, int start, int end)
        {
            // The same sentence or statement is asked about for every figure in or near it: answered once per text (by its
            // characters, wherever it stands), dimension, change and printed value (the inferrer reads cues in the value too,
            // so two figures of one dimension may be decided apart).
            string dimension = figure.Unit.Dimension.Id;
            bool change = figure.IsChange;
            string? value = ValueKey(figure);
            if (!_decidedByText.TryGetValue(text, out string? key, out List<Decision>? decisions))
            {
                key = whole ?? text.ToString();
                decisions = [];
                _decided[key] = decisions;
            }

            foreach (Decision decision in decisions)
            {
                if (decision.Change == change && string.Equals(decision.Dimension, dimension, StringComparison.Ordinal)
                    && string.Equals(decision.Value, value, StringComparison.Ordinal))
                {
                    return decision.Answer;
                }
            }

            ulong[]? cues = null;
            if (start >= 0 && key.Length > 0)
            {
                _basisCues ??= Cues.BasisCues;
                cues = BasisInferrer.CuesIn(_t, _basisCues, start, end);
            }

            (string Basis, string Cue, string? Scope, bool ByUnit)? answer = DecideOnce(figure, key, cues);
            decisions.Add(new Decision(dimension, change, value, answer));
            return answer;
        }

        // The last figure asked about and what of it the inferrer reads besides its dimension and change (see ValueKey).
        private Figure? _keyed;
        private string? _valueKey;

        // What of the printed value the inferrer reads, as a key of the decisions: the value itself when it holds a cue of the
        // inferrer (or, for a multiple, may hold a word of comparison with peers); else only the unit's symbol (its "unit:"
        // cue), so that the figures of one dimension without cues of their own share the answers for a text.
        private string? ValueKey(Figure figure)
        {
            if (!ReferenceEquals(figure, _keyed))
            {
                _keyed = figure;
                _valueKey = figure.Text is not { Length: > 0 } text || figure.Unit.Dimension.Equals(Dimension.Multiple) || HoldsInferrerCue(text)
                    ? figure.Text
                    : "\0" + figure.Unit.Symbol;
            }

            return _valueKey;
        }

        private static bool HoldsInferrerCue(string text)
        {
            foreach (ulong bits in BasisInferrer.CuesIn(text))
            {
                if (bits != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private (string Basis, string Cue, string? Scope, bool ByUnit)? DecideOnce(Figure figure, string text, ulong[]? cues)
        {
            BasisInference inferred = BasisInferrer.Infer(figure, text.Length == 0 ? null : text, cues, null, null, _owner._bases, null, explain: false);
            if (!inferred.Succeeded)
            {
                return null;
            }

            MetricBasis basis = inferred.Basis!;
            IReadOnlyList<string> found = inferred.Cues;
            bool byUnit = true;
            var words = new string[found.Count];
            for (int i = 0; i < found.Count; i++)
            {
                string c = found[i];
                byUnit &= c.StartsWith("unit:", StringComparison.Ordinal);
                words[i] = c.StartsWith("scope_notes: ", StringComparison.Ordinal) ? $"'{c["scope_notes: ".Length..]}'" : c;
            }

            // A measure the cue implies beyond the basis's own scope (可服務 → users-served, 中標項目數量和金額 → count-and-amount).
            string? measure = basis.Scope[ScopeKeys.Measure];
            string? own = _owner._bases.TryFind(basis.Id, out MetricBasis? registered) ? registered.Scope[ScopeKeys.Measure] : null;
            string? scope = measure is not null && measure != own && measure != "unstated" ? ScopeKeys.Measure + "=" + measure : null;
            return (basis.Id, string.Join(", ", words), scope, byUnit);
        }

        private ExtractedField AggregationOf(FoundFigure figure, Sentence sentence, Span clause, ExtractedField period)
        {
            Dimension dimension = figure.Figure.Unit.Dimension;
            bool volume = dimension.Equals(Dimension.TokenCount) || dimension.Equals(Dimension.Money);
            ReadOnlySpan<char> before = _t.AsSpan(clause.Start, figure.Start - clause.Start);
            if (ContainsAny(before, DailyWords, out string daily) || ContainsAny(_t.AsSpan(figure.Start, figure.End - figure.Start), DailyWords, out daily))
            {
                return volume || dimension.Equals(Dimension.Share) ? new ExtractedField("daily-average", ExtractionCertainty.Stated, $"'{daily}' in the figure's clause") : ExtractedField.None;
            }

            if (ContainsAny(_t.AsSpan(sentence.Start, sentence.End - sentence.Start), DailyWords, out daily))
            {
                return volume || dimension.Equals(Dimension.Share) ? new ExtractedField("daily-average", ExtractionCertainty.Inferred, $"'{daily}' elsewhere in the sentence") : ExtractedField.None;
            }

            if (ContainsAny(before, CumulativeWords, out string total))
            {
                return new ExtractedField("total", ExtractionCertainty.Stated, $"'{total}' in the figure's clause");
            }

            if (volume && period.Value is not null && !figure.Figure.IsChange && IsMultiMonth(period.Value))
            {
                return new ExtractedField("total", ExtractionCertainty.Inferred, $"an amount over the period '{period.Value}' is its total");
            }

            return ExtractedField.None;
        }

        // A half, a year, a quarter: an amount over it is its total. A month or a day is when something happened as often as
        // the span a figure sums (2024年5月 降价, 调用量从 … 暴涨至 …).
        private static bool IsMultiMonth(string period)
        {
            if (period.Contains('月', StringComparison.Ordinal) || period.Contains('日', StringComparison.Ordinal))
            {
                return false;
            }

            return ClaimExtractor.ContainsAny(period, ["半年", "全年", "年度", "季", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "quarter", "half", "year", "fiscal", "FY"], out _)
                || period.EndsWith('年') || period.Length == 4 && period.All(char.IsAsciiDigit);
        }

        // A share needs its whole. Where the text names none, a basis defined on one market of China gives it, in a text
        // about China: self-developed models' token shares are of China's LLM use across channels, MaaS token shares of
        // China's public-cloud LLM calls.
        private ExtractedField DefaultMarket(FoundFigure figure, ExtractedField basis, Sentence sentence)
        {
            if (!figure.Figure.Unit.Dimension.Equals(Dimension.Share) || figure.Figure.IsChange || basis.Value is null)
            {
                return ExtractedField.None;
            }

            string? market = basis.Value switch
            {
                "self-developed-model-token-share" => "cn-llm",
                "maas-token-volume" => "cn-public-cloud-llm",
                _ => null,
            };
            ReadOnlySpan<char> text = _t.AsSpan(sentence.Start, sentence.End - sentence.Start);
            bool china = ContainsAny(text, ChinaWords, out _) || text.ContainsAnyInRange('\u4E00', '\u9FFF');
            return market is null || !china
                ? ExtractedField.None
                : new ExtractedField(market, ExtractionCertainty.Inferred, $"a share on {basis.Value} is of {market} in a text about China");
        }

        private static readonly string[] ChinaWords = ["China", "Chinese", "中国", "国内", "全国"];

        private static readonly string[] ChinaWordsInSentence = ["China", "Chinese", "中国", "中國", "国内", "國內", "全国", "全國"];

        private static readonly string[] GlobalWords = ["全球", "global", "worldwide"];

        // The last answer of MarketOf: the figures of one clause ask in turn.
        private (Sentence Sentence, Span Clause, ExtractedField? Market) _market;

        private ExtractedField MarketOf(Sentence sentence, Span clause)
        {
            if (_market.Market is null || _market.Sentence != sentence || _market.Clause != clause)
            {
                _market = (sentence, clause, FindMarket(sentence, clause));
            }

            return _market.Market!;
        }

        private ExtractedField FindMarket(Sentence sentence, Span clause)
        {
            bool chinaInSentence = ContainsAny(_t.AsSpan(sentence.Start, sentence.End - sentence.Start), ChinaWordsInSentence, out _);
            bool global = ContainsAny(_t.AsSpan(sentence.Start, sentence.End - sentence.Start), GlobalWords, out _);
            foreach ((Span span, ExtractionCertainty certainty, string where) in (ReadOnlySpan<(Span, ExtractionCertainty, string)>)
                [(clause, ExtractionCertainty.Stated, "in the figure's clause"), (new Span(sentence.Start, sentence.End), ExtractionCertainty.Inferred, "elsewhere in the sentence")])
            {
                for (int place = 0; place < MarketPhrases.Length; place++)
                {
                    (string phrase, string market) = MarketPhrases[place];
                    int at = IndexOfMarketPhrase(place, span.Start, span.End);
                    if (at < 0 || global || char.IsAsciiLetter(phrase[0]) && !chinaInSentence)
                    {
                        continue;
                    }

                    return Field(market, certainty, $"'{OriginalText(at, at + phrase.Length)}' {where}", at, at + phrase.Length);
                }
            }

            return ExtractedField.None;
        }

        private ExtractedField StatusOf(FoundFigure figure, Sentence sentence, Span clause)
        {
            if ((figure.Figure.Modifiers & FigureModifiers.Forecast) != 0)
            {
                return new ExtractedField("forecast", ExtractionCertainty.Stated, "a word of outlook in the figure");
            }

            ReadOnlySpan<char> clauseText = _t.AsSpan(clause.Start, clause.End - clause.Start);
            if (ContainsAny(clauseText, ForecastWords, out string forecast))
            {
                return new ExtractedField("forecast", ExtractionCertainty.Stated, $"'{forecast}' in the figure's clause");
            }

            if (ContainsAny(clauseText, EstimateWords, out string estimate))
            {
                return new ExtractedField("estimate", ExtractionCertainty.Stated, $"'{estimate}' in the figure's clause");
            }

            if (figure.Figure.Qualifier == FigureQualifier.About)
            {
                return new ExtractedField("estimate", ExtractionCertainty.Stated, "the figure is approximate (约, about)");
            }

            // 按定價粗略計算,全年MaaS市場總盤子約5-6億元: a clause of estimating introduces the one after it.
            int index = ClauseIndex(clause.Start);
            if (index > 0 && _clauses[index - 1].Start >= sentence.Start)
            {
                Span previous = _clauses[index - 1];
                if (ContainsAny(_t.AsSpan(previous.Start, previous.End - previous.Start), EstimateWords, out estimate))
                {
                    return new ExtractedField("estimate", ExtractionCertainty.Inferred, $"'{estimate}' in the clause before");
                }
            }

            return ExtractedField.None;
        }
    }
}
