using MarketMetrics.Extraction;

namespace MarketMetrics;

public static partial class BasisInferrer
{
    // The cues of both tables found in one pass over a text (the extractor asks about many sentences), instead of one search
    // of the text per cue. Bit c of the result is cue c of Cues; bit Cues.Length + c is cue c of DimensionCues.
    internal static ulong[] CuesIn(string text)
    {
        var sink = new CueSink(text, new ulong[(CueSearch.Matcher.Words.Count + 63) / 64]);
        CueSearch.Matcher.Scan(text, ref sink);
        return sink.Bits;
    }

    /// <summary>Every occurrence of a cue of both tables in <paramref name="text"/>, by position then by cue, word or not: what
    /// <see cref="CuesIn(string, List{CueAt}, int, int)"/> reads the cues of any part of the text from, so that a text whose
    /// clauses and sentences are asked about in turn is searched once.</summary>
    internal static List<CueAt> CuesAt(string text)
    {
        var sink = new PositionSink([]);
        CueSearch.Matcher.Scan(text, ref sink);
        return sink.List;
    }

    /// <summary>The cues of <c>text[start..end]</c>, as <see cref="CuesIn(string)"/> of that substring finds them, from the
    /// occurrences <see cref="CuesAt"/> found in the whole text: those that lie within the part, a short ASCII cue only where
    /// no letter touches it inside the part (the part's ends are ends of the text it would be).</summary>
    internal static ulong[] CuesIn(string text, List<CueAt> found, int start, int end)
    {
        var bits = new ulong[(CueSearch.Matcher.Words.Count + 63) / 64];
        int lo = 0, hi = found.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (found[mid].Position < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < found.Count && found[i].Position < end; i++)
        {
            (int word, int position) = found[i];
            int after = position + CueSearch.Matcher.Words[word].Length;
            if (after > end)
            {
                continue;
            }

            if (!CueSearch.IsWord[word] || ((position == start || !char.IsAsciiLetter(text[position - 1])) && (after == end || !char.IsAsciiLetter(text[after]))))
            {
                bits[word >> 6] |= 1UL << (word & 63);
            }
        }

        return bits;
    }

    private static bool IsFound(ulong[] found, int cue) => (found[cue >> 6] & (1UL << (cue & 63))) != 0;

    // The first cue found at or after from and before to, or to: the tables are walked in their order, found cues only.
    private static int NextFound(ulong[] found, int from, int to)
    {
        for (int w = from >> 6; w < found.Length && (w << 6) < to; w++)
        {
            ulong bits = found[w];
            if (w == from >> 6)
            {
                bits &= ulong.MaxValue << (from & 63);
            }

            if (bits != 0)
            {
                int cue = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                return cue < to ? cue : to;
            }
        }

        return to;
    }

    // The place of a basis in a list by its id; a loop, not a lambda: a lambda over the loop's basis id would allocate a
    // closure for every cue of the table, found or not.
    private static int IndexOf(List<(MetricBasis Basis, string? Key, string? Value)> list, string id)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Basis.Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(List<(MetricBasis Basis, string Cue)> list, string id)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Basis.Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    // In a class of its own, so that it is built after the tables it reads.
    private static class CueSearch
    {
        public static readonly CueMatcher Matcher = new([.. Cues.Select(c => c.Cue), .. DimensionCues.Select(c => c.Cue)]);

        // A cue of up to four ASCII letters (DAU, TPM, RPO) is a word of its own: "RPO" is not read inside "corporate".
        public static readonly bool[] IsWord = [.. Matcher.Words.Select(cue => cue.Length <= 4 && cue.All(char.IsAsciiLetter))];
    }

    /// <summary>The cues of both tables, numbered as the bits of <see cref="CuesIn(string)"/> number them.</summary>
    internal static IReadOnlyList<string> CueWords => CueSearch.Matcher.Words;

    /// <summary>A cue of the inferrer's tables found in a text: its id (as <see cref="CuesIn(string)"/>'s bits number them) and
    /// where it starts.</summary>
    internal readonly record struct CueAt(int Word, int Position);

    private readonly struct PositionSink(List<CueAt> found) : CueMatcher.ISink
    {
        public List<CueAt> List => found;

        public void Found(int word, int position) => found.Add(new CueAt(word, position));
    }

    private struct CueSink(string text, ulong[] bits) : CueMatcher.ISink
    {
        public readonly ulong[] Bits => bits;

        public readonly void Found(int word, int position)
        {
            int end = position + CueSearch.Matcher.Words[word].Length;
            if (!CueSearch.IsWord[word] || ((position == 0 || !char.IsAsciiLetter(text[position - 1])) && (end == text.Length || !char.IsAsciiLetter(text[end]))))
            {
                bits[word >> 6] |= 1UL << (word & 63);
            }
        }
    }
}
