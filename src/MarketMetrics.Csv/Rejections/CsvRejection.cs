namespace MarketMetrics.Csv;

/// <summary>A row that could not become a claim: where (line, column), what (the raw field and record), and why (code and reason).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CsvRejection
{
    private readonly string[] _fields;

    /// <summary>Creates a rejection.</summary>
    /// <param name="lineNumber">The 1-based line where the record starts.</param>
    /// <param name="column">The column at fault, or <see langword="null"/> for the whole record.</param>
    /// <param name="rawField">The field as read, or <see langword="null"/>.</param>
    /// <param name="code">A stable code such as <c>value.ambiguous</c>.</param>
    /// <param name="reason">What is wrong and why.</param>
    /// <param name="rawRecord">The record as it appears in the input.</param>
    /// <param name="fields">The record's fields in the order of <see cref="ClaimsCsv.Columns"/>, when they could be read.</param>
    public CsvRejection(long lineNumber, string? column, string? rawField, string code, string reason, string rawRecord, IReadOnlyList<string>? fields = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(rawRecord);
        LineNumber = lineNumber;
        Column = column;
        RawField = rawField;
        Code = code;
        Reason = reason;
        RawRecord = rawRecord;
        _fields = fields is null ? [] : [.. fields];
    }

    /// <summary>Gets the 1-based line where the record starts.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the column at fault, or <see langword="null"/> when the whole record is.</summary>
    public string? Column { get; }

    /// <summary>Gets the field as read, or <see langword="null"/>.</summary>
    public string? RawField { get; }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong and why.</summary>
    public string Reason { get; }

    /// <summary>Gets the record as it appears in the input.</summary>
    public string RawRecord { get; }

    /// <summary>Gets the record's fields in the order of <see cref="ClaimsCsv.Columns"/> (empty for a malformed record).</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Formats as <c>line N, column: code: reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {LineNumber}{(Column is null ? string.Empty : ", " + Column)}: {Code}: {Reason}";
}
