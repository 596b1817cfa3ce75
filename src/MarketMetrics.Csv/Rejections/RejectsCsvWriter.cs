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
public sealed class RejectsCsvWriter : IDisposable, IAsyncDisposable
{
    private static readonly string[] ExtraColumns = ["_line", "_column", "_code", "_reason", "_raw"];
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
#pragma warning disable RS0026 // A Stream and a TextWriter overload, each with an optional separator.
    public RejectsCsvWriter(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        _csv = CsvWriter.Create(stream, CsvOutput.Options(separator), leaveOpen: true);
    }

    /// <summary>Creates a writer over text (the writer decides the encoding); the writer is left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RejectsCsvWriter(TextWriter writer, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        _csv = CsvWriter.Create(writer, CsvOutput.Options(separator), leaveOpen: true);
    }
#pragma warning restore RS0026

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

        Fields(rejection);
        _csv.EndRecord();
    }

    /// <summary>Writes one rejection asynchronously.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <param name="cancellationToken">Stops writing; checked before the rejection is written.</param>
    /// <returns>A task that completes when the rejection is written (buffered, as by <see cref="Write"/>).</returns>
    public async Task WriteAsync(CsvRejection rejection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_headerWritten)
        {
            await _csv.WriteRecordAsync([.. ClaimsCsv.Columns, .. ExtraColumns], cancellationToken).ConfigureAwait(false);
            _headerWritten = true;
        }

        Fields(rejection);
        await _csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes asynchronously and releases the writer (the destination stays open).</summary>
    /// <returns>A task that completes when everything is written.</returns>
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private void Fields(CsvRejection rejection)
    {
        for (int i = 0; i < ClaimsCsv.Columns.Count; i++)
        {
            _csv.WriteField(i < rejection.Fields.Count ? FormulaEscape.ForWriting(rejection.Fields[i]) : string.Empty);
        }

        _csv.WriteField(rejection.LineNumber.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(rejection.Column ?? string.Empty);
        _csv.WriteField(rejection.Code);
        _csv.WriteField(FormulaEscape.ForWriting(rejection.Reason));
        _csv.WriteField(FormulaEscape.ForWriting(rejection.RawRecord));
    }

    /// <summary>Flushes and releases the writer (the destination stays open).</summary>
    public void Dispose() => _csv.Dispose();
}
