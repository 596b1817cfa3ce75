namespace MarketMetrics;

/// <summary>
/// The basis <see cref="BasisInferrer"/> proposes for a claim printed without one, with the cue words that decided it;
/// or, when no cue decides, the candidates it could not choose between.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BasisInference
{
    internal BasisInference(MetricBasis? basis, IReadOnlyList<string> cues, IReadOnlyList<string> candidates, string reason)
    {
        Basis = basis;
        Cues = cues;
        Candidates = candidates;
        Reason = reason;
    }

    /// <summary>Gets the basis proposed, or <see langword="null"/> when no cue decides.</summary>
    public MetricBasis? Basis { get; }

    /// <summary>Gets a value indicating whether a basis was proposed.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Basis))]
    public bool Succeeded => Basis is not null;

    /// <summary>Gets the cues that decided, each as <c>where: text</c> (<c>scope_notes: 不包含自有业务调用</c>, <c>unit: CNY/token</c>).</summary>
    public IReadOnlyList<string> Cues { get; }

    /// <summary>Gets the ids of the bases still possible when none was proposed (empty when a basis was proposed).</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>Gets a sentence saying why: which cues chose the basis, or what is missing.</summary>
    public string Reason { get; }

    /// <summary>Formats as the <see cref="Reason"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reason;
}
