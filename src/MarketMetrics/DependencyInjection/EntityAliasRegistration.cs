namespace MarketMetrics;

/// <summary>An entity and the printed names that should find it, for <see cref="MarketMetricsOptions.Aliases"/>.</summary>
public sealed class EntityAliasRegistration
{
    /// <summary>Initializes a new instance of the <see cref="EntityAliasRegistration"/> class.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="names">The names that should find it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EntityAliasRegistration(Entity entity, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(names);
        Entity = entity;
        Names = [.. names];
    }

    /// <summary>Gets the entity.</summary>
    public Entity Entity { get; }

    /// <summary>Gets the names that should find it.</summary>
    public IReadOnlyList<string> Names { get; }
}
