using System.Globalization;
using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>
/// Writes rejected rows as a claims file with four more columns (<c>_line</c>, <c>_column</c>, <c>_code</c>,
/// <c>_reason</c>) that the claims reader ignores: fix the rows and read the file again. A malformed record,
/// whose fields could not be read, keeps its raw text in <c>_raw</c>.
/// </summary>
/// <remarks>Text fields that a spreadsheet would run as a formula are escaped (CsvHelper <c>CsvInjection.Escape</c>)
/// in a way <see cref="ClaimsCsvReader"/> undoes exactly (see docs/csv.md). Not thread-safe: one writer per output.</remarks>
public sealed class RejectsCsvWriter : IDisposable
{
    private static readonly string[] ExtraColumns = ["_line", "_column", "_code", "_reason", "_raw"];
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RejectsCsvWriter(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        _csv = CsvWriter.Create(stream, CsvOutput.Options(separator), leaveOpen: true);
    }

    /// <summary>Writes one rejection.</summary>
    /// <param name="rejection">The rejection.</param>
    public void Write(CsvRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        if (!_headerWritten)
        {
            _csv.WriteRecord([.. ClaimsCsv.Columns, .. ExtraColumns]);
            _headerWritten = true;
        }

        for (int i = 0; i < ClaimsCsv.Columns.Count; i++)
        {
            _csv.WriteField(i < rejection.Fields.Count ? FormulaEscape.ForWriting(rejection.Fields[i]) : string.Empty);
        }

        _csv.WriteField(rejection.LineNumber.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(rejection.Column ?? string.Empty);
        _csv.WriteField(rejection.Code);
        _csv.WriteField(FormulaEscape.ForWriting(rejection.Reason));
        _csv.WriteField(FormulaEscape.ForWriting(rejection.RawRecord));
        _csv.EndRecord();
    }

    /// <summary>Flushes and releases the writer (the stream stays open).</summary>
    public void Dispose() => _csv.Dispose();
}
