using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using MarketMetrics.Analysis;

namespace MarketMetrics.Testing;

/// <summary>FluentAssertions for <see cref="ComparableRecord"/>: <c>record.Should().BeComparableTo(other)</c>, <c>.HaveCanonicalValue(...)</c>.</summary>
public sealed class ComparableRecordAssertions : ReferenceTypeAssertions<ComparableRecord, ComparableRecordAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="subject">The record under test.</param>
    public ComparableRecordAssertions(ComparableRecord subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "record";

    /// <summary>Asserts that the record may be compared with another (directly or after conversions).</summary>
    /// <param name="other">The other record.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<ComparableRecordAssertions> BeComparableTo(ComparableRecord other, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(other);
        ComparabilityVerdict? verdict = Subject is null ? null : Comparability.Compare(Subject, other);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(verdict is { Kind: not ComparabilityKind.NotComparable })
            .FailWith("Expected {context:record} {0} to be comparable to {1}{reason}, but it is not: {2}.",
                Subject?.Id, other.Id, verdict is null ? "the record is null" : string.Join("; ", verdict.Reasons.Select(r => r.ToString())));
        return new AndConstraint<ComparableRecordAssertions>(this);
    }

    /// <summary>Asserts that the record may not be compared with another, for the given reason code among others.</summary>
    /// <param name="other">The other record.</param>
    /// <param name="reasonCode">A blocking reason code that must be among the reasons, e.g. <c>basis</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<ComparableRecordAssertions> NotBeComparableTo(ComparableRecord other, string reasonCode, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(other);
        ComparabilityVerdict? verdict = Subject is null ? null : Comparability.Compare(Subject, other);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(verdict is { Kind: ComparabilityKind.NotComparable } && verdict.Reasons.Any(r => r.Blocking && r.Code == reasonCode))
            .FailWith("Expected {context:record} {0} not to be comparable to {1} because of {2}{reason}, but the verdict was {3}.",
                Subject?.Id, other.Id, reasonCode, verdict?.ToString());
        return new AndConstraint<ComparableRecordAssertions>(this);
    }

    /// <summary>Asserts the record's canonical interval.</summary>
    /// <param name="expected">The expected interval, in the canonical unit.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<ComparableRecordAssertions> HaveCanonicalValue(Interval expected, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null && Subject.Value.Value.Equals(expected))
            .FailWith("Expected {context:record} to have the canonical value {0}{reason}, but found {1}.", expected.ToString(), Subject?.Value.ToString());
        return new AndConstraint<ComparableRecordAssertions>(this);
    }

    /// <summary>Asserts the record's canonical value is exactly <paramref name="expected"/> in <paramref name="unitSymbol"/>.</summary>
    /// <param name="expected">The expected exact value.</param>
    /// <param name="unitSymbol">The canonical unit symbol, e.g. <c>token</c> or <c>CNY/token</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<ComparableRecordAssertions> BeExactly(decimal expected, string unitSymbol, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null && Subject.Value.Value.Equals(Interval.Exactly(expected)) && Subject.Value.Unit.Symbol == unitSymbol)
            .FailWith("Expected {context:record} to be exactly {0} {1}{reason}, but found {2}.", expected, unitSymbol, Subject?.Value.ToString());
        return new AndConstraint<ComparableRecordAssertions>(this);
    }
}

/// <summary>Entry points of the MarketMetrics assertions.</summary>
public static class MarketMetricsAssertionExtensions
{
    /// <summary>Starts assertions on a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The assertions.</returns>
    public static ComparableRecordAssertions Should(this ComparableRecord record) => new(record);
}
