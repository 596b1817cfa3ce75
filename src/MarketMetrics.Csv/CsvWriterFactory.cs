namespace MarketMetrics.Csv;

/// <summary>
/// Creates the records and rejects writers with one separator, the one the claims files are read with; what
/// <c>AddCsv</c> registers, since a writer belongs to one destination and so cannot be a service itself.
/// Thread-safe; each writer it creates is not.
/// </summary>
public sealed class CsvWriterFactory
{
    /// <summary>Creates a factory.</summary>
    /// <param name="separator">The field separator of the files written; ',' by default.</param>
    /// <exception cref="ArgumentException"><paramref name="separator"/> cannot separate fields (a quote, a line break, a letter or a digit).</exception>
    public CsvWriterFactory(char separator = ',')
    {
        if (separator is '"' or '\r' or '\n' || char.IsLetterOrDigit(separator))
        {
            throw new ArgumentException($"'{separator}' cannot separate CSV fields.", nameof(separator));
        }

        Separator = separator;
    }

    /// <summary>Gets the field separator.</summary>
    public char Separator { get; }

#pragma warning disable RS0026 // A Stream and a TextWriter overload, as the writers have.
    /// <summary>Creates a records writer over a stream (UTF-8, no byte order mark), left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public RecordsCsvWriter CreateRecordsWriter(Stream stream) => new(stream, Separator);

    /// <summary>Creates a records writer over text, left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public RecordsCsvWriter CreateRecordsWriter(TextWriter writer) => new(writer, Separator);

    /// <summary>Creates a records writer of a layout over a stream (UTF-8, no byte order mark), left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="layout">The columns written.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    /// <exception cref="ArgumentException"><paramref name="layout"/> is not a defined layout.</exception>
    public RecordsCsvWriter CreateRecordsWriter(Stream stream, RecordsCsvLayout layout) => new(stream, layout, Separator);

    /// <summary>Creates a records writer of a layout over text, left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="layout">The columns written.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    /// <exception cref="ArgumentException"><paramref name="layout"/> is not a defined layout.</exception>
    public RecordsCsvWriter CreateRecordsWriter(TextWriter writer, RecordsCsvLayout layout) => new(writer, layout, Separator);

    /// <summary>Creates a rejects writer over a stream (UTF-8, no byte order mark), left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public RejectsCsvWriter CreateRejectsWriter(Stream stream) => new(stream, Separator);

    /// <summary>Creates a rejects writer over text, left open.</summary>
    /// <param name="writer">The destination.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public RejectsCsvWriter CreateRejectsWriter(TextWriter writer) => new(writer, Separator);
#pragma warning restore RS0026
}
