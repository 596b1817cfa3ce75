using System.Text;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>
/// The lexicon looks a word up among the words of its first two characters (or, after a Latin letter and a space, of that
/// letter and a space) and then the one-character words, instead of trying every word of its first character. Both must
/// find the same word ending at the same place, at every position of texts made of the lexicon's own words: as written,
/// cased, spaced out character by character, cut short, run together and followed by letters.
/// </summary>
public class LexiconMatchTests
{
    [Fact]
    public void Match_AtEveryPosition_FindsWhatTryingEveryWordFinds()
    {
        Lexicon lexicon = Lexicon.Default;
        string[] words = [.. lexicon.Entries.Select(e => e.Text).Distinct()];
        var random = new Random(20261202);
        var differences = new List<string>();
        int found = 0, positions = 0;
        for (int n = 0; n < 6_000; n++)
        {
            string text = Generate(random, words);
            for (int i = 0; i < text.Length; i++)
            {
                LexEntry? fast = lexicon.Match(text, i, out int fastEnd);
                LexEntry? slow = lexicon.MatchTryingEveryWord(text, i, out int slowEnd);
                positions++;
                found += slow is null ? 0 : 1;
                if (!ReferenceEquals(fast, slow) || fastEnd != slowEnd)
                {
                    differences.Add($"'{text}' at {i}: '{fast?.Text}' to {fastEnd} vs '{slow?.Text}' to {slowEnd}");
                }
            }
        }

        differences.Should().BeEmpty();
        found.Should().BeGreaterThan(positions / 20, "the texts must hold words of the lexicon, not only misses");
    }

    private static string Generate(Random random, string[] words)
    {
        var text = new StringBuilder();
        int count = random.Next(1, 5);
        for (int w = 0; w < count; w++)
        {
            string word = words[random.Next(words.Length)];
            switch (random.Next(8))
            {
                case 0:
                    word = string.Join(' ', word.ToCharArray()); // "百 分 之", "a b o u t"
                    break;
                case 1:
                    word = word.ToUpperInvariant();
                    break;
                case 2:
                    word = word[..random.Next(1, word.Length + 1)];
                    break;
                case 3:
                    word += "s";
                    break;
                case 4:
                    word = word[0] + " " + word;
                    break;
            }

            text.Append(word);
            text.Append(random.Next(4) switch { 0 => "", 1 => "  ", _ => " " });
            if (random.Next(5) == 0)
            {
                text.Append("a ");
            }
        }

        return text.ToString();
    }
}
