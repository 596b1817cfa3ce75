namespace MarketMetrics.Extraction;

/// <summary>
/// Finds every occurrence of a fixed list of words in a text in one pass, compared as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them: the same answers as one
/// <c>IndexOf(word, StringComparison.OrdinalIgnoreCase)</c> per word, without reading the text once per word.
/// </summary>
/// <remarks>
/// <para>Each position of the text is looked up by its character in a table of the words' first characters (and every
/// character that may equal one of them ignoring case); only there are the words starting with that character compared,
/// each character by character until it differs, with <see cref="StringComparison.OrdinalIgnoreCase"/>'s answer. The
/// words are short and few per first character, so a pass is linear in the text's length.</para>
/// <para>Built once per word list; immutable and thread-safe.</para>
/// </remarks>
internal sealed class CueMatcher
{
    private readonly string[] _words;

    // Words of CJK and kana characters only (U+2E80 to U+9FFF): no character has a case there, and none elsewhere upper- or
    // lower-cases into it, so equal ignoring case is equal character for character, a faster comparison.
    private readonly bool[] _caseless;
    // For each character, 1 + the index of the bucket of words that may start with it (0: none).
    private readonly ushort[] _bucketOf = new ushort[65536];
    private readonly int[][] _buckets;

    // The characters that start a bucket, one bit each (8 KiB, where the bucket table is 128 KiB): most characters of a text
    // start no word, and the bit stays in the processor's nearest cache.
    private readonly ulong[] _starts = new ulong[65536 / 64];

    /// <summary>Initializes a matcher of <paramref name="words"/>; a word's index in the list is its id.</summary>
    /// <param name="words">The words (none empty); a word listed twice is reported under both ids.</param>
    public CueMatcher(IReadOnlyList<string> words)
    {
        _words = [.. words];
        _caseless = new bool[_words.Length];
        var byUpper = new Dictionary<char, List<int>>();
        for (int w = 0; w < _words.Length; w++)
        {
            if (_words[w].Length == 0)
            {
                throw new ArgumentException("A word to find must not be empty.", nameof(words));
            }

            _caseless[w] = !_words[w].AsSpan().ContainsAnyExceptInRange('\u2E80', '\u9FFF');
            char upper = char.ToUpperInvariant(_words[w][0]);
            if (!byUpper.TryGetValue(upper, out List<int>? list))
            {
                byUpper[upper] = list = [];
            }

            list.Add(w);
        }

        // Every character whose invariant upper case is a word's first character, upper-cased: characters equal ignoring
        // case have the same invariant upper case (the converse need not hold; each word is compared in full anyway).
        var buckets = new List<int[]>();
        var bucketOfUpper = new Dictionary<char, ushort>();
        for (int c = 0; c < 65536; c++)
        {
            char upper = char.ToUpperInvariant((char)c);
            if (byUpper.TryGetValue(upper, out List<int>? list))
            {
                if (!bucketOfUpper.TryGetValue(upper, out ushort bucket))
                {
                    buckets.Add([.. list]);
                    bucketOfUpper[upper] = bucket = (ushort)buckets.Count;
                }

                _bucketOf[c] = bucket;
                _starts[c >> 6] |= 1UL << (c & 63);
            }
        }

        _buckets = [.. buckets];
    }

    /// <summary>Gets the words, by id.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Reports every occurrence of every word in <paramref name="text"/>, by position, then by id.</summary>
    /// <typeparam name="TSink">What receives the occurrences.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="sink">Receives each occurrence: the word's id and where it starts in the text.</param>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ISink
    {
        ulong[] starts = _starts;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((starts[c >> 6] & (1UL << (c & 63))) == 0)
            {
                continue;
            }

            int[] candidates = _buckets[_bucketOf[c] - 1];
            ReadOnlySpan<char> rest = text[i..];
            foreach (int w in candidates)
            {
                string word = _words[w];
                if (word.Length <= rest.Length && Matches(rest[..word.Length], word, _caseless[w]))
                {
                    sink.Found(w, i);
                }
            }
        }
    }

    // Whether the text (as long as the word) equals the word ignoring case, as OrdinalIgnoreCase answers (caseless: words of
    // characters without case, compared character for character): character for character while the two
    // agree or differ only in the case of an ASCII letter (most candidates fail at their first or second character); at any
    // other difference between characters that are not both ASCII the full comparison decides.
    internal static bool Matches(ReadOnlySpan<char> text, string word, bool caseless)
    {
        for (int k = 0; k < word.Length; k++)
        {
            char a = text[k];
            char b = word[k];
            if (a == b)
            {
                continue;
            }

            if ((a | b) < 0x80)
            {
                // Both ASCII: equal ignoring case only as the same letter.
                if ((a | 0x20) == (b | 0x20) && (uint)((a | 0x20) - 'a') <= 'z' - 'a')
                {
                    continue;
                }

                return false;
            }

            return !caseless && text.Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }

    /// <summary>Receives the occurrences a scan finds.</summary>
    public interface ISink
    {
        /// <summary>A word found.</summary>
        /// <param name="word">The word's id.</param>
        /// <param name="position">Where it starts in the text scanned.</param>
        void Found(int word, int position);
    }
}
