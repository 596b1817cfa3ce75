using MarketMetrics.Parsing;

namespace MarketMetrics.Extraction;

/// <summary>
/// Finds the figures in running text (an article, a press release, a report excerpt; zh-Hans, zh-Hant, en) and proposes a
/// claim for each: the figure through the strict <see cref="QuantityParser"/>, the subject and claimant from the alias
/// table, the period, aggregation, status, market and basis from cue words, and the sentence as the quote.
/// </summary>
/// <remarks>
/// <para>Every proposed field carries its cue and an <see cref="ExtractionCertainty"/>: <c>stated</c> only when the words
/// are in the figure's own clause; <c>inferred</c> when a rule took them from elsewhere (the sentence before, a basis the
/// text states for the same vendor); <c>guessed</c> for weak cues. A field with no cue is left empty, never invented: an
/// empty basis is then decided by <c>normalize</c>'s own inference or the row is rejected there.</para>
/// <para>A figure is taken only when the parser reads every character of it. Numbers that are dates, periods, model
/// names (GPT-4.1, Pro-32k), list numbers, or that the parser refuses, are returned as <see cref="SkippedFigure"/>s with
/// the reason. Time grows linearly with the text's length. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ClaimExtractor
{
    /// <summary>The longest text one call reads, in characters (4 MiB of UTF-16).</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    private readonly EntityAliases _aliases;
    private readonly MetricBasisRegistry _bases;
    private readonly PeriodParser _periods;
    private readonly NameTable _names;

    /// <summary>Initializes an extractor.</summary>
    /// <param name="aliases">The names it recognises as subjects and claimants; <see langword="null"/> for
    /// <see cref="EntityAliases.Default"/>.</param>
    /// <param name="bases">The bases it may propose; <see langword="null"/> for <see cref="MetricBasisRegistry.Default"/>.</param>
    /// <param name="periods">The period parser; <see langword="null"/> for <see cref="PeriodParser.Default"/>.</param>
    public ClaimExtractor(EntityAliases? aliases = null, MetricBasisRegistry? bases = null, PeriodParser? periods = null)
    {
        _aliases = aliases ?? EntityAliases.Default;
        _bases = bases ?? MetricBasisRegistry.Default;
        _periods = periods ?? PeriodParser.Default;
        _names = new NameTable(_aliases);
    }

    /// <summary>Gets an extractor with the built-in alias table, bases and period parser.</summary>
    public static ClaimExtractor Default { get; } = new();

    /// <summary>Extracts the claims of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="context">What is known about the text (published date, publisher, language); <see langword="null"/>
    /// for nothing.</param>
    /// <returns>The proposed claims and the numbers not taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="MaxTextLength"/>, or the
    /// context's id prefix is empty.</exception>
    public ExtractionResult Extract(string text, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"The text is {text.Length} characters long; at most {MaxTextLength} are read in one call: split it.", nameof(text));
        }

        context ??= ExtractionContext.Empty;
        if (string.IsNullOrWhiteSpace(context.IdPrefix))
        {
            throw new ArgumentException("The id prefix must not be empty.", nameof(context));
        }

        var run = new Run(this, text, context);
        run.Execute();
        return new ExtractionResult(run.Claims, run.Skipped);
    }
}
