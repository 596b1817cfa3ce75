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
