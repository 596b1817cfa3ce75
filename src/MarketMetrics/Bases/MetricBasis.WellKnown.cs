namespace MarketMetrics;

public sealed partial class MetricBasis
{
    /// <summary>Gets MaaS token call volume on the public cloud: tokens of third-party and own models called on the
    /// vendor's platform; the vendor's internal business calls, self-deployed open-source models and private cloud
    /// excluded (Volcano Engine's 46.4%, IDC's 536.7萬億 tokens).</summary>
    public static MetricBasis MaasTokenVolume { get; } = new(
        "maas-token-volume",
        "MaaS token call volume (public cloud)",
        "Tokens of all models (third-party and the vendor's own) called through the vendor's public-cloud MaaS platform; excludes the vendor's internal business calls, open-source models customers deploy on IaaS/PaaS, and private cloud.",
        [Dimension.TokenCount, Dimension.Share, Dimension.TokenRate, Dimension.Rank],
        BasisScope.Empty
            .With(ScopeKeys.Channels, "public-cloud")
            .With(ScopeKeys.ThirdPartyModels, true)
            .With(ScopeKeys.InternalBusinessCalls, false)
            .With(ScopeKeys.SelfDeployedOpenSource, false)
            .With(ScopeKeys.PrivateCloud, false));

    /// <summary>Gets MaaS revenue: money from model calls on the public cloud (the article's 5-6億元 market estimate).</summary>
    public static MetricBasis MaasRevenue { get; } = new(
        "maas-revenue",
        "MaaS revenue (public cloud)",
        "Revenue from model-as-a-service calls on the public cloud.",
        [Dimension.Money, Dimension.Share],
        BasisScope.Empty.With(ScopeKeys.Channels, "public-cloud"));

    /// <summary>Gets full-stack cloud revenue: infrastructure (GPU/IaaS), PaaS and MaaS together (Alibaba Cloud's 超800億元).</summary>
    public static MetricBasis FullStackCloudRevenue { get; } = new(
        "full-stack-cloud-revenue",
        "Full-stack cloud revenue",
        "Revenue from the whole stack: infrastructure (GPU, IaaS), PaaS and MaaS.",
        [Dimension.Money, Dimension.Share, Dimension.Rank],
        BasisScope.Empty.With(ScopeKeys.Iaas, true).With(ScopeKeys.Paas, true).With(ScopeKeys.Maas, true));

    /// <summary>Gets AI public-cloud services revenue, product customisation and industry solutions included (Baidu's basis).</summary>
    public static MetricBasis AiPublicCloudServicesRevenue { get; } = new(
        "ai-public-cloud-services-revenue",
        "AI public-cloud services revenue",
        "Revenue of the 'AI public cloud services' market, including product customisation and industry-solution revenue.",
        [Dimension.Money, Dimension.Share, Dimension.Rank],
        BasisScope.Empty.With(ScopeKeys.Customisation, true).With(ScopeKeys.IndustrySolutions, true));

    /// <summary>Gets LLM tender wins counted by number of projects (Baidu's "中標項目數量第一").</summary>
    public static MetricBasis LlmTenderWinsByCount { get; } = new(
        "llm-tender-wins",
        "LLM tender wins",
        "Large-model projects won in public tenders.",
        [Dimension.Count, Dimension.Money, Dimension.Share, Dimension.Rank],
        BasisScope.Empty.With(ScopeKeys.Measure, "count"));

    /// <summary>Gets LLM tender wins counted by amount won (Baidu's "中標金額第一").</summary>
    public static MetricBasis LlmTenderWinsByAmount { get; } = LlmTenderWinsByCount.WithScope(ScopeKeys.Measure, "amount");

    /// <summary>Gets the share of daily token calls of self-developed models across all channels (Frost &amp; Sullivan: 通義 17.7%).</summary>
    public static MetricBasis SelfDevelopedModelTokenShare { get; } = new(
        "self-developed-model-token-share",
        "Self-developed-model token share",
        "Share of token calls of each vendor's self-developed models, across all channels (public cloud, own products, private deployments).",
        [Dimension.Share, Dimension.TokenCount],
        BasisScope.Empty.With(ScopeKeys.Channels, "all"));

    /// <summary>Gets a model's unit price (list price, unless the scope says discounted or effective; input, output or blended tokens).</summary>
    public static MetricBasis ModelUnitPrice { get; } = new(
        "model-unit-price",
        "Model unit price",
        "The price per token of a model: list, discounted or effective; for input, output or blended tokens.",
        [Dimension.UnitPrice],
        BasisScope.Empty.With(ScopeKeys.PriceType, "list"));

    /// <summary>Gets serving capacity in tokens per minute (TPM); other measures: concurrency, users served at a stated per-user load.</summary>
    public static MetricBasis ServingCapacity { get; } = new(
        "serving-capacity",
        "Serving capacity",
        "How much load a service takes: tokens per minute, requests per minute, concurrent requests, or users served at a stated per-user load.",
        [Dimension.TokenRate, Dimension.RequestRate, Dimension.Count],
        BasisScope.Empty.With(ScopeKeys.Measure, "tpm"));

    /// <summary>Gets serving latency between output tokens (吐字间隔); the other measure is time to first token.</summary>
    public static MetricBasis ServingLatency { get; } = new(
        "serving-latency",
        "Serving latency",
        "How fast a service answers: the interval between output tokens, or the time to the first token.",
        [Dimension.Duration],
        BasisScope.Empty.With(ScopeKeys.Measure, "inter-token"));

    /// <summary>Gets token consumption of a model family across the vendor's own products and all channels (Doubao's 超16.4萬億 a day).</summary>
    public static MetricBasis OwnProductsTokenConsumption { get; } = new(
        "own-products-token-consumption",
        "Token consumption incl. own products",
        "Tokens consumed by a model family everywhere, the vendor's own products included.",
        [Dimension.TokenCount, Dimension.TokenRate],
        BasisScope.Empty.With(ScopeKeys.Channels, "all").With(ScopeKeys.InternalBusinessCalls, true));

    /// <summary>Gets the number of vendors active in a market (约十家 mainstream cloud vendors).</summary>
    public static MetricBasis VendorCount { get; } = new(
        "vendor-count",
        "Number of vendors",
        "How many vendors are active in a market.",
        [Dimension.Count]);

    /// <summary>Gets a growth multiple of some measure (market size 100倍, Doubao's consumption 137倍).</summary>
    public static MetricBasis GrowthMultiple { get; } = new(
        "growth-multiple",
        "Growth multiple",
        "How many times a measure has grown or is expected to grow; the scope's measure says of what.",
        [Dimension.Multiple],
        BasisScope.Empty.With(ScopeKeys.Measure, "market-size"))
    {
        MeasuresChange = true,
    };

    /// <summary>Gets a growth rate in percent of some measure (<c>同比增长28%</c>, <c>激增363%</c>); the scope's measure says of what,
    /// and <c>comparison</c> whether year on year or period on period.</summary>
    public static MetricBasis GrowthRate { get; } = new(
        "growth-rate",
        "Growth rate",
        "By how many percent a measure has grown (or, negative, shrunk); the scope's measure says of what and comparison against when.",
        [Dimension.Share],
        BasisScope.Empty.With(ScopeKeys.Measure, "revenue"))
    {
        MeasuresChange = true,
    };

    /// <summary>Gets a change of a share in percentage points (<c>提升5个百分点</c>, "up 3 percentage points").</summary>
    public static MetricBasis ShareChange { get; } = new(
        "share-change",
        "Share change",
        "By how many percentage points a share has moved; the scope's measure says which share.",
        [Dimension.PercentagePoints],
        BasisScope.Empty.With(ScopeKeys.Measure, "market-share"))
    {
        MeasuresChange = true,
    };

    /// <summary>Gets AI-cloud revenue as analyst firms size the market (Omdia's and IDC's "AI cloud" markets: AI infrastructure,
    /// platform and model services sold as cloud services; each firm's definition is its own, so the publisher is part of the scope).</summary>
    public static MetricBasis AnalystAiCloudRevenue { get; } = new(
        "analyst-ai-cloud-revenue",
        "AI-cloud revenue (analyst definition)",
        "Revenue of the AI cloud market as an analyst firm defines it (AI infrastructure, platform and model services delivered as cloud services).",
        [Dimension.Money, Dimension.Share, Dimension.Rank],
        BasisScope.Empty.With(ScopeKeys.Definition, "analyst"));

    /// <summary>Gets active users of a product or model: daily (DAU) by default, monthly with <c>measure=monthly</c>.</summary>
    public static MetricBasis ActiveUsers { get; } = new(
        "active-users",
        "Active users",
        "Users active in a day (DAU) or, with measure=monthly, in a month (MAU).",
        [Dimension.Count, Dimension.Number, Dimension.Share, Dimension.Rank],
        BasisScope.Empty.With(ScopeKeys.Measure, "daily"));

    /// <summary>Gets cloud infrastructure services revenue as Synergy, Canalys and Gartner size it (IaaS, PaaS and hosted private
    /// cloud: the market AWS, Azure and Google Cloud shares are quoted in).</summary>
    public static MetricBasis CloudInfrastructureRevenue { get; } = new(
        "cloud-infrastructure-revenue",
        "Cloud infrastructure services revenue",
        "Spending on cloud infrastructure services (IaaS, PaaS, hosted private cloud), as market analysts size it.",
        [Dimension.Money, Dimension.Share, Dimension.Rank],
        BasisScope.Empty.With(ScopeKeys.Iaas, true).With(ScopeKeys.Paas, true));

    /// <summary>Gets a vendor's reported cloud segment revenue (Alibaba's Cloud Intelligence Group, AWS, Google Cloud, Microsoft
    /// Cloud or Intelligent Cloud), as its own filings define the segment: each vendor's segment is its own scope.</summary>
    public static MetricBasis CloudSegmentRevenue { get; } = new(
        "cloud-segment-revenue",
        "Cloud segment revenue (as reported)",
        "Revenue of a vendor's cloud segment as its financial results report it; segments differ between vendors (what is counted as cloud).",
        [Dimension.Money, Dimension.Rank]);

    /// <summary>Gets capital expenditure (capex) on cloud and AI infrastructure, as a vendor reports or plans it.</summary>
    public static MetricBasis CapitalExpenditure { get; } = new(
        "capital-expenditure",
        "Capital expenditure",
        "Money spent (or planned) on property and equipment, such as data centres, servers and GPUs, as a vendor reports it.",
        [Dimension.Money]);

    /// <summary>Gets a company's total revenue as its results report it (Microsoft's $77.7 billion, Alibaba's 2476亿元 group revenue).</summary>
    public static MetricBasis CompanyRevenue { get; } = new(
        "company-revenue",
        "Company revenue (as reported)",
        "Total revenue of a company or group, all segments together, as its financial results report it.",
        [Dimension.Money, Dimension.Rank]);

    /// <summary>Gets adjusted EBITA as a vendor reports it (Alibaba's Cloud Intelligence Group: 經調整EBITA 29.5億元).</summary>
    public static MetricBasis AdjustedEbita { get; } = new(
        "adjusted-ebita",
        "Adjusted EBITA (as reported)",
        "Earnings before interest, taxes and amortisation, adjusted as the company's results define it (share-based pay and other items excluded).",
        [Dimension.Money, Dimension.Rank]);

    /// <summary>Gets operating profit (operating income) as a company reports it.</summary>
    public static MetricBasis OperatingProfit { get; } = new(
        "operating-profit",
        "Operating profit (as reported)",
        "Operating income (revenue less operating costs) of a company or segment, as its results report it.",
        [Dimension.Money, Dimension.Rank]);

    /// <summary>Gets gross margin in percent of revenue (Kingsoft Cloud's 毛利率 16.2%).</summary>
    public static MetricBasis GrossMargin { get; } = new(
        "gross-margin",
        "Gross margin",
        "Gross profit as a percentage of revenue of a company or segment, as its results report it: a ratio, not a market share.",
        [Dimension.Share]);

    /// <summary>Gets operating margin in percent of revenue.</summary>
    public static MetricBasis OperatingMargin { get; } = new(
        "operating-margin",
        "Operating margin",
        "Operating income as a percentage of revenue of a company or segment: a ratio, not a market share.",
        [Dimension.Share]);

    /// <summary>Gets revenue backlog: contracted revenue not yet recognised (remaining performance obligations; AWS's $200 billion).</summary>
    public static MetricBasis RevenueBacklog { get; } = new(
        "revenue-backlog",
        "Revenue backlog (RPO)",
        "Revenue under contract not yet recognised (backlog, remaining performance obligations) at a point in time.",
        [Dimension.Money]);

    /// <summary>Gets revenue a vendor reports from AI products and services (Kingsoft Cloud's AI业务收入 5.25亿元).</summary>
    public static MetricBasis AiRevenue { get; } = new(
        "ai-revenue",
        "AI revenue (as reported)",
        "Revenue a vendor reports from its AI products and services; each vendor's line is its own definition.",
        [Dimension.Money]);

    /// <summary>Gets downloads of a model or app (通義 models' 全球下載量 超7億).</summary>
    public static MetricBasis Downloads { get; } = new(
        "downloads",
        "Downloads",
        "How many times a model (from model hubs) or an app has been downloaded.",
        [Dimension.Count, Dimension.Number, Dimension.Rank]);

    /// <summary>Gets the number of models derived from a model family (fine-tunes and other derivatives on model hubs: 衍生模型 18萬).</summary>
    public static MetricBasis DerivedModels { get; } = new(
        "derived-models",
        "Derived models",
        "How many models others have derived from a model family (fine-tunes, quantisations) on model hubs.",
        [Dimension.Count, Dimension.Number, Dimension.Rank]);

    /// <summary>Gets the number of interactions (requests, conversations) users had with an AI product (豆包's AI總互動 19億次).</summary>
    public static MetricBasis AiInteractions { get; } = new(
        "ai-interactions",
        "AI interactions",
        "How many interactions (requests, conversations) users had with an AI product in a period.",
        [Dimension.Count, Dimension.Number, Dimension.Rank]);

    /// <summary>Gets the three bases on which China's AI-cloud vendors each claim to lead the market: MaaS token volume
    /// (Volcano Engine), full-stack cloud revenue (Alibaba Cloud) and AI public-cloud services revenue (Baidu AI Cloud).
    /// <see cref="Analysis.Leaderboards.Summarize"/> names the leaders on these first.</summary>
    public static IReadOnlyList<MetricBasis> MarketLeadership { get; } = [MaasTokenVolume, FullStackCloudRevenue, AiPublicCloudServicesRevenue];

    /// <summary>Gets every built-in basis.</summary>
    public static IReadOnlyList<MetricBasis> WellKnown { get; } =
    [
        MaasTokenVolume, MaasRevenue, FullStackCloudRevenue, AiPublicCloudServicesRevenue, LlmTenderWinsByCount,
        LlmTenderWinsByAmount, SelfDevelopedModelTokenShare, ModelUnitPrice, ServingCapacity, ServingLatency,
        OwnProductsTokenConsumption, VendorCount, GrowthMultiple, GrowthRate, ShareChange, AnalystAiCloudRevenue, ActiveUsers,
        CloudInfrastructureRevenue, CloudSegmentRevenue, CapitalExpenditure, CompanyRevenue, AdjustedEbita, OperatingProfit, GrossMargin,
        OperatingMargin, RevenueBacklog, AiRevenue, Downloads, DerivedModels, AiInteractions,
    ];
}
