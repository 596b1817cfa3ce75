using CsCheck;
using MarketMetrics.Extraction;

namespace MarketMetrics.Tests.Extraction;

/// <summary>The one-pass word matcher the extractor and the basis inferrer search cue words with: the same occurrences as
/// one <c>IndexOf(word, StringComparison.OrdinalIgnoreCase)</c> per word, on texts of characters whose case is a trap (ı,
/// ſ, the Kelvin sign, full-width and Greek letters) beside the CJK and Latin cue words themselves.</summary>
public class CueMatcherTests
{
    private static readonly string[] Words =
    [
        "IDC", "idc", "TPM", "share", "SHARE", "市场", "市場", "市场份额", "全国", "全國", "份额", "MaaS市场", "日均", "K线", "Ks", "σς",
        "ﾏｰｹｯﾄ", "ダウンロード", "Ｑ３", "a", "ab", "aba",
    ];

    private static readonly string Alphabet = "IiıİDdCcTtPpMmSsſHhAaRrEeKkKbσςΣ市场場份额全国國日均线ダウンロードﾏｰｹｯﾄＱｑ３3 ,";

    [Fact]
    public void Scan_FindsWhatOrdinalIgnoreCaseFinds_AtEveryPosition()
    {
        var matcher = new CueMatcher(Words);
        Gen.String[Gen.Char[Alphabet], 0, 40].Sample(text =>
        {
            var found = new Collect([]);
            matcher.Scan(text, ref found);

            var expected = new List<(int Word, int Position)>();
            for (int at = 0; at < text.Length; at++)
            {
                for (int w = 0; w < Words.Length; w++)
                {
                    if (at + Words[w].Length <= text.Length && string.Compare(text, at, Words[w], 0, Words[w].Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        expected.Add((w, at));
                    }
                }
            }

            found.Hits.Should().Equal(expected, "in '{0}'", text);
        }, iter: 2000);
    }

    [Fact]
    public void Scan_ReportsOverlappingWordsAndBothSpellingsOfOneWord()
    {
        var matcher = new CueMatcher(["市场", "市场份额", "份额", "IDC", "idc"]);
        var found = new Collect([]);
        matcher.Scan("中国市场份额, Idc", ref found);

        found.Hits.Should().Equal((0, 2), (1, 2), (2, 4), (3, 8), (4, 8));
    }

    private readonly struct Collect(List<(int Word, int Position)> hits) : CueMatcher.ISink
    {
        public List<(int Word, int Position)> Hits => hits;

        public void Found(int word, int position) => hits.Add((word, position));
    }
}
