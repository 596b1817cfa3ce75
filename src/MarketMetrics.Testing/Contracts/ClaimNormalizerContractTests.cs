using FluentAssertions;
using MarketMetrics.Normalization;
using Xunit;

namespace MarketMetrics.Testing;

#pragma warning disable CA1707 // Test names follow Member_Condition_Expectation, as test runners show them.

/// <summary>
/// The contract every normalizer must keep, as xunit tests: inherit it in your test project, return your
/// normalizer and a few claims it handles, and the inherited facts check that it never throws on bad data, is
/// idempotent and keeps provenance.
/// </summary>
/// <example><code>
/// public class GpuRentalNormalizerContract : ClaimNormalizerContractTests
/// {
///     protected override IClaimNormalizer CreateNormalizer() => new GpuRentalNormalizer();
///     protected override IEnumerable&lt;Claim&gt; ValidClaims() => [new ClaimBuilder().OnBasis(gpuRental).WithValue("5亿元").Build()];
/// }
/// </code></example>
public abstract class ClaimNormalizerContractTests
{
    /// <summary>Creates the normalizer under test.</summary>
    /// <returns>The normalizer.</returns>
    protected abstract IClaimNormalizer CreateNormalizer();

    /// <summary>Gets claims the normalizer handles and should normalise.</summary>
    /// <returns>At least one claim.</returns>
    protected abstract IEnumerable<Claim> ValidClaims();

    /// <summary>Gets the context to normalise in; the default context unless overridden.</summary>
    /// <returns>The context.</returns>
    protected virtual NormalizationContext Context() => NormalizationContext.Default;

    /// <summary>Every valid claim is accepted and gives records.</summary>
    [Fact]
    public void Normalize_ValidClaims_GivesRecords()
    {
        IClaimNormalizer normalizer = CreateNormalizer();
        foreach (Claim claim in ValidClaims())
        {
            normalizer.CanNormalize(claim).Should().BeTrue("the normalizer declares basis {0}", claim.Basis.Id);
            NormalizationResult result = normalizer.Normalize(claim, Context());
            result.Failure.Should().BeNull("claim {0} is valid", claim.Id);
            result.Records.Should().NotBeEmpty();
        }
    }

    /// <summary>Normalising the same claim twice gives equal records.</summary>
    [Fact]
    public void Normalize_Twice_GivesEqualRecords()
    {
        IClaimNormalizer normalizer = CreateNormalizer();
        foreach (Claim claim in ValidClaims())
        {
            normalizer.Normalize(claim, Context()).Records.Should().Equal(normalizer.Normalize(claim, Context()).Records);
        }
    }

    /// <summary>Every record points back to its claim and is in a canonical unit.</summary>
    [Fact]
    public void Normalize_KeepsProvenance()
    {
        IClaimNormalizer normalizer = CreateNormalizer();
        foreach (Claim claim in ValidClaims())
        {
            foreach (ComparableRecord record in normalizer.Normalize(claim, Context()).Records)
            {
                record.Claim.Should().Be(claim);
                record.Value.Unit.IsCanonical.Should().BeTrue();
                if (record.Status == FigureStatus.Derived)
                {
                    record.Formula.Should().NotBeNullOrWhiteSpace("a derived record says how it was computed");
                    record.Inputs.Should().NotBeEmpty();
                }
            }
        }
    }

    /// <summary>Bad data — wrong dimensions, huge values, no period or market, forecasts — gives failures or records, never exceptions.</summary>
    [Fact]
    public void Normalize_BadData_NeverThrows()
    {
        IClaimNormalizer normalizer = CreateNormalizer();
        Figure[] odd =
        [
            new(Interval.Exactly(20m), Units.Millisecond),
            new(Interval.Exactly(decimal.MaxValue), Units.PricePerMillionTokens("CNY")),
            new(Interval.LessThan(-5m), Units.Percent, FigureQualifier.Under),
            new(Interval.GreaterThan(decimal.MaxValue / 2), Units.Token, FigureQualifier.Over),
            new(Interval.Closed(0m, 0m), Units.Count, FigureQualifier.Range),
        ];
        foreach (Claim valid in ValidClaims())
        {
            foreach (Figure figure in odd)
            {
                var claim = new Claim(valid.Id + "-odd", valid.Claimant, valid.Subject, figure, valid.Basis)
                {
                    Period = null,
                    Market = null,
                    Status = FigureStatus.Forecast,
                };
                Action act = () => normalizer.Normalize(claim, Context());
                act.Should().NotThrow("bad data becomes a failure, never an exception ({0})", figure);
            }
        }
    }
}
