namespace MarketMetrics.Parsing;

public sealed partial class QuantityParser
{
    /// <summary>
    /// The working memory of one parse — folded text, position map, tokens and parts — kept per thread and reused, so a
    /// successful parse allocates nothing.
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

        public List<NumberToken> Numbers { get; } = new(4);

        public List<Part> Parts { get; } = new(4);

        public List<Part> Combined { get; } = new(4);

        /// <summary>This thread's working memory, cleared, with room for <paramref name="length"/> characters. A parse
        /// never starts another on the same thread, so one per thread is enough.</summary>
        public static Scratch For(int length)
        {
            Scratch? scratch = cached;
            if (scratch is null || scratch.Chars.Length < length)
            {
                scratch = new Scratch(Math.Max(length, 256));
                if (length <= RetainedLength)
                {
                    cached = scratch;
                }

                return scratch;
            }

            scratch.Tokens.Clear();
            scratch.Numbers.Clear();
            scratch.Parts.Clear();
            scratch.Combined.Clear();
            scratch._used = 0;
            return scratch;
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
