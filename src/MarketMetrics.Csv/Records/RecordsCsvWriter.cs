using System.Globalization;
using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>
/// Writes comparable records as CSV, one row per record: exact decimals in invariant culture (empty = unbounded),
/// ISO dates with an exclusive end, and notes as <c>code: message</c> joined by <c> | </c>.
/// </summary>
/// <remarks>Text fields that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are escaped with
/// a leading apostrophe (CsvHelper <c>CsvInjection.Escape</c>); numbers are written as numbers. Not thread-safe.</remarks>
public sealed class RecordsCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RecordsCsvWriter(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        _csv = CsvWriter.Create(stream, CsvOutput.Options(separator), leaveOpen: true);
    }

    /// <summary>Gets the number of records written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one record.</summary>
    /// <param name="record">The record.</param>
    public void Write(ComparableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_headerWritten)
        {
            _csv.WriteRecord([.. RecordsCsv.Columns]);
            _headerWritten = true;
        }

        Interval value = record.Value.Value;
        _csv.WriteField(record.Id);
        _csv.WriteField(record.Claim.Id);
        _csv.WriteField(record.Claimant);
        _csv.WriteField(record.Subject);
        _csv.WriteField(record.Basis.Id);
        _csv.WriteField(record.Basis.Scope.ToString());
        WriteNumber(value.Low);
        _csv.WriteField(value.Low.IsInclusive ? "true" : "false");
        WriteNumber(value.High);
        _csv.WriteField(value.High.IsInclusive ? "true" : "false");
        _csv.WriteField(ContractNames.Of(record.Value.Qualifier));
        _csv.WriteField(record.Value.Unit.Symbol);
        _csv.WriteField(record.Period?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
        _csv.WriteField(record.Period?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
        _csv.WriteField(record.Period?.Label ?? string.Empty);
        _csv.WriteField(ContractNames.Of(record.Aggregation));
        _csv.WriteField(record.Market?.Id ?? string.Empty);
        _csv.WriteField(ContractNames.Of(record.Status));
        _csv.WriteField(record.Claim.Publisher?.Name ?? string.Empty);
        _csv.WriteField(record.Claim.Source ?? string.Empty);
        _csv.WriteField(record.Claim.Figure.Text ?? string.Empty);
        _csv.WriteField(record.Formula ?? string.Empty);
        _csv.WriteField(string.Join(" ", record.Inputs));
        _csv.WriteField(Notes(record.Assumptions));
        _csv.WriteField(Notes(record.Conversions));
        _csv.WriteField(Notes(record.Warnings));
        _csv.EndRecord();
        Count++;
    }

    /// <summary>Flushes and releases the writer (the stream stays open).</summary>
    public void Dispose() => _csv.Dispose();

    private void WriteNumber(Bound bound)
    {
        if (bound.IsUnbounded)
        {
            _csv.WriteField(string.Empty);
        }
        else
        {
            _csv.WriteField(bound.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Notes(IReadOnlyList<RecordNote> notes) => string.Join(" | ", notes.Select(n => n.Code + ": " + n.Message));
}
