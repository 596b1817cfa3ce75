using MarketMetrics.Extraction;

namespace MarketMetrics;

public static partial class BasisInferrer
{
    // The cues of both tables found in one pass over a text (the extractor asks about many sentences), instead of one search
    // of the text per cue. Bit c of the result is cue c of Cues; bit Cues.Length + c is cue c of DimensionCues.
    private static ulong[] CuesIn(string text)
    {
        var sink = new CueSink(text, new ulong[(CueSearch.Matcher.Words.Count + 63) / 64]);
        CueSearch.Matcher.Scan(text, ref sink);
        return sink.Bits;
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
