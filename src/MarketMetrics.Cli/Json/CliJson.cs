using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarketMetrics.Cli.Json;

/// <summary>The JSON object <c>marketmetrics parse</c> prints for one input (a public contract, see docs/cli.md).</summary>
internal sealed record ParseOutput(
    string Input,
    bool Ok,
    decimal? Low,
    bool LowInclusive,
    decimal? High,
    bool HighInclusive,
    string? Qualifier,
    string? Unit,
    string? Scale,
    ErrorOutput? Error)
{
    /// <summary>Gets the unit the figure was printed in, before conversion to the canonical <see cref="Unit"/> (e.g. <c>token/day</c>).</summary>
    public string? UnitAsPrinted { get; init; }

    /// <summary>Gets the modifier words applied (<c>change</c>, <c>decrease</c>, <c>forecast</c> …).</summary>
    public IReadOnlyList<string>? Modifiers { get; init; }

    /// <summary>Gets the part of the input that was read as the figure, with its modifier words.</summary>
    public string? Printed { get; init; }

    /// <summary>Gets where <see cref="Printed"/> starts in the input.</summary>
    public int? Start { get; init; }

    /// <summary>Gets the length of <see cref="Printed"/>.</summary>
    public int? Length { get; init; }
}

/// <summary>The JSON object <c>marketmetrics period</c> prints (a public contract, see docs/cli.md).</summary>
internal sealed record PeriodOutput(
    string Input,
    bool Ok,
    string? Start,
    string? End,
    int? Days,
    string? Kind,
    string? Aggregation,
    ErrorOutput? Error,
    string? Resolution = null);

/// <summary>An error in the JSON contracts: code, message and position in the input.</summary>
internal sealed record ErrorOutput(string Code, string Message, int Position);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ParseOutput))]
[JsonSerializable(typeof(PeriodOutput))]
[JsonSerializable(typeof(ReportOutput))]
[JsonSerializable(typeof(VerdictOutput))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}

/// <summary>The source-generated metadata the tool writes with: compact, camelCase, CJK text unescaped.</summary>
internal static class CliJson
{
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
