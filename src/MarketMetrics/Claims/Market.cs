namespace MarketMetrics;

/// <summary>
/// The market a figure is about, the denominator of a share: "China public-cloud LLM" is not "China LLM, all channels".
/// </summary>
/// <remarks>Equality is by <see cref="Id"/> (ordinal). The set is open. Instances are immutable and thread-safe.</remarks>
public sealed class Market : IEquatable<Market>
{
    /// <summary>Creates a market.</summary>
    /// <param name="id">A stable lower-case id such as <c>cn-public-cloud-llm</c>.</param>
    /// <param name="name">A readable name.</param>
    /// <param name="region">The region (ISO 3166 alpha-2 code such as <c>CN</c>, or <c>global</c>).</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public Market(string id, string name, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Id = id;
        Name = name;
        Region = region;
    }

    /// <summary>Gets China's public-cloud large-model market (中国公有云大模型市场): MaaS calls on public clouds.</summary>
    public static Market ChinaPublicCloudLlm { get; } = new("cn-public-cloud-llm", "China public-cloud LLM", "CN");

    /// <summary>Gets China's large-model usage across all channels (public cloud, own products, private deployments).</summary>
    public static Market ChinaLlm { get; } = new("cn-llm", "China LLM, all channels", "CN");

    /// <summary>Gets China's AI public-cloud services market (Baidu's basis).</summary>
    public static Market ChinaAiPublicCloud { get; } = new("cn-ai-public-cloud", "China AI public-cloud services", "CN");

    /// <summary>Gets China's cloud market as a whole.</summary>
    public static Market ChinaCloud { get; } = new("cn-cloud", "China cloud", "CN");

    /// <summary>Gets China's AI-cloud market, the whole stack from GPU infrastructure to model services (AI云市场; Alibaba Cloud's basis).</summary>
    public static Market ChinaAiCloud { get; } = new("cn-ai-cloud", "China AI cloud (full stack)", "CN");

    /// <summary>Gets China's public tenders for large-model projects.</summary>
    public static Market ChinaLlmTenders { get; } = new("cn-llm-tenders", "China LLM public tenders", "CN");

    /// <summary>Gets the worldwide cloud infrastructure services market (IaaS, PaaS and hosted private cloud, as Synergy, Canalys and
    /// Gartner size it): the market AWS, Microsoft Azure and Google Cloud shares are quoted in.</summary>
    public static Market WorldCloudInfrastructure { get; } = new("ww-cloud-infrastructure", "Worldwide cloud infrastructure services", "global");

    /// <summary>Gets every built-in market.</summary>
    public static IReadOnlyList<Market> WellKnown { get; } = [ChinaPublicCloudLlm, ChinaLlm, ChinaAiPublicCloud, ChinaCloud, ChinaLlmTenders, ChinaAiCloud, WorldCloudInfrastructure];

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the region.</summary>
    public string Region { get; }

    /// <inheritdoc />
    public bool Equals(Market? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Market);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Gets the id.</summary>
    /// <returns>The <see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
