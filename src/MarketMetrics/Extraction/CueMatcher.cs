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

    // For each character, 1 + the index of its invariant upper case among the upper cases of the words' second characters
    // (0: no word has it second). Per bucket, the words that may match where the next character is of a class: those of
    // one character and those whose second character is of that class, in id order (Classes sorted, Words beside them);
    // Short: the words of one character alone, for a next character of no class or the end of the text.
    private readonly ushort[] _secondClass = new ushort[65536];
    private readonly ushort[][] _bucketClasses;
    private readonly int[][][] _bucketWords;
    private readonly int[][] _bucketShort;

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

        // The second characters: characters equal ignoring case have the same invariant upper case, so a word can match only
        // where the next character's upper case is its second character's.
        var classOfUpper = new Dictionary<char, ushort>();
        foreach (string word in _words)
        {
            if (word.Length > 1)
            {
                char upper = char.ToUpperInvariant(word[1]);
                if (!classOfUpper.ContainsKey(upper))
                {
                    classOfUpper[upper] = (ushort)(classOfUpper.Count + 1);
                }
            }
        }

        for (int c = 0; c < 65536; c++)
        {
            if (classOfUpper.TryGetValue(char.ToUpperInvariant((char)c), out ushort cls))
            {
                _secondClass[c] = cls;
            }
        }

        _bucketClasses = new ushort[_buckets.Length][];
        _bucketWords = new int[_buckets.Length][][];
        _bucketShort = new int[_buckets.Length][];
        for (int b = 0; b < _buckets.Length; b++)
        {
            int[] bucket = _buckets[b];
            var classes = new SortedSet<ushort>();
            foreach (int w in bucket)
            {
                if (_words[w].Length > 1)
                {
                    classes.Add(classOfUpper[char.ToUpperInvariant(_words[w][1])]);
                }
            }

            _bucketShort[b] = [.. bucket.Where(w => _words[w].Length == 1)];
            _bucketClasses[b] = [.. classes];
            _bucketWords[b] = [.. classes.Select(cls => bucket.Where(w => _words[w].Length == 1 || classOfUpper[char.ToUpperInvariant(_words[w][1])] == cls).ToArray())];
        }
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

            int[] candidates = Candidates(_bucketOf[c] - 1, i + 1 < text.Length ? _secondClass[text[i + 1]] : (ushort)0);
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

    // The words of a bucket that may match before a next character of the class (0: none, or the end of the text).
    private int[] Candidates(int bucket, ushort secondClass)
    {
        if (secondClass != 0)
        {
            ushort[] classes = _bucketClasses[bucket];
            for (int k = 0; k < classes.Length; k++)
            {
                if (classes[k] == secondClass)
                {
                    return _bucketWords[bucket][k];
                }

                if (classes[k] > secondClass)
                {
                    break;
                }
            }
        }

        return _bucketShort[bucket];
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

            // A character of the caseless range differs from any other character ignoring case too.
            if (caseless || a - 0x2E80u <= 0x9FFF - 0x2E80 || b - 0x2E80u <= 0x9FFF - 0x2E80)
            {
                return false;
            }

            return text.Equals(word, StringComparison.OrdinalIgnoreCase);
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
