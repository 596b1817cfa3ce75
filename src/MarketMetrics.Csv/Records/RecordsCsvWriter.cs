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
    public void Dispose() => _csv.Dispose();

    private void Text(string? value) => _csv.WriteField(value ?? string.Empty);

    // Numbers go through the object overload: CsvHelper formats them invariantly and never treats a minus sign as a formula.
    private void Number(decimal? value) => _csv.WriteField(value is { } number ? number : null);

    private void Flag(bool value) => _csv.WriteField(value ? "true" : "false");

    private void List(IReadOnlyList<string> values) =>
        _csv.WriteField(values.Count == 0 ? string.Empty : JsonSerializer.Serialize(values, CsvJson.Context.IReadOnlyListString));
}
