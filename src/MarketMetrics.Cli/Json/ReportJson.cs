using System.Text.Json.Serialization;
using MarketMetrics.Analysis;
using MarketMetrics.Serialization;

namespace MarketMetrics.Cli.Json;

/// <summary>A leader: who is first on which comparable set.</summary>
internal sealed record LeaderOutput(string Basis, string Scope, string? Market, string? Period, string Subject, IReadOnlyList<string> Records, string Explanation, string Better);

/// <summary>A consistency finding.</summary>
internal sealed record FindingOutput(string Kind, IReadOnlyList<string> Records, string Explanation);

/// <summary>One cell of the verdict matrix.</summary>
internal sealed record VerdictOutput(
    string First,
    string Second,
    string Kind,
    IReadOnlyList<string> Reasons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Explanation = null);

/// <summary>The whole report (the public JSON contract of demo and compare).</summary>
internal sealed record ReportOutput(
    IReadOnlyList<RecordDocument> Records,
    IReadOnlyList<LeaderOutput> Leaders,
    string Summary,
    IReadOnlyList<FindingOutput> Findings,
    IReadOnlyList<FindingOutput> Passed,
    IReadOnlyList<RecordDocument> Derived,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<VerdictOutput>? Verdicts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? VerdictsOmitted);

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
