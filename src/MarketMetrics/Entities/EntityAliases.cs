using System.Collections.Frozen;

namespace MarketMetrics;

/// <summary>
/// The alias table that turns printed names into stable ids: 火山引擎 / Volcano Engine / Volcengine → <c>volcano-engine</c>;
/// 阿里云 / 阿里雲 / Alibaba Cloud → <c>alibaba-cloud</c>; 豆包 / Doubao → <c>doubao</c> (a model family of ByteDance).
/// </summary>
/// <remarks>
/// <see cref="Default"/> is loaded from the data table <c>Entities/entity-aliases.tsv</c> embedded in the assembly.
/// Lookups ignore case and surrounding white space. Instances are immutable and thread-safe; <see cref="With"/>
/// returns a new table.
/// </remarks>
public sealed class EntityAliases
{
    private readonly FrozenDictionary<string, Entity> _byName;
    private readonly FrozenDictionary<string, Entity> _byExactName;
    private readonly FrozenDictionary<string, Entity> _byId;

    private EntityAliases(Dictionary<string, Entity> byName, Dictionary<string, Entity> byId)
    {
        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        // Names are mostly printed as the table has them; an ordinal lookup finds those without folding case (which for
        // Chinese names takes the runtime's slow path), and the case-insensitive one finds the rest.
        _byExactName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the built-in table of the AI-cloud market's vendors, model families and publishers.</summary>
    public static EntityAliases Default { get; } = LoadDefault();

    /// <summary>Gets an empty table.</summary>
    public static EntityAliases Empty { get; } = new(new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, Entity>(StringComparer.Ordinal));

    /// <summary>Gets every entity, by id.</summary>
    public IReadOnlyCollection<Entity> Entities => _byId.Values;

    /// <summary>Gets every name the table finds an entity by (aliases and ids), as written in the table; a text scanner
    /// (such as the claim extractor) looks for these.</summary>
    public IReadOnlyCollection<string> Names => _byExactName.Keys;

    /// <summary>Returns a table with one more entity and its aliases.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="aliases">Names that should find it besides its id.</param>
    /// <returns>A new table.</returns>
    /// <exception cref="ArgumentException">The id or an alias already finds a different entity.</exception>
    public EntityAliases With(Entity entity, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(aliases);
        var byName = new Dictionary<string, Entity>(_byName, StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<string, Entity>(_byId, StringComparer.Ordinal);
        Add(byName, byId, entity, aliases);
        return new EntityAliases(byName, byId);
    }

    /// <summary>Finds the entity a printed name stands for.</summary>
    /// <param name="name">A name as printed, or an id.</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryResolve(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entity? entity)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Trim();
        return _byExactName.TryGetValue(key, out entity) || _byName.TryGetValue(key, out entity);
    }

    /// <summary>Gets the entity with the id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entity or <see langword="null"/>.</returns>
    public Entity? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>Whether a subject id stands for a whole market rather than a contestant (an entity of kind
    /// <see cref="EntityKind.Market"/>, or the id <c>market</c>).</summary>
    /// <param name="subjectId">The subject id.</param>
    /// <returns><see langword="true"/> for a market.</returns>
    public bool IsMarket(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        return string.Equals(subjectId, "market", StringComparison.Ordinal) || Find(subjectId) is { Kind: EntityKind.Market };
    }

    /// <summary>Whether a subject stands for several vendors counted together: an entity of kind <see cref="EntityKind.Group"/>,
    /// a name of the form "top 5 …", "top-5 …", "top five …", "前五…" / "前5…", or listed members (<see cref="MembersOf"/>).</summary>
    /// <param name="subjectId">The subject id.</param>
    /// <returns><see langword="true"/> for a group.</returns>
    public bool IsGroup(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        return Find(subjectId) is { Kind: EntityKind.Group } || GroupNames.SizeOf(subjectId) is not null || MembersOf(subjectId).Count > 0;
    }

    /// <summary>The members of a group printed by listing them ("阿里+华为+腾讯", "Alibaba, Huawei and Tencent combined",
    /// "阿里云、华为云、腾讯云合计"): their ids in printed order, or empty when the id is no such group.</summary>
    /// <param name="subjectId">A subject id, such as <c>alibaba+huawei+tencent</c>.</param>
    /// <returns>The member ids.</returns>
    public IReadOnlyList<string> MembersOf(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        if (!subjectId.Contains('+', StringComparison.Ordinal))
        {
            return [];
        }

        string[] members = subjectId.Split('+');
        return Array.TrueForAll(members, m => Find(m) is not null) ? members : [];
    }

    // A printed list of known entities read as one group: the members' ids joined with '+'. Every piece must be a known
    // name; words of adding up (合计, 总和, combined, together) may close the list.
    internal static bool TryResolveGroup(EntityAliases aliases, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? groupId)
    {
        groupId = null;
        string text = name.Trim();
        foreach (string closing in (ReadOnlySpan<string>)["合计", "合計", "总和", "總和", "加总", "加總", "combined", "together", "in total"])
        {
            if (text.EndsWith(closing, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^closing.Length].Trim();
                break;
            }
        }

        string[] pieces = text.Replace(", and ", ",", StringComparison.OrdinalIgnoreCase).Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split(['+', '＋', '、', ',', '，', '&', '和', '与', '與', '及'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        if (pieces.Length < 2)
        {
            return false;
        }

        var ids = new string[pieces.Length];
        for (int i = 0; i < pieces.Length; i++)
        {
            if (!aliases.TryResolve(pieces[i], out Entity? member) || member.Kind is EntityKind.Market or EntityKind.Group or EntityKind.Publisher
                || Array.IndexOf(ids, member.Id, 0, i) >= 0)
            {
                return false;
            }

            ids[i] = member.Id;
        }

        groupId = string.Join('+', ids);
        return true;
    }

    /// <summary>Whether <paramref name="descendantId"/> is <paramref name="ancestorId"/> or belongs to it (doubao → bytedance).</summary>
    /// <param name="descendantId">The entity that may belong.</param>
    /// <param name="ancestorId">The entity it may belong to.</param>
    /// <returns><see langword="true"/> when it is the same entity or a descendant.</returns>
    public bool BelongsTo(string descendantId, string ancestorId)
    {
        string? id = descendantId;
        for (int depth = 0; id is not null && depth < 16; depth++)
        {
            if (string.Equals(id, ancestorId, StringComparison.Ordinal))
            {
                return true;
            }

            id = Find(id)?.ParentId;
        }

        return false;
    }

    private static void Add(Dictionary<string, Entity> byName, Dictionary<string, Entity> byId, Entity entity, IEnumerable<string> aliases)
    {
        if (byId.TryGetValue(entity.Id, out Entity? existing) && !existing.Equals(entity))
        {
            throw new ArgumentException($"The id '{entity.Id}' is already a {existing.Kind}; ids are unique.", nameof(entity));
        }

        byId[entity.Id] = entity;
        foreach (string alias in aliases.Prepend(entity.Id))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(alias);
            string key = alias.Trim();
            if (byName.TryGetValue(key, out Entity? other) && !other.Equals(entity))
            {
                throw new ArgumentException($"The name '{key}' already finds '{other.Id}'; it cannot also find '{entity.Id}'.", nameof(aliases));
            }

            byName[key] = entity;
        }
    }

    private static EntityAliases LoadDefault()
    {
        using Stream stream = typeof(EntityAliases).Assembly.GetManifestResourceStream("MarketMetrics.Entities.entity-aliases.tsv")
            ?? throw new MarketMetricsException("The embedded entity alias table is missing from the MarketMetrics assembly.");
        using var reader = new StreamReader(stream);
        var byName = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] cells = line.Split('\t');
            EntityKind kind = cells[1] switch
            {
                "model-family" => EntityKind.ModelFamily,
                "publisher" => EntityKind.Publisher,
                "market" => EntityKind.Market,
                "group" => EntityKind.Group,
                _ => EntityKind.Vendor,
            };
            Add(byName, byId, new Entity(cells[0], kind, cells[2]), cells[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return new EntityAliases(byName, byId);
    }
}
