using System.Runtime.CompilerServices;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
        /// <summary>
        /// The word lists the extractor looks for in parts of the text (a clause, a sentence, the words before a figure), found
        /// in one pass over the whole text: where each word occurs. A question about a part is then answered from the positions,
        /// not by searching the part once per word and per figure.
        /// </summary>
        /// <remarks>The answers are those of <c>Contains</c> and <c>IndexOf</c> with <see cref="StringComparison.OrdinalIgnoreCase"/>
        /// on the part; a list not registered here is searched as before.</remarks>
        private sealed class CueIndex
        {
            // Every word once (by its exact spelling); the lists by reference; for each word, the lists it is in and its place there.
            private static readonly CueMatcher Matcher;
            private static readonly Dictionary<string, int> IdOf = new(StringComparer.Ordinal);
            private static readonly List<string[]> Lists = [];
            private static readonly List<(int List, int Place)>[] InLists;
            private static readonly int ListCount;

            // The number of the index's own words: the matcher's ids from here on are the basis inferrer's cues.
            private static readonly int IndexWords;

            // Per word, where it starts, in order; per list, where any of its words occurs (start, end, place in the list), in order.
            private readonly Positions<int>[] _starts;
            private readonly Positions<(int Start, int End, int Place)>[] _hits;

            // The positions where any of the words starts, one bit each.
            private readonly ulong[] _anyAt;

            static CueIndex()
            {
                string[][] lists =
                [
                    Pronouns, ShareWords, ValuationWords, ForecastWords, EstimateWords, DailyWords, CumulativeWords, EachClaimWords,
                    SourceWordsBefore, MoneyWords, TokenMeasureWords, ChinaWords, ChinaWordsInSentence, GlobalWords,
                    UserMeasureWords, ComparisonWords, ClaimVerbsAfter, ReportVerbsAfter, MarketSubjectWords,
                    [.. MarketPhrases.Select(p => p.Phrase)], ["respectively"], MeasureReferences,
                ];
                var words = new List<string>();
                var inLists = new List<List<(int List, int Place)>>();
                foreach (string[] list in lists)
                {
                    if (Lists.Exists(l => ReferenceEquals(l, list)))
                    {
                        continue;
                    }

                    Lists.Add(list);

                    for (int k = 0; k < list.Length; k++)
                    {
                        if (!IdOf.TryGetValue(list[k], out int id))
                        {
                            IdOf[list[k]] = id = words.Count;
                            words.Add(list[k]);
                            inLists.Add([]);
                        }

                        inLists[id].Add((Lists.Count - 1, k));
                    }
                }

                // The basis inferrer's cues after the index's own words, so that one pass over the text finds both (see
                // BasisCues); the same word in both is reported under both ids.
                IndexWords = words.Count;
                words.AddRange(BasisInferrer.CueWords);
                Matcher = new CueMatcher(words);
                InLists = [.. inLists];
                ListCount = Lists.Count;
                AddListSlots();
                MarketPhraseIds = [.. MarketPhrases.Select(p => IdOf.TryGetValue(p.Phrase, out int id) ? id : -1)];
            }

            /// <summary>The id of each market phrase, by its place in <c>MarketPhrases</c>.</summary>
            public static int[] MarketPhraseIds { get; }

            public CueIndex(string text)
            {
                _starts = new Positions<int>[IndexWords];
                _hits = new Positions<(int Start, int End, int Place)>[ListCount];
                _anyAt = new ulong[(text.Length + 64) / 64];
                var sink = new Sink(this);
                Matcher.Scan(text, ref sink);
            }

            /// <summary>Every occurrence of a cue of the basis inferrer in the text, as <c>BasisInferrer.CuesAt</c> finds them
            /// (by position, then by cue), found in the same pass as the index's words.</summary>
            public List<BasisInferrer.CueAt> BasisCues { get; } = [];

            /// <summary>The id of a registered list.</summary>
            public static bool TryGetList(string[] words, out int list)
            {
                // By reference, in a small open-addressed table keyed by the array's identity hash: asked for every search
                // of a part and at every position a word of a list may start at, where walking the lists cost up to one
                // comparison per list.
                int slot = RuntimeHelpers.GetHashCode(words) & (ListSlotCount - 1);
                while (ListSlots[slot] is { } registered)
                {
                    if (ReferenceEquals(registered, words))
                    {
                        list = ListSlotIds[slot];
                        return true;
                    }

                    slot = (slot + 1) & (ListSlotCount - 1);
                }

                list = -1;
                return false;
            }

            // The lists by their identity hash (see TryGetList): at most half full, so a probe ends soon at an empty slot.
            private const int ListSlotCount = 128;
            private static readonly string[]?[] ListSlots = new string[ListSlotCount][];
            private static readonly int[] ListSlotIds = new int[ListSlotCount];

            private static void AddListSlots()
            {
                if (Lists.Count * 2 > ListSlotCount)
                {
                    throw new InvalidOperationException("The table of word lists is too small.");
                }

                for (int list = 0; list < Lists.Count; list++)
                {
                    int slot = RuntimeHelpers.GetHashCode(Lists[list]) & (ListSlotCount - 1);
                    while (ListSlots[slot] is not null)
                    {
                        slot = (slot + 1) & (ListSlotCount - 1);
                    }

                    ListSlots[slot] = Lists[list];
                    ListSlotIds[slot] = list;
                }
            }

            /// <summary>The id of a registered word.</summary>
            public static bool TryGetWord(string word, out int id) => IdOf.TryGetValue(word, out id);

            /// <summary>Where word <paramref name="id"/> first occurs wholly inside [<paramref name="start"/>, <paramref name="end"/>),
            /// or -1.</summary>
            public int IndexOf(int id, int start, int end)
            {
                ref Positions<int> starts = ref _starts[id];
                int lo = 0, hi = starts.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (starts.Items![mid] < start)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return lo < starts.Count && starts.Items![lo] + Matcher.Words[id].Length <= end ? starts.Items[lo] : -1;
            }

            /// <summary>The place in list <paramref name="list"/> of its first word that occurs wholly inside
            /// [<paramref name="start"/>, <paramref name="end"/>), or -1.</summary>
            public int FirstOf(int list, int start, int end)
            {
                ref Positions<(int Start, int End, int Place)> hits = ref _hits[list];
                int lo = 0, hi = hits.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (hits.Items![mid].Start < start)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                int first = -1;
                for (int h = lo; h < hits.Count && hits.Items![h].Start < end; h++)
                {
                    (_, int stop, int place) = hits.Items[h];
                    if (stop <= end && (first < 0 || place < first))
                    {
                        first = place;
                    }
                }

                return first;
            }

            /// <summary>Whether any registered word starts at <paramref name="position"/>: where none does, none of a registered
            /// list can match there.</summary>
            public bool AnyWordAt(int position) => position >= 0 && (position >> 6) < _anyAt.Length && (_anyAt[position >> 6] & (1UL << (position & 63))) != 0;

            private void Add(int id, int position)
            {
                _anyAt[position >> 6] |= 1UL << (position & 63);
                _starts[id].Add(position);
                int end = position + Matcher.Words[id].Length;
                foreach ((int list, int place) in InLists[id])
                {
                    _hits[list].Add((position, end, place));
                }
            }

            private struct Positions<T>
            {
                public T[]? Items;
                public int Count;

                public void Add(T item)
                {
                    if (Items is null)
                    {
                        Items = new T[4];
                    }
                    else if (Count == Items.Length)
                    {
                        Array.Resize(ref Items, Items.Length * 2);
                    }

                    Items[Count++] = item;
                }
            }

            private readonly struct Sink(CueIndex index) : CueMatcher.ISink
            {
                public void Found(int word, int position)
                {
                    if (word < IndexWords)
                    {
                        index.Add(word, position);
                    }
                    else
                    {
                        index.BasisCues.Add(new BasisInferrer.CueAt(word - IndexWords, position));
                    }
                }
            }
        }

        private CueIndex? _cueIndex;

        private CueIndex Cues => _cueIndex ??= new CueIndex(_t);

        // The first of the words that the part of the text holds (ignoring case), as the static ContainsAny answers it: from
        // the index when the part is of this run's text and the list is registered, else by searching the part.
        private bool ContainsAny(ReadOnlySpan<char> text, string[] words, out string found)
        {
            if (CueIndex.TryGetList(words, out int list) && _t.AsSpan().Overlaps(text, out int offset) && offset >= 0 && offset + text.Length <= _t.Length)
            {
                int place = Cues.FirstOf(list, offset, offset + text.Length);
                found = place >= 0 ? words[place] : string.Empty;
                return place >= 0;
            }

            return ClaimExtractor.ContainsAny(text, words, out found);
        }

        // Whether a word of the list may start at the position: false only when the list is registered and none of the index's
        // words starts there.
        private bool MayStartAt(string[] words, int position) => !CueIndex.TryGetList(words, out _) || Cues.AnyWordAt(position);

        // _t.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase), from the index when the word is registered.
        private int IndexOfIgnoringCase(string word, int start, int end) =>
            CueIndex.TryGetWord(word, out int id) ? Cues.IndexOf(id, start, end) : _t.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase);

        // The same, for the market phrases by their place in MarketPhrases: their ids looked up once, not hashed per figure.
        private int IndexOfMarketPhrase(int place, int start, int end) =>
            CueIndex.MarketPhraseIds[place] is int id and >= 0 ? Cues.IndexOf(id, start, end) : IndexOfIgnoringCase(MarketPhrases[place].Phrase, start, end);
    }
}
