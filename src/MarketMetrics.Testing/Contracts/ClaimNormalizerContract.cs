using FluentAssertions;
using FluentAssertions.Execution;
using MarketMetrics.Normalization;

namespace MarketMetrics.Testing;

/// <summary>
/// The contract every normalizer must keep, as plain methods that any test framework can call: valid claims give
/// records, normalizing twice gives equal records, records keep their provenance and canonical units, and bad data
/// never throws. A failed check throws the test framework's own assertion exception (through FluentAssertions).
/// </summary>
/// <remarks>
/// Run every check as its own test case with <see cref="Checks"/> as the data and <see cref="Verify"/> as the body.
/// The adapter is three lines in each framework:
/// <list type="bullet">
/// <item>xunit v2 and v3: <c>[Theory, MemberData(nameof(ClaimNormalizerContract.Checks), MemberType = typeof(ClaimNormalizerContract))]</c></item>
/// <item>NUnit: <c>[TestCaseSource(typeof(ClaimNormalizerContract), nameof(ClaimNormalizerContract.Checks))]</c></item>
/// <item>MSTest: <c>[TestMethod, DynamicData(nameof(ClaimNormalizerContract.Checks), typeof(ClaimNormalizerContract))]</c></item>
/// </list>
/// </remarks>
/// <example><code>
/// public class GpuRentalNormalizerContract
/// {
///     private static readonly ClaimNormalizerContract Contract = new(
///         () => new GpuRentalNormalizer(), [new ClaimBuilder().OnBasis(gpuRental).WithValue("5亿元").Build()]);
///
///     [Theory]
///     [MemberData(nameof(ClaimNormalizerContract.Checks), MemberType = typeof(ClaimNormalizerContract))]
///     public void Holds(string check) => Contract.Verify(check);
/// }
/// </code></example>
public sealed class ClaimNormalizerContract
{
    /// <summary>The name of <see cref="ValidClaimsGiveRecords"/> as a check.</summary>
    public const string ValidClaimsGiveRecordsCheck = "valid claims give records";

    /// <summary>The name of <see cref="NormalizingTwiceGivesEqualRecords"/> as a check.</summary>
    public const string NormalizingTwiceGivesEqualRecordsCheck = "normalizing twice gives equal records";

    /// <summary>The name of <see cref="RecordsKeepProvenance"/> as a check.</summary>
    public const string RecordsKeepProvenanceCheck = "records keep provenance and canonical units";

    /// <summary>The name of <see cref="BadDataNeverThrows"/> as a check.</summary>
    public const string BadDataNeverThrowsCheck = "bad data never throws";

    private static readonly string[] CheckNames =
        [ValidClaimsGiveRecordsCheck, NormalizingTwiceGivesEqualRecordsCheck, RecordsKeepProvenanceCheck, BadDataNeverThrowsCheck];

    private readonly Func<IClaimNormalizer> _createNormalizer;
    private readonly Claim[] _validClaims;
    private readonly NormalizationContext _context;

    /// <summary>Initializes a new instance of the <see cref="ClaimNormalizerContract"/> class.</summary>
    /// <param name="createNormalizer">Creates the normalizer under test; called once per check.</param>
    /// <param name="validClaims">Claims the normalizer handles and should normalize; at least one.</param>
    /// <param name="context">The context to normalize in; <see langword="null"/> for <see cref="NormalizationContext.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="validClaims"/> is empty.</exception>
    public ClaimNormalizerContract(Func<IClaimNormalizer> createNormalizer, IEnumerable<Claim> validClaims, NormalizationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(createNormalizer);
        ArgumentNullException.ThrowIfNull(validClaims);
        _createNormalizer = createNormalizer;
        _validClaims = [.. validClaims];
        if (_validClaims.Length == 0)
        {
            throw new ArgumentException("The contract needs at least one claim that the normalizer handles.", nameof(validClaims));
        }

        _context = context ?? NormalizationContext.Default;
    }

    /// <summary>Gets the names of the checks, one per test case, as the rows (<c>object[]</c> of one string) that
    /// xunit's <c>MemberData</c>, NUnit's <c>TestCaseSource</c> and MSTest's <c>DynamicData</c> take.</summary>
    public static IEnumerable<object[]> Checks => CheckNames.Select(name => new object[] { name });

    /// <summary>Runs one check by its name (one of <see cref="Checks"/>).</summary>
    /// <param name="check">The check's name.</param>
    /// <exception cref="ArgumentException"><paramref name="check"/> is not a check's name.</exception>
    public void Verify(string check)
    {
        switch (check)
        {
            case ValidClaimsGiveRecordsCheck: ValidClaimsGiveRecords(); break;
            case NormalizingTwiceGivesEqualRecordsCheck: NormalizingTwiceGivesEqualRecords(); break;
            case RecordsKeepProvenanceCheck: RecordsKeepProvenance(); break;
            case BadDataNeverThrowsCheck: BadDataNeverThrows(); break;
            default: throw new ArgumentException($"'{check}' is not a check of the normalizer contract; the checks are: {string.Join(", ", CheckNames)}.", nameof(check));
        }
    }

    /// <summary>Runs every check, for a framework without data-driven tests; the first failure stops the run.</summary>
    public void VerifyAll()
    {
        foreach (string check in CheckNames)
        {
            Verify(check);
        }
    }

    /// <summary>Every valid claim is accepted by <see cref="IClaimNormalizer.CanNormalize"/> and gives at least one record.</summary>
    public void ValidClaimsGiveRecords()
    {
        IClaimNormalizer normalizer = _createNormalizer();
        string name = normalizer.GetType().Name;
        foreach (Claim claim in _validClaims)
        {
            Execute.Assertion
                .ForCondition(normalizer.CanNormalize(claim))
                .FailWith("Expected {0} to accept claim {1} on basis {2}, but CanNormalize returned false.", name, claim.Id, claim.Basis.Id);
            NormalizationResult result = normalizer.Normalize(claim, _context);
            Execute.Assertion
                .ForCondition(result.Failure is null)
                .FailWith("Expected {0} to normalize the valid claim {1}, but it failed: {2}.", name, claim.Id, result.Failure?.ToString());
            Execute.Assertion
                .ForCondition(result.Records.Count > 0)
                .FailWith("Expected {0} to give at least one record for claim {1}, but it gave none.", name, claim.Id);
        }
    }

    /// <summary>Normalizing one claim twice gives equal records: a normalizer keeps no state between claims.</summary>
    public void NormalizingTwiceGivesEqualRecords()
    {
        IClaimNormalizer normalizer = _createNormalizer();
        foreach (Claim claim in _validClaims)
        {
            IReadOnlyList<ComparableRecord> first = normalizer.Normalize(claim, _context).Records;
            IReadOnlyList<ComparableRecord> second = normalizer.Normalize(claim, _context).Records;
            second.Should().Equal(first, "normalizing claim {0} a second time should give the same records", claim.Id);
        }
    }

    /// <summary>Every record points back to its claim and is in a canonical unit; a derived record states its formula and inputs.</summary>
    public void RecordsKeepProvenance()
    {
        IClaimNormalizer normalizer = _createNormalizer();
        foreach (Claim claim in _validClaims)
        {
            foreach (ComparableRecord record in normalizer.Normalize(claim, _context).Records)
            {
                Execute.Assertion
                    .ForCondition(ReferenceEquals(record.Claim, claim))
                    .FailWith("Expected record {0} to point back to claim {1}, but it points to {2}.", record.Id, claim.Id, record.Claim.Id);
                Execute.Assertion
                    .ForCondition(record.Value.Unit.IsCanonical)
                    .FailWith("Expected record {0} to be in a canonical unit, but it is in {1}.", record.Id, record.Value.Unit.Symbol);
                if (record.Status == FigureStatus.Derived)
                {
                    Execute.Assertion
                        .ForCondition(!string.IsNullOrWhiteSpace(record.Formula) && record.Inputs.Count > 0)
                        .FailWith("Expected the derived record {0} to state its formula and the records it was computed from, but it does not.", record.Id);
                }
            }
        }
    }

    /// <summary>Bad data (wrong dimensions, huge or negative values, no period or market, forecasts) gives failures or records, never exceptions.</summary>
    public void BadDataNeverThrows()
    {
        IClaimNormalizer normalizer = _createNormalizer();
        Figure[] odd =
        [
            new(Interval.Exactly(20m), Units.Millisecond),
            new(Interval.Exactly(decimal.MaxValue), Units.PricePerMillionTokens("CNY")),
            new(Interval.LessThan(-5m), Units.Percent, FigureQualifier.Under),
            new(Interval.GreaterThan(decimal.MaxValue / 2), Units.Token, FigureQualifier.Over),
            new(Interval.Closed(0m, 0m), Units.Count, FigureQualifier.Range),
        ];
        foreach (Claim valid in _validClaims)
        {
            foreach (Figure figure in odd)
            {
                var claim = new Claim(valid.Id + "-odd", valid.Claimant, valid.Subject, figure, valid.Basis)
                {
                    Period = null,
                    Market = null,
                    Status = FigureStatus.Forecast,
                };
                Exception? thrown = null;
                try
                {
                    _ = normalizer.Normalize(claim, _context);
                }
#pragma warning disable CA1031 // Any exception is the failure this check reports.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    thrown = exception;
                }

                Execute.Assertion
                    .ForCondition(thrown is null)
                    .FailWith(
                        "Expected {0} to turn bad data into a failed result, but it threw {1} on claim {2} (the figure {3} with no period or market): {4}",
                        normalizer.GetType().Name, thrown?.GetType().Name, claim.Id, $"{figure.Value} {figure.Unit.Symbol}", thrown?.Message);
            }
        }
    }
}
