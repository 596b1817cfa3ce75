using CsCheck;

namespace MarketMetrics.Tests.Bases;

/// <summary>The cues of a part of a text, read from one search of the whole text, are those a search of the part alone finds:
/// none lost or added where a cue straddles the part's ends, overlaps another cue, or is a short Latin word touched by a
/// letter inside or outside the part.</summary>
public class BasisInferrerCuePartTests
{
    [Fact]
    public void CuesOfAPart_FromTheWholeTextsSearch_AreThoseOfThePartSearchedAlone()
    {
        IReadOnlyList<string> words = BasisInferrer.CueWords;
        words.Should().Contain("TPM", "the short Latin cues are among those generated");

        // Texts of cue words, pieces of them and characters that touch them (letters, CJK, digits, punctuation), cut anywhere.
        Gen<string> piece = Gen.OneOf(
            Gen.Int[0, words.Count - 1].Select(i => words[i]),
            Gen.Int[0, words.Count - 1].SelectMany(i => Gen.Int[0, words[i].Length].Select(n => words[i][..n])),
            Gen.OneOfConst("a", "x", "Z", "s", "市场", "的", "1", " ", ",", "。", "（", "tpm", "Dau"));
        Gen<(string Text, int Start, int End)> cases = piece.Array[1, 12].Select(parts => string.Concat(parts))
            .SelectMany(text => Gen.Int[0, text.Length].SelectMany(a => Gen.Int[0, text.Length].Select(b => (text, Math.Min(a, b), Math.Max(a, b)))));

        int found = 0;
        cases.Sample(c =>
        {
            List<BasisInferrer.CueAt> all = BasisInferrer.CuesAt(c.Text);
            ulong[] fromWhole = BasisInferrer.CuesIn(c.Text, all, c.Start, c.End);
            ulong[] alone = BasisInferrer.CuesIn(c.Text[c.Start..c.End]);
            fromWhole.Should().Equal(alone, $"the part {c.Start}..{c.End} of '{c.Text}'");
            if (Array.Exists(fromWhole, bits => bits != 0))
            {
                Interlocked.Increment(ref found);
            }
        }, iter: 20_000);

        found.Should().BeGreaterThan(5_000, "most generated parts hold a cue, so the comparison is not of empty sets");
    }
}
