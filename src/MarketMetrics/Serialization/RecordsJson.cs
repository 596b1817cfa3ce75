using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarketMetrics.Serialization;

/// <summary>
/// Records as JSON (System.Text.Json, source-generated): a JSON array of <see cref="RecordDocument"/>s, written and
/// read one record at a time. A record written and read back is equal to itself.
/// </summary>
public static class RecordsJson
{
    private static readonly RecordsJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

#pragma warning disable RS0026 // Stream and TextWriter/TextReader overloads, as JsonSerializer and StreamReader have.
    /// <summary>Writes records as a JSON array, streaming.</summary>
    /// <param name="stream">The destination; left open.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when everything is written.</returns>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ComparableRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        await JsonSerializer.SerializeAsync(stream, Documents(records, cancellationToken), Context.IAsyncEnumerableRecordDocument, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes records as a JSON array.</summary>
    /// <param name="stream">The destination; left open.</param>
    /// <param name="records">The records.</param>
    public static void Write(Stream stream, IEnumerable<ComparableRecord> records)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
        foreach (ComparableRecord record in records)
        {
            JsonSerializer.Serialize(writer, RecordDocuments.ToDocument(record), Context.RecordDocument);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads records from a JSON array, one at a time; a document that is not a valid record gives an error entry, not an exception.</summary>
    /// <param name="stream">The source; left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Each element as a record, or as the reason it is not one.</returns>
    /// <exception cref="JsonException">The stream is not a JSON array of objects.</exception>
    public static async IAsyncEnumerable<(ComparableRecord? Record, string? Error)> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await foreach (RecordDocument? document in JsonSerializer.DeserializeAsyncEnumerable(stream, Context.RecordDocument, cancellationToken).ConfigureAwait(false))
        {
            if (document is null)
            {
                yield return (null, "null element");
                continue;
            }

            yield return RecordDocuments.TryToRecord(document, out ComparableRecord? record, out string? error) ? (record, null) : (null, error);
        }
    }

    /// <summary>Writes records as a JSON array to text, streaming.</summary>
    /// <param name="writer">The destination; left open (flushed at the end).</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when everything is written.</returns>
    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<ComparableRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        using var stream = new TextStreams.Writing(writer);
        await WriteAsync(stream, records, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes records as a JSON array to text.</summary>
    /// <param name="writer">The destination; left open (flushed at the end).</param>
    /// <param name="records">The records.</param>
    public static void Write(TextWriter writer, IEnumerable<ComparableRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        using var stream = new TextStreams.Writing(writer);
        Write(stream, records);
        stream.Flush();
    }

    /// <summary>Reads records from a JSON array, one at a time, synchronously; a document that is not a valid record gives an error entry.</summary>
    /// <param name="stream">The source; left open.</param>
    /// <returns>Each element as a record, or as the reason it is not one.</returns>
    /// <exception cref="JsonException">The stream is not a JSON array of objects (thrown while enumerating).</exception>
    /// <remarks>Blocks on the reads of <see cref="ReadAsync(Stream, CancellationToken)"/>; prefer that in asynchronous code.</remarks>
    public static IEnumerable<(ComparableRecord? Record, string? Error)> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsync(stream).ToBlockingEnumerable();
    }

    /// <summary>Reads records from a JSON array in text, one at a time, synchronously.</summary>
    /// <param name="reader">The source; left open.</param>
    /// <returns>Each element as a record, or as the reason it is not one.</returns>
    /// <exception cref="JsonException">The text is not a JSON array of objects (thrown while enumerating).</exception>
    public static IEnumerable<(ComparableRecord? Record, string? Error)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadAsync(reader).ToBlockingEnumerable();
    }

    /// <summary>Reads records from a JSON array in text, one at a time; a document that is not a valid record gives an error entry.</summary>
    /// <param name="reader">The source; left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Each element as a record, or as the reason it is not one.</returns>
    /// <exception cref="JsonException">The text is not a JSON array of objects.</exception>
    public static async IAsyncEnumerable<(ComparableRecord? Record, string? Error)> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var stream = new TextStreams.Reading(reader);
        await foreach ((ComparableRecord? Record, string? Error) entry in ReadAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }
#pragma warning restore RS0026

    /// <summary>Gets the source-generated metadata, for callers that embed records in their own JSON.</summary>
    public static JsonSerializerContext SerializerContext => Context;

    private static async IAsyncEnumerable<RecordDocument> Documents(IAsyncEnumerable<ComparableRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (ComparableRecord record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return RecordDocuments.ToDocument(record);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RecordDocument))]
[JsonSerializable(typeof(IAsyncEnumerable<RecordDocument>))]
internal sealed partial class RecordsJsonContext : JsonSerializerContext
{
}
