namespace MarketMetrics;

/// <summary>The well-known scope keys and values of the built-in <see cref="MetricBasis"/> instances.</summary>
public static class ScopeKeys
{
    /// <summary>The value of a key whose part is counted.</summary>
    public const string Included = "included";

    /// <summary>The value of a key whose part is left out.</summary>
    public const string Excluded = "excluded";

    /// <summary>Calls of third-party models offered on the vendor's platform.</summary>
    public const string ThirdPartyModels = "third-party-models";

    /// <summary>Calls made by the vendor's own businesses (ByteDance's apps on Volcano Engine).</summary>
    public const string InternalBusinessCalls = "internal-business-calls";

    /// <summary>Open-source models that customers deploy themselves on IaaS/PaaS.</summary>
    public const string SelfDeployedOpenSource = "self-deployed-open-source";

    /// <summary>Private-cloud and on-premises deployments.</summary>
    public const string PrivateCloud = "private-cloud";

    /// <summary>Infrastructure (GPU, IaaS) revenue.</summary>
    public const string Iaas = "iaas";

    /// <summary>Platform (PaaS) revenue.</summary>
    public const string Paas = "paas";

    /// <summary>Model-as-a-service (MaaS) revenue.</summary>
    public const string Maas = "maas";

    /// <summary>Product customisation revenue.</summary>
    public const string Customisation = "customisation";

    /// <summary>Industry-solution revenue.</summary>
    public const string IndustrySolutions = "industry-solutions";

    /// <summary>Which channels count: <c>all</c> or <c>public-cloud</c>.</summary>
    public const string Channels = "channels";

    /// <summary>What is measured, for bases with several measures (<c>count</c>, <c>amount</c>, <c>tpm</c> …).</summary>
    public const string Measure = "measure";

    /// <summary>For capacity in users served: the per-user load the figure assumes, e.g. <c>500 token/min</c>.</summary>
    public const string PerUserLoad = "per-user-load";

    /// <summary>Which price: <c>list</c>, <c>discounted</c> or <c>effective</c>.</summary>
    public const string PriceType = "price-type";

    /// <summary>Which tokens a price is for: <c>input</c>, <c>output</c> or <c>blended</c>.</summary>
    public const string TokenDirection = "token-direction";

    /// <summary>Context-length tier of a price (<c>≤32K</c>, <c>32K-128K</c>, <c>&gt;128K</c>), as the price page prints it.</summary>
    public const string ContextTier = "context-tier";

    /// <summary>Whether an input price is for tokens that hit the cache (<c>hit</c>) or miss it (<c>miss</c>).</summary>
    public const string Cache = "cache";

    /// <summary>Which end of a printed change a level is: <c>start</c> ("从1200亿…" / "from …") or <c>end</c> ("…到超30万亿" / "to …").</summary>
    public const string ChangePoint = "change-point";

    /// <summary>What a change is measured against: <c>year-on-year</c> (同比) or <c>period-on-period</c> (环比).</summary>
    public const string Comparison = "comparison";

    /// <summary>Whose definition of a market a figure follows: <c>analyst</c> by default; the publisher stands beside it.</summary>
    public const string Definition = "definition";
}
