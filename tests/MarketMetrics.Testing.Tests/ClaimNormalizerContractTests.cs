using MarketMetrics.Normalization;
using Xunit.Sdk;

namespace MarketMetrics.Testing.Tests;

/// <summary>The contract fails, with a message that names the normalizer and the claim, when a normalizer breaks it.</summary>
public class ClaimNormalizerContractTests
{
    private static readonly Claim Valid = new ClaimBuilder().By("阿里云").WithValue("超5000億Tokens").Build();

    [Fact]
    public void Checks_AreFourRowsOfOneName()
    {
        ClaimNormalizerContract.Checks.Select(row => row.Single()).Should().Equal(
            "valid claims give records", "normalizing twice gives equal records", "records keep provenance and canonical units", "bad data never throws");
    }

    [Fact]
    public void BadDataNeverThrows_ANormalizerThatThrows_FailsNamingItAndTheClaim()
    {
        var contract = new ClaimNormalizerContract(() => new ThrowsWithoutPeriod(), [Valid]);

        Action act = () => contract.Verify(ClaimNormalizerContract.BadDataNeverThrowsCheck);

        act.Should().Throw<XunitException>().WithMessage(
            "Expected \"ThrowsWithoutPeriod\" to turn bad data into a failed result, but it threw \"InvalidOperationException\" on claim \"阿里云/maas-token-volume/2025-H1/超5000億Tokens-odd\"*: \"no period\"");
    }

    [Fact]
    public void NormalizingTwice_ANormalizerWithState_Fails()
    {
        var contract = new ClaimNormalizerContract(() => new CountsCalls(), [Valid]);

        Action act = () => contract.Verify(ClaimNormalizerContract.NormalizingTwiceGivesEqualRecordsCheck);

        act.Should().Throw<XunitException>().WithMessage("*a second time should give the same records*");
    }

    [Fact]
    public void ValidClaimsGiveRecords_ANormalizerForAnotherBasis_FailsNamingTheBasis()
    {
        var contract = new ClaimNormalizerContract(() => new RevenueNormalizer(), [Valid]);

        Action act = () => contract.VerifyAll();

        act.Should().Throw<XunitException>().WithMessage(
            "Expected \"RevenueNormalizer\" to accept claim \"阿里云/maas-token-volume/2025-H1/超5000億Tokens\" on basis \"maas-token-volume\", but CanNormalize returned false.");
    }

    [Fact]
    public void Verify_AnUnknownCheck_ThrowsListingTheChecks()
    {
        var contract = new ClaimNormalizerContract(() => new TokenVolumeNormalizer(), [Valid]);

        Action act = () => contract.Verify("is fast");

        act.Should().Throw<ArgumentException>().WithMessage("'is fast' is not a check of the normalizer contract; the checks are: valid claims give records, *");
    }

    [Fact]
    public void Contract_WithoutClaims_IsACallerBug()
    {
        Action act = () => _ = new ClaimNormalizerContract(() => new TokenVolumeNormalizer(), []);

        act.Should().Throw<ArgumentException>().WithMessage("The contract needs at least one claim that the normalizer handles.*");
    }

    private sealed class ThrowsWithoutPeriod() : ClaimNormalizer([MetricBasis.MaasTokenVolume.Id])
    {
        protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context) =>
            claim.Period is null ? throw new InvalidOperationException("no period") : NormalizationResult.Normalized(claim, draft.Build());
    }

    private sealed class CountsCalls() : ClaimNormalizer([MetricBasis.MaasTokenVolume.Id])
    {
        private int _calls;

        protected override NormalizationResult Refine(Claim claim, RecordDraft draft, NormalizationContext context)
        {
            draft.Warnings.Add(new RecordNote("calls", $"call {++_calls}"));
            return NormalizationResult.Normalized(claim, draft.Build());
        }
    }
}
