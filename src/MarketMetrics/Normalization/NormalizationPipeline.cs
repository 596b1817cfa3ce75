using System.Runtime.CompilerServices;

namespace MarketMetrics.Normalization;

/// <summary>
/// Turns claims into comparable records with a set of normalizers. For each claim the normalizers whose
/// <see cref="IClaimNormalizer.CanNormalize"/> accepts it are ordered by <see cref="IClaimNormalizer.Priority"/>
/// (highest first), then by the order they were given; the first one normalises the claim.
/// </summary>
/// <remarks>
/// Never throws on data: a claim no normalizer takes fails with <c>normalizer.none</c>; a normalizer that throws
/// gives <c>normalizer.failed</c> with the exception's message. Thread-safe after construction.
/// </remarks>
public sealed class NormalizationPipeline
{
    private readonly IClaimNormalizer[] _normalizers;

    /// <summary>Creates a pipeline.</summary>
    /// <param name="normalizers">The normalizers, in registration order.</param>
    /// <param name="context">The context; <see langword="null"/> for <see cref="NormalizationContext.Default"/>.</param>
    /// <exception cref="MarketMetricsConfigurationException">Two normalizers of different types handle one basis id with the same priority.</exception>
    public NormalizationPipeline(IEnumerable<IClaimNormalizer> normalizers, NormalizationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(normalizers);
        var distinct = new List<IClaimNormalizer>();
        foreach (IClaimNormalizer normalizer in normalizers)
        {
            ArgumentNullException.ThrowIfNull(normalizer, nameof(normalizers));
            if (!distinct.Exists(n => n.GetType() == normalizer.GetType()))
            {
                distinct.Add(normalizer);
            }
        }

        var byBasis = new Dictionary<(string, int), IClaimNormalizer>();
        foreach (IClaimNormalizer normalizer in distinct)
        {
            foreach (string basisId in normalizer.BasisIds)
            {
                if (byBasis.TryGetValue((basisId, normalizer.Priority), out IClaimNormalizer? other))
                {
                    throw new MarketMetricsConfigurationException(
                        $"{other.GetType().Name} and {normalizer.GetType().Name} both handle basis '{basisId}' with priority {normalizer.Priority}. "
                        + "Give the one that should win a higher Priority (ClaimNormalizerOptions.Priority), or register only one.");
                }

                byBasis[(basisId, normalizer.Priority)] = normalizer;
            }
        }

        // A stable sort keeps registration order within one priority.
        _normalizers = [.. distinct.Select((n, i) => (n, i)).OrderByDescending(x => x.n.Priority).ThenBy(x => x.i).Select(x => x.n)];
        Context = context ?? NormalizationContext.Default;
    }

    /// <summary>Gets the normalizers in the order they are asked.</summary>
    public IReadOnlyList<IClaimNormalizer> Normalizers => _normalizers;

    /// <summary>Gets the context handed to the normalizers.</summary>
    public NormalizationContext Context { get; }

    /// <summary>Creates a pipeline with the built-in normalizers.</summary>
    /// <param name="context">The context, or <see langword="null"/>.</param>
    /// <returns>The pipeline.</returns>
    public static NormalizationPipeline CreateDefault(NormalizationContext? context = null) => new(BuiltInNormalizers.Create(), context);

    /// <summary>Normalises one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>Its records, or a failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public NormalizationResult Normalize(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        foreach (IClaimNormalizer normalizer in _normalizers)
        {
            if (!normalizer.CanNormalize(claim))
            {
                continue;
            }

            try
            {
                return normalizer.Normalize(claim, Context)
                    ?? NormalizationResult.Failed(claim, "normalizer.failed", $"{normalizer.GetType().Name} returned no result.");
            }
#pragma warning disable CA1031 // A plug-in's exception must not stop the run; it becomes this claim's failure.
            catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                return NormalizationResult.Failed(claim, "normalizer.failed", $"{normalizer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}");
            }
        }

        return NormalizationResult.Failed(claim, "normalizer.none",
            $"No normalizer handles basis '{claim.Basis.Id}'. Register one (AddNormalizer<T>()) or use a built-in basis.");
    }

    /// <summary>Normalises claims one by one, lazily, in order: memory stays flat however many there are.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>One result per claim, in the same order.</returns>
    public IEnumerable<NormalizationResult> NormalizeAll(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Iterate(claims);

        IEnumerable<NormalizationResult> Iterate(IEnumerable<Claim> source)
        {
            foreach (Claim claim in source)
            {
                yield return Normalize(claim);
            }
        }
    }

    /// <summary>Normalises an asynchronous stream of claims, one by one, honouring cancellation.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>One result per claim, in the same order.</returns>
    public async IAsyncEnumerable<NormalizationResult> NormalizeAllAsync(IAsyncEnumerable<Claim> claims, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        await foreach (Claim claim in claims.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Normalize(claim);
        }
    }
}
