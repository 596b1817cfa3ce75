using System.Globalization;
using System.Text.Json.Serialization;
using MarketMetrics.Analysis;

namespace MarketMetrics.Cli.Json;

/// <summary>A record in the JSON contract of <c>demo --format json</c> and <c>compare --format json</c>.</summary>
internal sealed record RecordOutput(
    string Id,
    string Claimant,
    string Subject,
    string Basis,
    string Scope,
    decimal? Low,
    bool LowInclusive,
    decimal? High,
    bool HighInclusive,
    string Qualifier,
    string Unit,
    string? PeriodStart,
    string? PeriodEnd,
    string Aggregation,
    string? Market,
    string Status,
    string? Publisher,
    string? Source,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Conversions,
    IReadOnlyList<string> Warnings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Formula,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Inputs)
{
    public static RecordOutput From(ComparableRecord r) => new(
        r.Id,
        r.Claimant,
        r.Subject,
        r.Basis.Id,
        r.Basis.Scope.ToString(),
        r.Value.Value.Low.ValueOrNull,
        r.Value.Value.Low.IsInclusive,
        r.Value.Value.High.ValueOrNull,
        r.Value.Value.High.IsInclusive,
        ContractNames.Of(r.Value.Qualifier),
        r.Value.Unit.Symbol,
        r.Period?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Period?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ContractNames.Of(r.Aggregation),
        r.Market?.Id,
        ContractNames.Of(r.Status),
        r.Claim.Publisher?.Name,
        r.Claim.Source ?? r.Claim.Quote,
        [.. r.Assumptions.Select(n => n.Code + ": " + n.Message)],
        [.. r.Conversions.Select(n => n.Code + ": " + n.Message)],
        [.. r.Warnings.Select(n => n.Code + ": " + n.Message)],
        r.Formula,
        r.Status == FigureStatus.Derived ? r.Inputs : null);
}

/// <summary>A leader: who is first on which comparable set.</summary>
internal sealed record LeaderOutput(string Basis, string Scope, string? Market, string? Period, string Subject, IReadOnlyList<string> Records, string Explanation);

/// <summary>A consistency finding.</summary>
internal sealed record FindingOutput(string Kind, IReadOnlyList<string> Records, string Explanation);

/// <summary>One cell of the verdict matrix.</summary>
internal sealed record VerdictOutput(string First, string Second, string Kind, IReadOnlyList<string> Reasons);

/// <summary>The whole report (the public JSON contract of demo and compare).</summary>
internal sealed record ReportOutput(
    IReadOnlyList<RecordOutput> Records,
    IReadOnlyList<LeaderOutput> Leaders,
    string Summary,
    IReadOnlyList<FindingOutput> Findings,
    IReadOnlyList<RecordOutput> Derived,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<VerdictOutput>? Verdicts);

/// <summary>Verdict kind names.</summary>
internal static class VerdictNames
{
    public static string Of(ComparabilityKind kind) => kind switch
    {
        ComparabilityKind.Comparable => "comparable",
        ComparabilityKind.ComparableAfterConversion => "comparable-after-conversion",
        _ => "not-comparable",
    };
}
