using System.Buffers;
using System.Text.Json;
using CsvHelper;
using MarketMetrics.Serialization;

namespace MarketMetrics.Csv;

/// <summary>
/// Writes comparable records as CSV, one row per record, with the claim each came from: exact decimals in invariant
/// culture (empty = unbounded), ISO dates with an exclusive end, lists as JSON arrays of strings. Read back with
/// <see cref="RecordsCsvReader"/>, a record is equal to itself.
/// </summary>
/// <remarks>Text fields that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are written with a
/// leading apostrophe (CsvHelper <c>CsvInjection.Escape</c>); the reader removes it again. Not thread-safe.</remarks>
public sealed class RecordsCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;
    private readonly ArrayBufferWriter<byte> _json = new(256);
    private readonly Utf8JsonWriter _jsonWriter;
    private bool _headerWritten;

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RecordsCsvWriter(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        _csv = CsvWriter.Create(stream, CsvOutput.Options(separator), leaveOpen: true);
        _jsonWriter = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = CsvJson.Context.Options.Encoder });
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

        RecordDocument d = RecordDocuments.ToDocument(record);
        ClaimDocument c = d.Claim;
        FigureDocument f = c.Figure;
        Text(d.Id); Text(d.Claimant); Text(d.Subject); Text(d.Basis); Text(d.Scope);
        Number(d.Low); Flag(d.LowInclusive); Number(d.High); Flag(d.HighInclusive); Text(d.Qualifier); Text(d.Unit);
        Text(d.PeriodStart); Text(d.PeriodEnd); Text(d.Period); Text(d.Aggregation); Text(d.Market); Text(d.Status); Text(d.Publisher); Text(d.Source);
        Text(d.Scale); Number(d.ScaleMultiplier); Text(d.Text); Text(d.Formula); List(d.Inputs); List(d.Assumptions); List(d.Conversions); List(d.Warnings);
        Text(c.Id); Text(c.Claimant); Text(c.Subject); Text(c.Basis); Text(c.Scope);
        Number(f.Low); Flag(f.LowInclusive); Number(f.High); Flag(f.HighInclusive); Text(f.Qualifier); Text(f.Unit); Text(f.Scale); Number(f.ScaleMultiplier); Text(f.Text);
        Text(c.Period); Text(c.Aggregation); Text(c.Market); Text(c.Status); Text(c.Publisher); Text(c.PublisherKind); Text(c.Published);
        Text(c.Source); Text(c.Quote); Text(c.ScopeNotes);
        _csv.EndRecord();
        Count++;
    }

    /// <summary>Flushes and releases the writer (the stream stays open).</summary>
    public void Dispose()
    {
        _jsonWriter.Dispose();
        _csv.Dispose();
    }

    private void Text(string? value) => _csv.WriteField(value is null ? string.Empty : FormulaEscape.ForWriting(value));

    // Numbers are written as UTF-8 by CsvHelper, invariantly; a number is never taken for a formula.
    private void Number(decimal? value)
    {
        if (value is { } number)
        {
            _csv.WriteField(number, default);
        }
        else
        {
            _csv.WriteField(string.Empty);
        }
    }

    private void Flag(bool value) => _csv.WriteField(value ? "true" : "false");

    // A JSON array of strings, serialised as UTF-8 into a reused buffer and written as the field's bytes.
    private void List(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            _csv.WriteField(string.Empty);
            return;
        }

        _json.ResetWrittenCount();
        _jsonWriter.Reset();
        JsonSerializer.Serialize(_jsonWriter, values, CsvJson.Context.IReadOnlyListString);
        _csv.WriteField(_json.WrittenSpan);
    }
}
