using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarketMetrics.Csv;

[JsonSerializable(typeof(string[]))]
internal sealed partial class CsvJson : JsonSerializerContext
{
    public static CsvJson Context { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
