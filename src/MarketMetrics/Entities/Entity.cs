namespace MarketMetrics;

/// <summary>A named party that claims or is claimed about: its stable id, kind and parent (Doubao's parent is ByteDance).</summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed class Entity : IEquatable<Entity>
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">A stable lower-case id such as <c>volcano-engine</c>.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="parentId">The id of the entity it belongs to, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public Entity(string id, EntityKind kind, string? parentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Kind = kind;
        ParentId = string.IsNullOrWhiteSpace(parentId) ? null : parentId;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets what the entity is.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the id of the entity it belongs to, or <see langword="null"/>.</summary>
    public string? ParentId { get; }

    /// <inheritdoc />
    public bool Equals(Entity? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Kind == other.Kind && string.Equals(ParentId, other.ParentId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Entity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind);

    /// <summary>Gets the id.</summary>
    /// <returns>The <see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
