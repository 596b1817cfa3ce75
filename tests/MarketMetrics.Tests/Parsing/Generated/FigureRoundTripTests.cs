using CsCheck;
using MarketMetrics.Formatting;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing.Generated;

/// <summary>
/// Soundness, by generation: a figure formatted in any style parses back to itself, and a formatted figure with one more
/// word — an unknown word, a word of decline, a rate, a second figure, a contradicting qualifier — never parses to the
/// same answer. CsCheck prints the seed of a failing case; set MARKETMETRICS_SEED to replay it.
/// </summary>
public class FigureRoundTripTests
{
    private const int Iterations = 20_000;

    private static readonly QuantityParser Parser = QuantityParser.Default;

    private static string? Seed => Environment.GetEnvironmentVariable("MARKETMETRICS_SEED");

    [Fact]
    public void FormatThenParse_GivesTheSameFigure()
    {
        int checkedCases = 0;
        FigureGrammar.Cases.Sample(c =>
        {
            Interlocked.Increment(ref checkedCases);
            string text = new FigureFormatter(c.Style).Format(c.Figure);
            ParseResult<Figure> parsed = Parser.Parse(text);
            return parsed.TryGetValue(out Figure? back) && Same(back, c.Figure)
                ? true
                : throw new InvalidOperationException($"'{text}' ({c}) parsed to {Describe(parsed)}");
        }, iter: Iterations, seed: Seed);
        checkedCases.Should().BeGreaterThanOrEqualTo(Iterations, "every generated figure is formatted and parsed back");
    }

    [Fact]
    public void FormatWithRoundedDigits_IsMarkedAndLeavesTheFigureAlone()
    {
        FigureGrammar.Cases.Sample(c =>
        {
            Figure before = c.Figure;
            var style = c.Style with { SignificantDigits = 2, Numerals = FigureNumerals.Arabic };
            string text = new FigureFormatter(style).Format(c.Figure);
            ParseResult<Figure> parsed = Parser.Parse(text.Replace("≈", string.Empty, StringComparison.Ordinal));
            bool exact = parsed.TryGetValue(out Figure? back) && back.Value.Equals(c.Figure.Value);
            // Either the digits survived rounding, or the text says it is rounded (≈) or approximate (~, 约, about).
            bool marked = text.Contains('≈', StringComparison.Ordinal) || c.Figure.Qualifier == FigureQualifier.About;
            return c.Figure.Equals(before) && (exact || marked)
                ? true
                : throw new InvalidOperationException($"'{text}' ({c}) lost digits without a mark");
        }, iter: 5_000, seed: Seed);
    }

    public enum Mutation
    {
        UnknownWord,
        DeclineWord,
        RateWord,
        SecondFigure,
        ContradictingQualifier,
    }

    [Theory]
    [InlineData(Mutation.UnknownWord)]
    [InlineData(Mutation.DeclineWord)]
    [InlineData(Mutation.RateWord)]
    [InlineData(Mutation.SecondFigure)]
    [InlineData(Mutation.ContradictingQualifier)]
    public void AMutatedFigure_FailsOrChangesAsTheWordSays(Mutation mutation)
    {
        Gen<(FigureGrammar.Case Case, int Pick)> cases = Gen.Select(FigureGrammar.Cases, Gen.Int[0, 99]);
        int checkedCases = 0;
        cases.Sample(x =>
        {
            Interlocked.Increment(ref checkedCases);
            (FigureGrammar.Case c, int pick) = x;
            bool english = c.Style.Language == FigureLanguage.English;
            string text = new FigureFormatter(c.Style).Format(c.Figure);
            string mutated = Mutate(mutation, text, english, pick);
            ParseResult<Figure> result = Parser.Parse(mutated);
            if (!result.TryGetValue(out Figure? figure))
            {
                return true; // a clear error is always acceptable
            }

            string? problem = Check(mutation, c.Figure, figure);
            return problem is null ? true : throw new InvalidOperationException($"'{mutated}' (from '{text}', {c}) parsed to {Describe(result)}: {problem}");
        }, iter: Iterations / 5, seed: Seed);
        checkedCases.Should().BeGreaterThanOrEqualTo(Iterations / 5, "five mutations of 4,000 figures each make 20,000 mutations a run");
    }

    private static readonly string[] UnknownChinese = ["粒", "枚", "头", "吨", "円元", "桶", "吐字"];

    private static readonly string[] UnknownLatin = ["widgets", "parsecs", "GPUs", "seats", "barrels"];

    private static string Mutate(Mutation mutation, string text, bool english, int pick) => mutation switch
    {
        // Attached right after the figure, where a unit would stand.
        Mutation.UnknownWord => english ? text + " " + UnknownLatin[pick % UnknownLatin.Length] : text + UnknownChinese[pick % UnknownChinese.Length],
        Mutation.DeclineWord => english ? "decreased by " + text : (pick % 2 == 0 ? "下降" : "减少") + text,
        Mutation.RateWord => english ? text + " per second" : "每秒" + text,
        Mutation.SecondFigure => english ? text + " and 700 million" : text + "，3亿",
        _ => english ? text + " or less" : text + "以下",
    };

    // What a mutated figure may parse to when it parses at all; null when that is right.
    private static string? Check(Mutation mutation, Figure original, Figure parsed)
    {
        bool upperBound = (original.Modifiers & FigureModifiers.Decrease) == 0 ? original.Qualifier == FigureQualifier.AtMost : original.Qualifier == FigureQualifier.AtLeast;
        if (mutation == Mutation.ContradictingQualifier && upperBound && Same(parsed, original))
        {
            return null; // "不超过5亿以下" says "at most" twice: understood, not skipped
        }

        if (Same(parsed, original))
        {
            return "the added word changed nothing: it was skipped";
        }

        switch (mutation)
        {
            case Mutation.DeclineWord:
                if (original.IsChange)
                {
                    return "a second word of change was accepted";
                }

                Interval negated = new(
                    original.Value.High.IsUnbounded ? Bound.Unbounded : Bound.Create(-original.Value.High.Value, original.Value.High.IsInclusive),
                    original.Value.Low.IsUnbounded ? Bound.Unbounded : Bound.Create(-original.Value.Low.Value, original.Value.Low.IsInclusive));
                return parsed.Value.Equals(negated) && (parsed.Modifiers & (FigureModifiers.Change | FigureModifiers.Decrease)) == (FigureModifiers.Change | FigureModifiers.Decrease)
                    && parsed.Unit.Equals(original.Unit)
                    ? null
                    : "a decline must negate the figure and mark it as a change";
            case Mutation.RateWord:
                return !parsed.Unit.Equals(original.Unit) && (parsed.Unit.Dimension.Equals(Dimension.TokenRate) || parsed.Unit.Dimension.Equals(Dimension.MoneyPerTime))
                    && parsed.Value.Equals(original.Value)
                    ? null
                    : "a rate word must make the figure a rate of the same value";
            case Mutation.ContradictingQualifier:
                // A level or an upper bound may take 以下 / "or less": its bound becomes the highest value (the wider reading
                // of two upper bounds). A lower bound or a range must fail.
                if ((original.Modifiers & FigureModifiers.Decrease) != 0)
                {
                    // "下降5%以下": a decline of at most 5%, a change of at least −5%.
                    return original.Qualifier is FigureQualifier.Exact or FigureQualifier.About or FigureQualifier.Over or FigureQualifier.AtLeast
                        && parsed.Qualifier == FigureQualifier.AtLeast && parsed.Value.Low.Equals(Bound.Inclusive(original.Value.Low.Value))
                        ? null
                        : "以下 after a decline must bound its size";
                }

                bool fits = original.Qualifier is FigureQualifier.Exact or FigureQualifier.About or FigureQualifier.Under or FigureQualifier.AtMost or FigureQualifier.Nearly;
                return fits && parsed.Qualifier == FigureQualifier.AtMost && parsed.Value.High.Equals(Bound.Inclusive(original.Value.High.Value))
                    ? null
                    : "以下 / or less after a bound in the other direction or a range must fail";
            default:
                return "the figure must fail";
        }
    }

    private static bool Same(Figure a, Figure b) =>
        a.Value.Equals(b.Value) && a.Unit.Equals(b.Unit) && a.Qualifier == b.Qualifier && a.Modifiers == b.Modifiers;

    private static string Describe(ParseResult<Figure> result) =>
        result.TryGetValue(out Figure? f) ? $"{f} {f.Qualifier} [{f.Modifiers}]" : $"{result.Error!.CodeName}: {result.Error.Message}";
}
