using System.Collections.Frozen;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>The alias table's names by their first character, longest first, for a scan of running text.</summary>
    private sealed class NameTable
    {
        private static readonly HashSet<string> CommonWords = new(["spark", "media", "market", "moonshot"], StringComparer.OrdinalIgnoreCase);

        // Each name folded to simplified characters (the text is folded likewise), with the name as the table writes it.
        private readonly FrozenDictionary<char, (string Folded, string Name, Entity Entity)[]> _byFirst;

        // The keys of _byFirst, one bit each: most characters of a text start no name, and a bit is cheaper to test.
        private readonly ulong[] _firsts = new ulong[65536 / 64];

        public NameTable(EntityAliases aliases)
        {
            var byFirst = new Dictionary<char, List<(string Folded, string Name, Entity Entity)>>();
            foreach (string name in aliases.Names)
            {
                if (name.Length < 2 || !aliases.TryResolve(name, out Entity? entity)
                    || entity.Kind == EntityKind.Market || string.Equals(entity.Id, "media", StringComparison.Ordinal)
                    || name.Equals(entity.Id, StringComparison.Ordinal) && (name.Contains('-', StringComparison.Ordinal) || CommonWords.Contains(name)))
                {
                    // Markets are read as market words, the generic "media" publisher is no name in an article, and an id
                    // such as volcano-engine is not how a name is printed (an id that is also a common English word, such as
                    // spark, would find names that are not there; its printed aliases are in the table).
                    continue;
                }

                string folded = FoldToSimplified(name);
                char first = Fold(folded[0]);
                if (!byFirst.TryGetValue(first, out List<(string Folded, string Name, Entity Entity)>? list))
                {
                    byFirst[first] = list = [];
                }

                if (!list.Exists(e => e.Folded.Equals(folded, StringComparison.OrdinalIgnoreCase)))
                {
                    list.Add((folded, name, entity));
                }
            }

            _byFirst = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Folded.Length).ThenBy(e => e.Folded, StringComparer.Ordinal).ToArray());
            foreach (char first in _byFirst.Keys)
            {
                _firsts[first >> 6] |= 1UL << (first & 63);
            }
        }

        /// <summary>The longest name at <paramref name="start"/> of the folded <paramref name="text"/>, as the table writes it;
        /// Latin names only at word boundaries.</summary>
        public bool TryMatch(string text, int start, out string name, out Entity entity, out int end)
        {
            name = string.Empty;
            entity = null!;
            end = start;
            char first = Fold(text[start]);
            if ((_firsts[first >> 6] & (1UL << (first & 63))) == 0 || !_byFirst.TryGetValue(first, out (string Folded, string Name, Entity Entity)[]? candidates))
            {
                return false;
            }

            if (char.IsAsciiLetterOrDigit(text[start]) && start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                return false;
            }

            foreach ((string candidate, string tableName, Entity e) in candidates)
            {
                int stop = start + candidate.Length;
                if (stop > text.Length || !CueMatcher.Matches(text.AsSpan(start, candidate.Length), candidate, caseless: false))
                {
                    continue;
                }

                if (char.IsAsciiLetter(candidate[^1]) && stop < text.Length && char.IsAsciiLetter(text[stop]))
                {
                    continue;
                }

                name = tableName;
                entity = e;
                end = stop;
                return true;
            }

            return false;
        }

        private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
    }
}
