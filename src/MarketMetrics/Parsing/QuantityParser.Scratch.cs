namespace MarketMetrics.Parsing;

public sealed partial class QuantityParser
{
    /// <summary>
    /// The working memory of one parse — folded text, position map, tokens and parts — kept per thread and reused, so a
    /// successful parse allocates nothing. Rented for the duration of a parse and returned after it.
    /// </summary>
    private sealed class Scratch
    {
        // Inputs longer than this get working memory of their own that is not kept afterwards.
        private const int RetainedLength = 4096;

        [ThreadStatic]
        private static Scratch? cached;

        private readonly List<Part> _pool = new(4);
        private int _used;

        private Scratch(int length)
        {
            Chars = new char[length];
            Map = new int[length + 1];
        }

        public char[] Chars { get; }

        public int[] Map { get; }

        public List<Token> Tokens { get; } = new(16);

        public List<Part> Parts { get; } = new(4);

        public List<Part> Combined { get; } = new(4);

        public static Scratch Rent(int length)
        {
            Scratch? scratch = cached;
            if (scratch is null || scratch.Chars.Length < length)
            {
                return new Scratch(Math.Max(length, 256));
            }

            cached = null;
            return scratch;
        }

        public static void Return(Scratch scratch)
        {
            if (scratch.Chars.Length > RetainedLength)
            {
                return;
            }

            scratch.Tokens.Clear();
            scratch.Parts.Clear();
            scratch.Combined.Clear();
            scratch._used = 0;
            cached = scratch;
        }

        public Part NewPart()
        {
            if (_used == _pool.Count)
            {
                _pool.Add(new Part());
            }

            Part part = _pool[_used++];
            part.Reset();
            return part;
        }
    }
}
