namespace MarketMetrics.Parsing;

public sealed partial class QuantityParser
{
    /// <summary>
    /// The working memory of one parse — folded text, position map, tokens and parts — kept per thread and reused, so a
    /// successful parse allocates nothing.
    /// </summary>
    private sealed class Scratch
    {
        // Inputs up to this length share one working memory per thread, kept for good; a longer input uses a second one,
        // kept (and grown) for the next long input until a full garbage collection has run without one being parsed
        // since, so that a thread that once read a long text does not hold its memory for ever.
        private const int RetainedLength = 4096;

        [ThreadStatic]
        private static Scratch? cached;

        // Held by the thread's short working memory, so that a parse reads one thread-static field.
        private Scratch? _long;
        private int _longCollections;

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

        public NumberTokens Numbers { get; } = new();

        public List<Part> Parts { get; } = new(4);

        public List<Part> Combined { get; } = new(4);

        /// <summary>This thread's working memory, cleared, with room for <paramref name="length"/> characters. A parse
        /// never starts another on the same thread, so one per thread is enough.</summary>
        public static Scratch For(int length)
        {
            Scratch? scratch = cached;
            if (scratch is null)
            {
                scratch = new Scratch(RetainedLength);
                cached = scratch;
                return length > RetainedLength ? scratch.ForLong(length) : scratch;
            }

            if (length > RetainedLength)
            {
                return scratch.ForLong(length);
            }

            if (scratch._long is not null && scratch._longCollections != GC.CollectionCount(2))
            {
                scratch._long = null;
            }

            return scratch.Cleared();
        }

        private Scratch ForLong(int length)
        {
            _longCollections = GC.CollectionCount(2);
            Scratch? scratch = _long;
            if (scratch is null || scratch.Chars.Length < length)
            {
                // Grown by at least half again, so that inputs of slowly rising length do not each make a new one.
                scratch = new Scratch(Math.Max(length, scratch is null ? 0 : Math.Min(MaxInputLengthLimit, scratch.Chars.Length + (scratch.Chars.Length / 2))));
                _long = scratch;
                return scratch;
            }

            return scratch.Cleared();
        }

        private Scratch Cleared()
        {
            Tokens.Clear();
            Numbers.Clear();
            Parts.Clear();
            Combined.Clear();
            _used = 0;
            return this;
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
