namespace MarketMetrics;

/// <summary>Who published a claim and what kind of publisher it is.</summary>
/// <remarks>Equality is structural (ordinal name and kind). Instances are immutable and thread-safe.</remarks>
public sealed class Publisher : IEquatable<Publisher>
{
    /// <summary>Creates a publisher.</summary>
    /// <param name="name">The name, e.g. "IDC".</param>
    /// <param name="kind">The kind of publisher.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="kind"/> is undefined.</exception>
    public Publisher(string name, PublisherKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown publisher kind.");
        }

        Name = name;
        Kind = kind;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public PublisherKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(Publisher? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Publisher);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Kind);

    /// <summary>Gets the name.</summary>
    /// <returns>The <see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
