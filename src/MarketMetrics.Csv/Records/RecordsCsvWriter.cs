using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>
/// Writes comparable records as CSV, one row per record, with the claim each came from: exact decimals in invariant
/// culture (empty = unbounded), ISO dates with an exclusive end, lists as JSON arrays of strings. Read back with
/// <see cref="RecordsCsvReader"/>, a record is equal to itself.
/// </summary>
/// <remarks>Text fields that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are written with a
/// leading apostrophe (CsvHelper <c>CsvInjection.Escape</c>), and text that itself starts with an apostrophe before one
/// of those or another apostrophe gets one more; <see cref="RecordsCsvReader"/> removes one, so every text reads back
/// as written. Not thread-safe.</remarks>
public sealed class RecordsCsvWriter : IDisposable, IAsyncDisposable
{
    private readonly CsvWriter _csv;
    private readonly ArrayBufferWriter<byte> _json = new(256);
    private readonly Utf8JsonWriter _jsonWriter;
    private char[] _note = new char[256];
    private bool _headerWritten;

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
#pragma warning disable RS0026 // See the TextWriter overload.
    public RecordsCsvWriter(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        _csv = CsvWriter.Create(stream, CsvOutput.Options(separator), leaveOpen: true);
        _jsonWriter = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = CsvJson.Context.Options.Encoder });
    }
#pragma warning restore RS0026

#pragma warning disable RS0026 // A Stream and a TextWriter overload, each with an optional separator.
    /// <summary>Creates a writer over text (the writer decides the encoding); the writer is left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RecordsCsvWriter(TextWriter writer, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        _csv = CsvWriter.Create(writer, CsvOutput.Options(separator), leaveOpen: true);
        _jsonWriter = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = CsvJson.Context.Options.Encoder });
    }
#pragma warning restore RS0026

    /// <summary>Gets the number of records written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes the header row now, if it is not written yet; a file with no records then still has its header.
    /// <see cref="Write"/> writes it before the first record otherwise.</summary>
    public void WriteHeader()
    {
        if (!_headerWritten)
        {
            _csv.WriteRecord([.. RecordsCsv.Columns]);
            _headerWritten = true;
        }
    }

    /// <summary>Writes the header row now, if it is not written yet, asynchronously.</summary>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the header is written.</returns>
    public async Task WriteHeaderAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_headerWritten)
        {
            await _csv.WriteRecordAsync([.. RecordsCsv.Columns], cancellationToken).ConfigureAwait(false);
            _headerWritten = true;
        }
    }

    /// <summary>Writes one record.</summary>
    /// <param name="record">The record.</param>
    public void Write(ComparableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        WriteHeader();
        Fields(record);
        _csv.EndRecord();
        Count++;
    }

    /// <summary>Writes one record asynchronously (the header first, if it is not written yet).</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Stops writing; checked before the record is written.</param>
    /// <returns>A task that completes when the record is written (buffered, as by <see cref="Write"/>).</returns>
    public async Task WriteAsync(ComparableRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteHeaderAsync(cancellationToken).ConfigureAwait(false);
        Fields(record);
        await _csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        Count++;
    }

    /// <summary>Writes what is buffered to the destination.</summary>
    public void Flush() => _csv.Flush();

    /// <summary>Writes what is buffered to the destination asynchronously.</summary>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the buffer is written.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default) => await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Flushes asynchronously and releases the writer (the destination stays open).</summary>
    /// <returns>A task that completes when everything is written.</returns>
    public async ValueTask DisposeAsync()
    {
        await _jsonWriter.DisposeAsync().ConfigureAwait(false);
        await _csv.DisposeAsync().ConfigureAwait(false);
    }

    // The fields of one record, in the order of RecordsCsv.Columns.
    private void Fields(ComparableRecord record)
    {
        // Written straight from the record in the order of RecordsCsv.Columns, with the values RecordDocuments gives
        // (the JSON contract); nothing per record is allocated for the row itself.
        Claim claim = record.Claim;
        Figure value = record.Value;
        Text(record.Id); Text(record.Claimant); Text(record.Subject); Text(record.Basis.Id); Text(record.Basis.Scope.ToString());
        Interval(value.Value); Text(ContractNames.Of(value.Qualifier)); Text(value.Unit.Symbol);
        Date(record.Period?.Start); Date(record.Period?.End); Text(record.Period?.Label); Text(ContractNames.Of(record.Aggregation));
        Text(record.Market?.Id); Text(ContractNames.Of(record.Status)); Text(claim.Publisher?.Name); Text(claim.Source ?? claim.Quote);
        Text(value.Scale?.Text); Number(value.Scale?.Multiplier); Text(value.Text); Text(record.Formula);
        List(record.Inputs); Notes(record.Assumptions); Notes(record.Conversions); Notes(record.Warnings);
        Text(claim.Id); Text(claim.Claimant); Text(claim.Subject); Text(claim.Basis.Id); Text(claim.Basis.Scope.ToString());
        Interval(claim.Figure.Value); Text(ContractNames.Of(claim.Figure.Qualifier)); Text(claim.Figure.Unit.Symbol);
        Text(claim.Figure.Scale?.Text); Number(claim.Figure.Scale?.Multiplier); Text(claim.Figure.Text);
        Text(claim.Period?.Label); Text(ContractNames.Of(claim.Aggregation)); Text(claim.Market?.Id); Text(ContractNames.Of(claim.Status));
        Text(claim.Publisher?.Name); Text(claim.Publisher is { } publisher ? ContractNames.Of(publisher.Kind) : null);
        Text(claim.Published?.Label); Text(claim.Source); Text(claim.Quote); Text(claim.ScopeNotes);
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

    // low, low_inclusive, high, high_inclusive.
    private void Interval(Interval interval)
    {
        Number(interval.Low.ValueOrNull);
        Flag(interval.Low.IsInclusive);
        Number(interval.High.ValueOrNull);
        Flag(interval.High.IsInclusive);
    }

    // ISO 8601 (yyyy-MM-dd), formatted into a stack buffer.
    private void Date(DateOnly? date)
    {
        if (date is not { } day)
        {
            _csv.WriteField(string.Empty);
            return;
        }

        Span<char> text = stackalloc char[10];
        day.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _csv.WriteField(text[..written]);
    }

    // Notes as a JSON array of "code: message" strings, each composed in a reused buffer.
    private void Notes(IReadOnlyList<RecordNote> notes)
    {
        if (notes.Count == 0)
        {
            _csv.WriteField(string.Empty);
            return;
        }

        _json.ResetWrittenCount();
        _jsonWriter.Reset();
        _jsonWriter.WriteStartArray();
        for (int n = 0; n < notes.Count; n++) // by index: enumerating the interface would allocate an enumerator
        {
            RecordNote note = notes[n];
            int length = note.Code.Length + 2 + note.Message.Length;
            if (_note.Length < length)
            {
                _note = new char[Math.Max(length, _note.Length * 2)];
            }

            note.Code.CopyTo(_note);
            ": ".CopyTo(_note.AsSpan(note.Code.Length));
            note.Message.CopyTo(_note.AsSpan(note.Code.Length + 2));
            _jsonWriter.WriteStringValue(_note.AsSpan(0, length));
        }

        _jsonWriter.WriteEndArray();
        _jsonWriter.Flush();
        _csv.WriteField(_json.WrittenSpan);
    }

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
        _jsonWriter.WriteStartArray();
        for (int n = 0; n < values.Count; n++)
        {
            _jsonWriter.WriteStringValue(values[n]);
        }

        _jsonWriter.WriteEndArray();
        _jsonWriter.Flush();
        _csv.WriteField(_json.WrittenSpan);
    }
}
