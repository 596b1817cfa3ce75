namespace MarketMetrics;

/// <summary>
/// A statistical basis (口径): what a figure counts and what it leaves out. Two figures can only be compared
/// on the same basis with the same scope. The set is open: plug-ins create their own with a new id.
/// </summary>
/// <remarks>
/// <para>Identity is <see cref="Id"/> plus <see cref="Scope"/>: MaaS token volume with third-party models excluded
/// is a different basis from the one with them included. Names and descriptions do not take part in equality.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class MetricBasis : IEquatable<MetricBasis>
{
    /// <summary>Creates a basis.</summary>
    /// <param name="id">A stable lower-case id such as <c>gpu-rental-revenue</c>.</param>
    /// <param name="name">A short readable name.</param>
    /// <param name="description">What it counts and leaves out.</param>
    /// <param name="dimensions">The dimensions its figures may have (e.g. money and share for a revenue basis).</param>
    /// <param name="scope">Its scope parameters; <see langword="null"/> for <see cref="BasisScope.Empty"/>.</param>
    /// <exception cref="ArgumentException">A text is blank, the id is not lower-case letters, digits and '-', or no dimension is given.</exception>
    public MetricBasis(string id, string name, string description, IEnumerable<Dimension> dimensions, BasisScope? scope = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(dimensions);
        foreach (char c in id)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                throw new ArgumentException($"A basis id is lower-case ASCII letters, digits and '-': '{id}'.", nameof(id));
            }
        }

        Dimension[] accepted = [.. dimensions];
        if (accepted.Length == 0 || Array.Exists(accepted, d => d is null))
        {
            throw new ArgumentException("A basis needs at least one dimension, and none may be null.", nameof(dimensions));
        }

        Id = id;
        Name = name;
        Description = description;
        Dimensions = accepted;
        Scope = scope ?? BasisScope.Empty;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the short readable name.</summary>
    public string Name { get; }

    /// <summary>Gets what the basis counts and leaves out.</summary>
    public string Description { get; }

    /// <summary>Gets the dimensions its figures may have.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>Gets the scope parameters, part of the identity.</summary>
    public BasisScope Scope { get; }

    /// <summary>Gets a value indicating whether the basis measures a change (growth rate, growth multiple, percentage-point
    /// change). Only such a basis takes a figure printed as a change (<c>同比增长28%</c>, <c>up 7x</c>); on any other basis that
    /// figure fails with <c>figure.is-change</c>, since a change is no level. Default <see langword="false"/>; not part of the identity.</summary>
    public bool MeasuresChange { get; init; }

    /// <summary>Returns the same basis with one scope parameter changed.</summary>
    /// <param name="key">The scope key.</param>
    /// <param name="value">Its value.</param>
    /// <returns>A new basis; this one is unchanged.</returns>
    public MetricBasis WithScope(string key, string value) => new(Id, Name, Description, Dimensions, Scope.With(key, value)) { MeasuresChange = MeasuresChange };

    /// <summary>Returns the same basis with one part included or excluded.</summary>
    /// <param name="key">The scope key.</param>
    /// <param name="included">Whether that part is counted.</param>
    /// <returns>A new basis; this one is unchanged.</returns>
    public MetricBasis WithScope(string key, bool included) => new(Id, Name, Description, Dimensions, Scope.With(key, included)) { MeasuresChange = MeasuresChange };

    /// <summary>Whether figures in <paramref name="dimension"/> may be stated on this basis.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public bool Accepts(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        IReadOnlyList<Dimension> dimensions = Dimensions;
        for (int i = 0; i < dimensions.Count; i++) // by index: enumerating the interface would allocate an enumerator per claim
        {
            if (dimensions[i].Equals(dimension))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(MetricBasis? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Scope.Equals(other.Scope);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetricBasis);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Scope);

    /// <summary>Formats as <c>id</c> or <c>id[scope]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Scope.Entries.Count == 0 ? Id : Id + "[" + Scope + "]";
}
