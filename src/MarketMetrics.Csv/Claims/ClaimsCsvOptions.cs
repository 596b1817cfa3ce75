using System.Text;
using MarketMetrics.Parsing;

namespace MarketMetrics.Csv;

/// <summary>How claims CSV files are read. Immutable; the defaults suit files written by spreadsheets and by this library.</summary>
public sealed class ClaimsCsvOptions
{
    /// <summary>Gets the default options.</summary>
    public static ClaimsCsvOptions Default { get; } = new();

    private readonly char _separator = ',';
    private readonly int _maxRecordSize = 1_048_576;
    private readonly int _maxQuotedFieldLines = 100;

    /// <summary>Gets the field separator; ',' by default. Always explicit: a machine's culture never decides it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not ASCII, or is a quote, CR or LF.</exception>
    public char Separator
    {
        get => _separator;
        init
        {
            if (!char.IsAscii(value) || value is '"' or '\r' or '\n')
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The separator must be an ASCII character other than a quote, CR and LF.");
            }

            _separator = value;
        }
    }

    /// <summary>Gets the largest record accepted, in bytes of UTF-8; a longer one is rejected (<c>csv.field-too-long</c>, the
    /// first 4 KiB kept) and the next rows are read. 1 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxRecordSize
    {
        get => _maxRecordSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxRecordSize = value;
        }
    }

    /// <summary>Gets how many lines a quoted field may run across. A quote still open after that many lines (or at the
    /// end of the input) is taken for a stray quote: its line and each line it swallowed are rejected
    /// (<c>csv.unterminated-quote</c>) and reading goes on at the next line that is a well-formed record. 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxQuotedFieldLines
    {
        get => _maxQuotedFieldLines;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxQuotedFieldLines = value;
        }
    }

    /// <summary>Gets the encoding of the input, or <see langword="null"/> (the default) for UTF-8, with or without a byte
    /// order mark, where a UTF-16 byte order mark switches to UTF-16. UTF-8 is decoded strictly: a row with an invalid
    /// byte is rejected (<c>csv.invalid-encoding</c>, with its byte offset). Other encodings (GB18030, Big5 — see
    /// <see cref="CodePagesEncodingProvider"/>) are transcoded, and a row with bytes they cannot decode is rejected too.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets a value indicating whether control characters (C0 other than tab, CR and LF; DEL; C1) are kept in
    /// fields. Off by default: a row holding one is rejected (<c>csv.control-character</c>).</summary>
    public bool AllowControlCharacters { get; init; }

    /// <summary>Gets a value indicating whether a row whose id an earlier row used is rejected (<c>id.duplicate</c>). On by default.
    /// The check is exact (ids are compared by their text, never by a hash alone) and its memory is bounded: about 24 MiB for
    /// the ids themselves, beyond which they are spilled in sorted runs to a temporary file in
    /// <see cref="TemporaryDirectory"/> (about 10 bytes plus the id's UTF-8 bytes per id, deleted when reading ends), with
    /// about 1.3 bytes per spilled id kept in memory.</summary>
    public bool DetectDuplicateIds { get; init; } = true;

    /// <summary>Gets the folder where the duplicate-id check writes its temporary file once the ids outgrow its memory
    /// budget, or <see langword="null"/> (the default) for <see cref="Path.GetTempPath"/> (on Linux and macOS, <c>TMPDIR</c>
    /// or <c>/tmp</c>). The file is created only then, and deleted when reading ends, also when it ends in an exception. A
    /// folder that cannot be written, or a full disk, is an <see cref="IOException"/> from the enumeration: a duplicate is
    /// never missed silently.</summary>
    public string? TemporaryDirectory { get; init; }

    // The duplicate-id check's memory budget for the table and the arena (tests set a few KiB so that they spill).
    internal long DuplicateIdMemoryBudget { get; init; } = DuplicateIdSet.DefaultMemoryBudget;

    // How many bits of each id's fingerprint the duplicate-id check keeps: fewer in tests force collisions.
    internal int DuplicateIdFingerprintBits { get; init; } = 64;

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
