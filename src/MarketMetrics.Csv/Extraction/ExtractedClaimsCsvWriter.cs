using System.Globalization;
using CsvHelper;
using MarketMetrics.Extraction;

namespace MarketMetrics.Csv;

/// <summary>
/// Writes claims proposed by <see cref="ClaimExtractor"/> as a claims file in the library's own layout, ready for
/// <see cref="ClaimsCsvReader"/> (and <c>marketmetrics normalize</c>), with three more columns the reader ignores:
/// <c>_cues</c> (every proposed field with its certainty and cue), <c>_line</c> and <c>_column</c> (where the figure is
/// printed in the text).
/// </summary>
/// <remarks>Text fields that a spreadsheet would run as a formula are escaped in a way the claims reader undoes exactly
/// (see docs/csv.md). A field the extractor had no cue for is written empty. Not thread-safe: one writer per output.</remarks>
public sealed class ExtractedClaimsCsvWriter : IDisposable, IAsyncDisposable
{
    private static readonly string[] ExtraColumns = ["_cues", "_line", "_column"];
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    /// <summary>Creates a writer over a stream (UTF-8, no byte order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
#pragma warning disable RS0026 // A Stream and a TextWriter overload, each with an optional separator.
    public ExtractedClaimsCsvWriter(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        _csv = CsvWriter.Create(stream, CsvOutput.Options(separator), leaveOpen: true);
    }

    /// <summary>Creates a writer over text (the writer decides the encoding); the writer is left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    public ExtractedClaimsCsvWriter(TextWriter writer, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        _csv = CsvWriter.Create(writer, CsvOutput.Options(separator), leaveOpen: true);
    }
#pragma warning restore RS0026

    /// <summary>Gets the columns written, in order: <see cref="ClaimsCsv.Columns"/>, then <c>_cues</c>, <c>_line</c> and
    /// <c>_column</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. ClaimsCsv.Columns, .. ExtraColumns];

    /// <summary>Writes the header alone (a file with no claims still has its columns); <see cref="Write"/> writes it when
    /// it has not been written.</summary>
    public void WriteHeader()
    {
        if (!_headerWritten)
        {
            foreach (string column in Columns)
            {
                _csv.WriteField(column);
            }

            _csv.EndRecord();
            _headerWritten = true;
        }
    }

    /// <summary>Writes one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public void Write(ExtractedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        WriteHeader();
        foreach (string column in ClaimsCsv.Columns)
        {
            _csv.WriteField(FormulaEscape.ForWriting(Field(claim, column)));
        }

        _csv.WriteField(FormulaEscape.ForWriting(claim.DescribeCues()));
        _csv.WriteField(claim.Line.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(claim.Column.ToString(CultureInfo.InvariantCulture));
        _csv.EndRecord();
    }

    /// <summary>Flushes what is buffered to the destination.</summary>
    public void Flush() => _csv.Flush();

    /// <summary>Flushes and releases the writer (the destination stays open).</summary>
    public void Dispose() => _csv.Dispose();

    /// <summary>Flushes asynchronously and releases the writer (the destination stays open).</summary>
    /// <returns>A task that completes when everything is written.</returns>
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private static string Field(ExtractedClaim claim, string column) => column switch
    {
        ClaimsCsv.Id => claim.Id,
        ClaimsCsv.Claimant => claim.Claimant.Value ?? string.Empty,
        ClaimsCsv.Subject => claim.Subject.Value ?? string.Empty,
        ClaimsCsv.Basis => claim.Basis.Value ?? string.Empty,
        ClaimsCsv.Scope => claim.Scope.Value ?? string.Empty,
        ClaimsCsv.Value => claim.Value,
        ClaimsCsv.Period => claim.Period.Value ?? string.Empty,
        ClaimsCsv.Aggregation => claim.Aggregation.Value ?? string.Empty,
        ClaimsCsv.Market => claim.Market.Value ?? string.Empty,
        ClaimsCsv.ScopeNotes => claim.ScopeNotes,
        ClaimsCsv.Publisher => claim.Publisher.Value ?? string.Empty,
        ClaimsCsv.PublisherKind => claim.PublisherKind == PublisherKind.Unknown ? string.Empty : ContractNames.Of(claim.PublisherKind),
        ClaimsCsv.Published => claim.Published?.Label ?? string.Empty,
        ClaimsCsv.Source => claim.Source ?? string.Empty,
        ClaimsCsv.Quote => claim.Quote,
        ClaimsCsv.Status => claim.Status.Value ?? string.Empty,
        ClaimsCsv.Language => claim.Language ?? string.Empty,
        _ => string.Empty,
    };
}
