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
/// leading apostrophe and quoted (as CsvHelper's <c>CsvInjection.Escape</c> writes them), and text that itself starts with an apostrophe before one
/// of those or another apostrophe gets one more; <see cref="RecordsCsvReader"/> removes one, so every text reads back
/// as written. <see cref="RecordsCsvLayout.Lean"/> leaves out the claim's echoed columns; such a file is for joining back
/// to the claims by <c>claim_id</c>, not for <see cref="RecordsCsvReader"/>. Not thread-safe.</remarks>
public sealed class RecordsCsvWriter : IDisposable, IAsyncDisposable
{
    private readonly CsvWriter _csv;
    private readonly ArrayBufferWriter<byte> _json = new(256);
    private readonly Utf8JsonWriter _jsonWriter;
    private readonly ArrayBufferWriter<byte> _row = new(512);
    private readonly Dictionary<RecordNote, byte[]> _encoded = new(ReferenceEqualityComparer.Instance);
    private char[] _note = new char[256];
    private bool _headerWritten;

    private const int MaxEncodedNotes = 4096;

    private static RecordsCsvLayout Checked(RecordsCsvLayout layout) => layout is RecordsCsvLayout.Full or RecordsCsvLayout.Lean
        ? layout
        : throw new ArgumentException($"'{layout}' is not a records layout; use Full or Lean.", nameof(layout));

    /// <summary>Creates a writer of the full layout over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
#pragma warning disable RS0026 // A Stream and a TextWriter overload, each with an optional separator, with or without a layout.
    public RecordsCsvWriter(Stream stream, char separator = ',')
        : this(stream, RecordsCsvLayout.Full, separator)
    {
    }

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="layout">The columns written: <see cref="RecordsCsvLayout.Full"/> or <see cref="RecordsCsvLayout.Lean"/>.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <exception cref="ArgumentException"><paramref name="layout"/> is not a defined layout.</exception>
    public RecordsCsvWriter(Stream stream, RecordsCsvLayout layout, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        Layout = Checked(layout);
        _csv = CsvWriter.Create(stream, CsvOutput.RecordsOptions(separator), leaveOpen: true);
        _jsonWriter = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = CsvJson.Context.Options.Encoder });
    }

    /// <summary>Creates a writer of the full layout over text (the writer decides the encoding); the writer is left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RecordsCsvWriter(TextWriter writer, char separator = ',')
        : this(writer, RecordsCsvLayout.Full, separator)
    {
    }

    /// <summary>Creates a writer over text (the writer decides the encoding); the writer is left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="layout">The columns written: <see cref="RecordsCsvLayout.Full"/> or <see cref="RecordsCsvLayout.Lean"/>.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <exception cref="ArgumentException"><paramref name="layout"/> is not a defined layout.</exception>
    public RecordsCsvWriter(TextWriter writer, RecordsCsvLayout layout, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        Layout = Checked(layout);
        _csv = CsvWriter.Create(writer, CsvOutput.RecordsOptions(separator), leaveOpen: true);
        _jsonWriter = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = CsvJson.Context.Options.Encoder });
    }
#pragma warning restore RS0026

    /// <summary>Gets the columns this writer writes.</summary>
    public RecordsCsvLayout Layout { get; }

    /// <summary>Gets the number of records written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes the header row now, if it is not written yet; a file with no records then still has its header.
    /// <see cref="Write"/> writes it before the first record otherwise.</summary>
    public void WriteHeader()
    {
        if (!_headerWritten)
        {
            _csv.WriteRecord([.. RecordsCsv.ColumnsOf(Layout)]);
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
            await _csv.WriteRecordAsync([.. RecordsCsv.ColumnsOf(Layout)], cancellationToken).ConfigureAwait(false);
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

    // The fields of one record, in the order of RecordsCsv.Columns (or RecordsCsv.LeanColumns).
    private void Fields(ComparableRecord record)
    {
        // Written straight from the record with the values RecordDocuments gives (the JSON contract); nothing per record
        // is allocated for the row itself.
        Claim claim = record.Claim;
        Figure value = record.Value;
        Text(record.Id); Text(record.Claimant); Text(record.Subject); Name(record.Basis.Id); Text(record.Basis.Scope.ToString());
        Interval(value.Value); Name(ContractNames.Of(value.Qualifier)); Text(value.Unit.Symbol);
        Date(record.Period?.Start); Date(record.Period?.End); Text(record.Period?.Label); Name(ContractNames.Of(record.Aggregation));
        Text(record.Market?.Id); Name(ContractNames.Of(record.Status)); Text(claim.Publisher?.Name); Text(claim.Source ?? claim.Quote);
        Text(value.Scale?.Text); Number(value.Scale?.Multiplier); Text(value.Text); Text(record.Formula);
        List(record.Inputs); Notes(record.Assumptions); Notes(record.Conversions); Notes(record.Warnings);
        Text(claim.Id);
        if (Layout == RecordsCsvLayout.Lean)
        {
            Text(claim.Quote);
            return;
        }

        Text(claim.Claimant); Text(claim.Subject); Name(claim.Basis.Id); Text(claim.Basis.Scope.ToString());
        Interval(claim.Figure.Value); Name(ContractNames.Of(claim.Figure.Qualifier)); Text(claim.Figure.Unit.Symbol);
        Text(claim.Figure.Scale?.Text); Number(claim.Figure.Scale?.Multiplier); Text(claim.Figure.Text);
        Text(claim.Period?.Label); Name(ContractNames.Of(claim.Aggregation)); Text(claim.Market?.Id); Name(ContractNames.Of(claim.Status));
        Text(claim.Publisher?.Name); Name(claim.Publisher is { } publisher ? ContractNames.Of(publisher.Kind) : null);
        Published(claim); Text(claim.Source); Text(claim.Quote); Text(claim.ScopeNotes);
    }

    /// <summary>Flushes and releases the writer (the stream stays open).</summary>
    public void Dispose()
    {
        _jsonWriter.Dispose();
        _csv.Dispose();
    }

    // CsvHelper's own formula escape (CsvInjection.Escape) looks at every field it is given; the options here leave it off
    // and the few texts that need an apostrophe get it from FormulaEscape, quoted as CsvHelper quotes what it escapes.
    private void Text(string? value)
    {
        if (value is null)
        {
            _csv.WriteField(ReadOnlySpan<byte>.Empty);
            return;
        }

        string text = FormulaEscape.ForWritingEscaped(value, out bool quote);
        if (quote)
        {
            _csv.WriteField(text, CsvQuoting.Always);
        }
        else
        {
            _csv.WriteField(text);
        }
    }

    // A name of the contract (a basis id, qualifier, aggregation, status, publisher kind): lower-case letters, digits and
    // hyphens, never formula-like once it starts with a letter.
    private void Name(string? value)
    {
        if (value is { Length: > 0 } && char.IsAsciiLetterLower(value[0]))
        {
            _csv.WriteField(value);
        }
        else
        {
            Text(value);
        }
    }

    // Numbers are written as UTF-8 by CsvHelper, invariantly; a number is never taken for a formula.
    private void Number(decimal? value)
    {
        if (value is { } number)
        {
            // Formatted here into a stack buffer: CsvHelper's generic WriteField boxes the decimal.
            Span<byte> text = stackalloc byte[40];
            number.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
            _csv.WriteField(text[..written]);
        }
        else
        {
            _csv.WriteField(ReadOnlySpan<byte>.Empty);
        }
    }

    private void Flag(bool value) => _csv.WriteField(value ? "true"u8 : "false"u8);

    // low, low_inclusive, high, high_inclusive.
    private void Interval(Interval interval)
    {
        Number(interval.Low.ValueOrNull);
        Flag(interval.Low.IsInclusive);
        Number(interval.High.ValueOrNull);
        Flag(interval.High.IsInclusive);
    }

    // The label of Claim.Published; a date known to the day is labelled yyyy-MM-dd, written here without making the date.
    private void Published(Claim claim)
    {
        if (claim.GivenPublished is { } given)
        {
            Text(given.Label);
        }
        else
        {
            Date(claim.PublishedOn);
        }
    }

    // ISO 8601 (yyyy-MM-dd) as UTF-8 digits; the year of a DateOnly has four digits at most.
    private void Date(DateOnly? date)
    {
        if (date is not { } day)
        {
            _csv.WriteField(ReadOnlySpan<byte>.Empty);
            return;
        }

        Span<byte> text = stackalloc byte[10];
        int year = day.Year, month = day.Month, dayOfMonth = day.Day;
        text[0] = (byte)('0' + (year / 1000));
        text[1] = (byte)('0' + (year / 100 % 10));
        text[2] = (byte)('0' + (year / 10 % 10));
        text[3] = (byte)('0' + (year % 10));
        text[4] = (byte)'-';
        text[5] = (byte)('0' + (month / 10));
        text[6] = (byte)('0' + (month % 10));
        text[7] = (byte)'-';
        text[8] = (byte)('0' + (dayOfMonth / 10));
        text[9] = (byte)('0' + (dayOfMonth % 10));
        _csv.WriteField(text);
    }

    // Notes as a JSON array of "code: message" strings. Most records carry the same few notes (normalisation shares their
    // instances), so each note's JSON string is encoded once and kept, by reference, up to a bound.
    private void Notes(IReadOnlyList<RecordNote> notes)
    {
        if (notes.Count == 0)
        {
            _csv.WriteField(ReadOnlySpan<byte>.Empty);
            return;
        }

        _row.ResetWrittenCount();
        _row.Write("["u8);
        for (int n = 0; n < notes.Count; n++) // by index: enumerating the interface would allocate an enumerator
        {
            if (n > 0)
            {
                _row.Write(","u8);
            }

            _row.Write(Encoded(notes[n]));
        }

        _row.Write("]"u8);
        _csv.WriteField(_row.WrittenSpan);
    }

    private byte[] Encoded(RecordNote note)
    {
        if (_encoded.TryGetValue(note, out byte[]? bytes))
        {
            return bytes;
        }

        int length = note.Code.Length + 2 + note.Message.Length;
        if (_note.Length < length)
        {
            _note = new char[Math.Max(length, _note.Length * 2)];
        }

        note.Code.CopyTo(_note);
        ": ".CopyTo(_note.AsSpan(note.Code.Length));
        note.Message.CopyTo(_note.AsSpan(note.Code.Length + 2));
        _json.ResetWrittenCount();
        _jsonWriter.Reset();
        _jsonWriter.WriteStringValue(_note.AsSpan(0, length));
        _jsonWriter.Flush();
        bytes = _json.WrittenSpan.ToArray();
        if (_encoded.Count >= MaxEncodedNotes)
        {
            _encoded.Clear(); // notes made per row (an unknown name's) would otherwise grow it without end
        }

        _encoded[note] = bytes;
        return bytes;
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
