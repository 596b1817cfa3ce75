namespace MarketMetrics;

/// <summary>
/// The bases an application knows: the built-in ones and those plug-ins add. Finds a basis by id (its first
/// registered scope is the default) and rejects two different definitions of one basis at start-up.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MetricBasisRegistry
{
    private readonly Dictionary<string, MetricBasis> _byId;

    private MetricBasisRegistry(IReadOnlyList<MetricBasis> bases, Dictionary<string, MetricBasis> byId)
    {
        Bases = bases;
        _byId = byId;
    }

    /// <summary>Gets the registry of the built-in bases.</summary>
    public static MetricBasisRegistry Default { get; } = Create(MetricBasis.WellKnown);

    /// <summary>Gets every registered basis, each scope variant once, in registration order.</summary>
    public IReadOnlyList<MetricBasis> Bases { get; }

    /// <summary>Creates a registry.</summary>
    /// <param name="bases">The bases; a basis given twice with the same definition counts once.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="MarketMetricsConfigurationException">One id is given two different names or dimension sets.</exception>
    public static MetricBasisRegistry Create(IEnumerable<MetricBasis> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        var list = new List<MetricBasis>();
        var byId = new Dictionary<string, MetricBasis>(StringComparer.Ordinal);
        foreach (MetricBasis basis in bases)
        {
            ArgumentNullException.ThrowIfNull(basis, nameof(bases));
            if (byId.TryGetValue(basis.Id, out MetricBasis? first)
                && (!string.Equals(first.Name, basis.Name, StringComparison.Ordinal) || !first.Dimensions.SequenceEqual(basis.Dimensions)))
            {
                throw new MarketMetricsConfigurationException(
                    $"Basis id '{basis.Id}' is defined twice, as '{first.Name}' and as '{basis.Name}'. Give the new basis its own id, or vary only its scope (WithScope).");
            }

            byId.TryAdd(basis.Id, basis);
            if (!list.Contains(basis))
            {
                list.Add(basis);
            }
        }

        return new MetricBasisRegistry(list, byId);
    }

    /// <summary>Finds a basis by id, in the scope it was first registered with.</summary>
    /// <param name="id">The basis id.</param>
    /// <param name="basis">The basis, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MetricBasis? basis)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id.Trim(), out basis);
    }
}
