using MarketMetrics.Parsing;

namespace MarketMetrics.Csv;

/// <summary>How claims CSV files are read. Immutable; the defaults suit files written by spreadsheets and by this library.</summary>
public sealed class ClaimsCsvOptions
{
    /// <summary>Gets the default options.</summary>
    public static ClaimsCsvOptions Default { get; } = new();

    /// <summary>Gets the field separator; ',' by default. Always explicit: a machine's culture never decides it.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Gets the largest record accepted, in bytes; a longer one (say an unclosed quote) is rejected. 1 MiB by default.</summary>
    public int MaxRecordSize { get; init; } = 1_048_576;

    /// <summary>Gets a value indicating whether a row whose id an earlier row used is rejected (<c>id.duplicate</c>). On by default;
    /// it keeps every id in memory, so turn it off to read files of tens of millions of rows in flat memory.</summary>
    public bool DetectDuplicateIds { get; init; } = true;

    /// <summary>Gets the parser for the value column.</summary>
    public QuantityParser QuantityParser { get; init; } = QuantityParser.Default;

    /// <summary>Gets the parser for the period column.</summary>
    public PeriodParser PeriodParser { get; init; } = PeriodParser.Default;

    /// <summary>Gets the bases the basis column may name.</summary>
    public MetricBasisRegistry Bases { get; init; } = MetricBasisRegistry.Default;

    /// <summary>Gets the markets the market column may name (by id, ignoring case); <see cref="Market.WellKnown"/> by default.
    /// Any other id is rejected (<c>market.unknown</c>), so that a typo does not make a market of its own.</summary>
    public IReadOnlyList<Market> Markets { get; init; } = Market.WellKnown;
}
