namespace MarketMetrics;

/// <summary>
/// Proposes a basis for a claim whose basis is not stated, from cue words in its scope notes, subject and printed value,
/// from its publisher, and from the figure's unit: <c>不包含自有业务调用</c> or <c>基于MaaS形态统计</c> → MaaS token volume,
/// <c>全栈</c> → full-stack revenue, <c>含定制和行业解决方案</c> → AI public-cloud services, <c>中标</c> → tender wins,
/// <c>日均调用Token份额</c> → self-developed-model share, a price unit → model unit price, a latency → serving latency, Omdia's or
/// IDC's "AI cloud market" → analyst AI-cloud revenue.
/// </summary>
/// <remarks>
/// <para>A proposal is made only when the cues leave exactly one basis that accepts the figure's dimension; otherwise the
/// result names the candidates and the claim is to be rejected. The quote is not read: a sentence often names several
/// bases at once. A proposed basis is always marked as inferred (the record's <c>basis.inferred</c> note), never taken for a
/// stated one.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public static partial class BasisInferrer
{
    // Cue → basis id (and a scope entry it implies). Matched case-insensitively in scope notes, subject, value and publisher.
    private static readonly (string Cue, string BasisId, string? ScopeKey, string? ScopeValue)[] Cues =
    [
        ("不包含自有业务", "maas-token-volume", null, null), ("不包含自有業務", "maas-token-volume", null, null), ("不含自有业务", "maas-token-volume", null, null),
        ("不含自有業務", "maas-token-volume", null, null), ("基于MaaS", "maas-token-volume", null, null), ("基於MaaS", "maas-token-volume", null, null),
        ("MaaS形态", "maas-token-volume", null, null), ("MaaS形態", "maas-token-volume", null, null), ("公有云大模型调用", "maas-token-volume", null, null),
        ("公有雲大模型調用", "maas-token-volume", null, null), ("公有云上大模型调用", "maas-token-volume", null, null), ("MaaS token", "maas-token-volume", null, null),
        ("public-cloud LLM calls", "maas-token-volume", null, null), ("excludes internal", "maas-token-volume", null, null),
        ("under the MaaS layer", "maas-token-volume", null, null), ("within the MaaS layer", "maas-token-volume", null, null),
        ("excluding vendor-owned", "maas-token-volume", null, null),
        ("MaaS市场规模", "maas-revenue", null, null), ("MaaS市場規模", "maas-revenue", null, null), ("MaaS revenue", "maas-revenue", null, null),
        ("全栈", "full-stack-cloud-revenue", null, null), ("全棧", "full-stack-cloud-revenue", null, null), ("IaaS+PaaS+MaaS", "full-stack-cloud-revenue", null, null),
        ("full-stack", "full-stack-cloud-revenue", null, null), ("full stack", "full-stack-cloud-revenue", null, null),
        ("含定制", "ai-public-cloud-services-revenue", null, null), ("行业解决方案", "ai-public-cloud-services-revenue", null, null),
        ("行業解決方案", "ai-public-cloud-services-revenue", null, null), ("AI公有云服务", "ai-public-cloud-services-revenue", null, null),
        ("AI公有雲服務", "ai-public-cloud-services-revenue", null, null), ("AI public cloud services", "ai-public-cloud-services-revenue", null, null),
        ("中标", "llm-tender-wins", null, null), ("中標", "llm-tender-wins", null, null), ("tender", "llm-tender-wins", null, null),
        ("日均调用Token份额", "self-developed-model-token-share", null, null), ("日均調用Token份額", "self-developed-model-token-share", null, null),
        ("自研模型", "self-developed-model-token-share", null, null), ("自研大模型", "self-developed-model-token-share", null, null),
        ("self-developed model", "self-developed-model-token-share", null, null),
        ("含自有业务", "own-products-token-consumption", null, null), ("含自有業務", "own-products-token-consumption", null, null),
        ("包括自有产品", "own-products-token-consumption", null, null), ("including own products", "own-products-token-consumption", null, null),
        ("AI cloud market", "analyst-ai-cloud-revenue", null, null), ("AI云市场", "analyst-ai-cloud-revenue", null, null),
        ("AI雲市場", "analyst-ai-cloud-revenue", null, null), ("人工智能云", "analyst-ai-cloud-revenue", null, null),
        ("cloud infrastructure services", "cloud-infrastructure-revenue", null, null), ("cloud infrastructure market", "cloud-infrastructure-revenue", null, null),
        ("云基础设施", "cloud-infrastructure-revenue", null, null), ("雲基礎設施", "cloud-infrastructure-revenue", null, null),
        ("MaaS平台", "maas-token-volume", null, null), ("日均tokens消耗份额", "self-developed-model-token-share", null, null),
        ("日均Token消耗份额", "self-developed-model-token-share", null, null), ("cloud infrastructure service", "cloud-infrastructure-revenue", null, null),
        ("capex", "capital-expenditure", null, null), ("capital expenditure", "capital-expenditure", null, null),
        ("资本开支", "capital-expenditure", null, null), ("資本開支", "capital-expenditure", null, null), ("资本支出", "capital-expenditure", null, null),
        ("資本支出", "capital-expenditure", null, null), ("云智能集团收入", "cloud-segment-revenue", null, null),
        ("雲智能集團收入", "cloud-segment-revenue", null, null), ("cloud segment", "cloud-segment-revenue", null, null),
        ("Microsoft Cloud revenue", "cloud-segment-revenue", null, null), ("Google Cloud revenue", "cloud-segment-revenue", null, null),
        ("AWS revenue", "cloud-segment-revenue", null, null),
        ("日活", "active-users", null, null), ("DAU", "active-users", null, null), ("daily active", "active-users", null, null),
        ("月活", "active-users", ScopeKeys.Measure, "monthly"), ("MAU", "active-users", ScopeKeys.Measure, "monthly"),
        ("monthly active", "active-users", ScopeKeys.Measure, "monthly"),
        ("TPM", "serving-capacity", ScopeKeys.Measure, "tpm"), ("吞吐", "serving-capacity", null, null), ("throughput", "serving-capacity", null, null),
        ("调用量(MaaS)", "maas-token-volume", null, null), ("調用量(MaaS)", "maas-token-volume", null, null), ("全链路", "full-stack-cloud-revenue", null, null),
        ("全鏈路", "full-stack-cloud-revenue", null, null),
        ("吐字间隔", "serving-latency", ScopeKeys.Measure, "inter-token"), ("吐字間隔", "serving-latency", ScopeKeys.Measure, "inter-token"), ("latency", "serving-latency", null, null),
        ("时延", "serving-latency", null, null), ("延迟", "serving-latency", null, null), ("延遲", "serving-latency", null, null),
        ("首字", "serving-latency", ScopeKeys.Measure, "time-to-first-token"), ("time to first token", "serving-latency", ScopeKeys.Measure, "time-to-first-token"),
        ("RPM", "serving-capacity", ScopeKeys.Measure, "rpm"), ("requests per minute", "serving-capacity", ScopeKeys.Measure, "rpm"),
        ("外部企业客户", "maas-token-volume", null, null), ("外部企業客戶", "maas-token-volume", null, null),
        ("IaaS/PaaS", "cloud-infrastructure-revenue", ScopeKeys.PrivateCloud, "false"),
        ("total company revenue", "company-revenue", null, null), ("total revenue", "company-revenue", null, null),
        ("group revenue", "company-revenue", null, null), ("集团总收入", "company-revenue", null, null), ("集團總收入", "company-revenue", null, null),
        ("segment revenue", "cloud-segment-revenue", null, null),
        ("调整EBITA", "adjusted-ebita", null, null), ("調整EBITA", "adjusted-ebita", null, null), ("调整 EBITA", "adjusted-ebita", null, null),
        ("調整 EBITA", "adjusted-ebita", null, null), ("adjusted EBITA", "adjusted-ebita", null, null),
        ("operating income", "operating-profit", null, null), ("operating profit", "operating-profit", null, null),
        ("经营利润", "operating-profit", null, null), ("經營利潤", "operating-profit", null, null), ("営業利益", "operating-profit", null, null),
        ("毛利率", "gross-margin", null, null), ("gross margin", "gross-margin", null, null), ("粗利率", "gross-margin", null, null),
        ("operating margin", "operating-margin", null, null), ("营业利润率", "operating-margin", null, null), ("營業利潤率", "operating-margin", null, null),
        ("経常利益率", "operating-margin", null, null), ("営業利益率", "operating-margin", null, null),
        ("backlog", "revenue-backlog", null, null), ("remaining performance obligation", "revenue-backlog", null, null), ("RPO", "revenue-backlog", null, null),
        ("未履约", "revenue-backlog", null, null), ("未履約", "revenue-backlog", null, null), ("受注残", "revenue-backlog", null, null),
        ("AI业务收入", "ai-revenue", null, null), ("AI業務收入", "ai-revenue", null, null), ("AI相关产品收入", "ai-revenue", null, null),
        ("AI相關產品收入", "ai-revenue", null, null), ("AI-related product revenue", "ai-revenue", null, null),
        ("AI应用收入", "ai-revenue", null, null), ("AI應用收入", "ai-revenue", null, null), ("AI新业务收入", "ai-revenue", null, null),
        ("AI新業務收入", "ai-revenue", null, null), ("AI原生营销服务收入", "ai-revenue", null, null), ("AI原生營銷服務收入", "ai-revenue", null, null),
        ("AI云收入", "cloud-segment-revenue", null, null), ("AI雲收入", "cloud-segment-revenue", null, null),
        ("下载量", "downloads", null, null), ("下載量", "downloads", null, null), ("ダウンロード", "downloads", null, null), ("downloads", "downloads", null, null),
        ("衍生模型", "derived-models", null, null), ("derivative models", "derived-models", null, null), ("derived models", "derived-models", null, null),
        ("AI总互动", "ai-interactions", null, null), ("AI總互動", "ai-interactions", null, null), ("AI互动", "ai-interactions", null, null),
        ("AI互動", "ai-interactions", null, null), ("AI interactions", "ai-interactions", null, null),
    ];

    // Cues that decide only for a figure of one dimension (a share of daily token calls, a growth rate in percent): the same
    // words beside a token count or an amount name something else.
    private static readonly (string Cue, string BasisId, string Dimension, string? Measure)[] DimensionCues =
    [
        ("enterprise-grade AI usage", "self-developed-model-token-share", "share", null), ("企业级大模型日均调用", "self-developed-model-token-share", "share", null),
        ("企業級大模型日均調用", "self-developed-model-token-share", "share", null), ("日均tokens消耗", "self-developed-model-token-share", "share", null),
        ("日均Token消耗", "self-developed-model-token-share", "share", null),
        ("MaaS市场", "maas-revenue", "money", null), ("MaaS市場", "maas-revenue", "money", null), ("MaaS market", "maas-revenue", "money", null),
        ("大模型调用量", "maas-token-volume", "token-count", null), ("大模型調用量", "maas-token-volume", "token-count", null),
        ("中标项目数量和金额", "llm-tender-wins", "rank", "count-and-amount"), ("中標項目數量和金額", "llm-tender-wins", "rank", "count-and-amount"),
        ("可服务", "serving-capacity", "count", "users-served"), ("可服務", "serving-capacity", "count", "users-served"),
        ("云厂商", "vendor-count", "count", null), ("云廠商", "vendor-count", "count", null), ("雲廠商", "vendor-count", "count", null),
        ("市场空间", "growth-multiple", "multiple", "market-size"), ("市場空間", "growth-multiple", "multiple", "market-size"),
        ("revenue growth", "growth-rate", "share", "revenue"), ("growth rate", "growth-rate", "share", "unstated"), ("增长率", "growth-rate", "share", "unstated"),
        ("增長率", "growth-rate", "share", "unstated"), ("年增率", "growth-rate", "share", "unstated"), ("同比增长", "growth-rate", "share", "unstated"),
        ("同比增長", "growth-rate", "share", "unstated"), ("成長率", "growth-rate", "share", "unstated"), ("成长率", "growth-rate", "share", "unstated"),
    ];

    /// <summary>Proposes a basis.</summary>
    /// <remarks>A figure of change (<c>成長24%</c>) beside a cue for a level basis (<c>資本支出</c>) is put on the basis of change its
    /// unit calls for, with <c>measure=</c> that level basis. A claim by Synergy Research Group in money or percent with no other
    /// cue is on <c>cloud-infrastructure-revenue</c>, the market Synergy's quarterly figures size.</remarks>
    /// <param name="figure">The figure as printed (its unit and its words of change count as cues).</param>
    /// <param name="scopeNotes">The claim's scope notes, or <see langword="null"/>.</param>
    /// <param name="subject">The subject as printed, or <see langword="null"/>.</param>
    /// <param name="publisher">The publisher's name, or <see langword="null"/>.</param>
    /// <param name="registry">The bases that may be proposed; <see langword="null"/> for <see cref="MetricBasisRegistry.Default"/>.</param>
    /// <param name="claimant">The claimant as printed (the firm that made the claim, a cue too), or <see langword="null"/>.</param>
    /// <returns>The proposal, or the candidates when none decides.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static BasisInference Infer(Figure figure, string? scopeNotes, string? subject, string? publisher, MetricBasisRegistry? registry = null, string? claimant = null) =>
        Infer(figure, scopeNotes, subject, publisher, registry, claimant, explain: true);

    // explain: false leaves the reason empty and, when no basis is proposed, the candidates too (the extractor reads only the
    // basis and its cues); the basis and the cues are the same either way.
    internal static BasisInference Infer(Figure figure, string? scopeNotes, string? subject, string? publisher, MetricBasisRegistry? registry, string? claimant, bool explain) =>
        Infer(figure, scopeNotes, null, subject, publisher, registry, claimant, explain);

    // scopeNoteCues: the cues of the scope notes when the caller has found them already (CuesIn over a part of a text it
    // searched once, see CuesAt), or null to search the scope notes here; the same bits either way.
    internal static BasisInference Infer(Figure figure, string? scopeNotes, ulong[]? scopeNoteCues, string? subject, string? publisher, MetricBasisRegistry? registry, string? claimant, bool explain)
    {
        ArgumentNullException.ThrowIfNull(figure);
        registry ??= MetricBasisRegistry.Default;
        Dimension dimension = figure.Unit.Dimension;
        var cues = new List<string>();
        var chosen = new List<(MetricBasis Basis, string? Key, string? Value)>();
        var measured = new List<(MetricBasis Basis, string Cue)>();

        void Consider(string where, string? text, ulong[]? given = null)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            ulong[] found = given ?? CuesIn(text);
            for (int c = NextFound(found, 0, Cues.Length); c < Cues.Length; c = NextFound(found, c + 1, Cues.Length))
            {
                (string cue, string basisId, string? key, string? value) = Cues[c];
                if (!IsFound(found, c) || !registry.TryFind(basisId, out MetricBasis? basis))
                {
                    continue;
                }

                if (basis.Accepts(dimension) && basis.MeasuresChange == figure.IsChange)
                {
                    cues.Add(where + ": " + cue);
                    if (IndexOf(chosen, basisId) < 0)
                    {
                        chosen.Add((basis, key, value));
                    }
                }
                else if (!basis.MeasuresChange && IndexOf(measured, basisId) < 0)
                {
                    // A level basis the figure cannot be on: what a change (成長24%, beside 資本支出) is a change of.
                    measured.Add((basis, where + ": " + cue));
                }
            }

            // Not in the value: its own words of change already say it is a change, not of what.
            for (int c = NextFound(found, Cues.Length, Cues.Length + DimensionCues.Length) - Cues.Length; where != "value" && c < DimensionCues.Length;
                c = NextFound(found, Cues.Length + c + 1, Cues.Length + DimensionCues.Length) - Cues.Length)
            {
                (string cue, string basisId, string only, string? measure) = DimensionCues[c];
                if (dimension.Id == only && IsFound(found, Cues.Length + c) && registry.TryFind(basisId, out MetricBasis? basis))
                {
                    cues.Add(where + ": " + cue);
                    int same = IndexOf(chosen, basisId);
                    if (same < 0)
                    {
                        chosen.Add((basis, measure is null ? null : ScopeKeys.Measure, measure));
                    }
                    else if (measure is not null && chosen[same].Key is null)
                    {
                        // The basis named by a general cue (中標) and, more narrowly, by this one (中標項目數量和金額): its measure.
                        chosen[same] = (basis, ScopeKeys.Measure, measure);
                    }
                }
            }
        }

        Consider("scope_notes", scopeNotes, scopeNoteCues);
        Consider("subject", subject);
        Consider("value", figure.Text);
        if (publisher is not null && (publisher.Contains("Omdia", StringComparison.OrdinalIgnoreCase) || publisher.Contains("IDC", StringComparison.Ordinal))
            && chosen.Count == 0 && dimension.Equals(Dimension.Money) && registry.TryFind(MetricBasis.AnalystAiCloudRevenue.Id, out MetricBasis? analyst)
            && (scopeNotes ?? string.Empty).Contains("AI", StringComparison.OrdinalIgnoreCase))
        {
            cues.Add("publisher: " + publisher);
            chosen.Add((analyst, null, null));
        }

        // Synergy Research Group's quarterly market figures and shares are of cloud infrastructure services.
        foreach ((string where, string? firm) in new[] { ("claimant", claimant), ("publisher", publisher) })
        {
            if (chosen.Count == 0 && measured.Count == 0 && !figure.IsChange && firm is not null
                && firm.Contains("Synergy", StringComparison.OrdinalIgnoreCase) && (dimension.Equals(Dimension.Money) || dimension.Equals(Dimension.Share))
                && registry.TryFind(MetricBasis.CloudInfrastructureRevenue.Id, out MetricBasis? synergy))
            {
                cues.Add(where + ": " + firm);
                chosen.Add((synergy, null, null));
            }
        }

        // The revenue of a vendor's named cloud segment ("Intelligent Cloud", "Microsoft Cloud", subject; "revenue" in the value or
        // the scope notes): that segment's revenue as reported. A run rate, a guidance or a backlog is another figure: not decided.
        if (chosen.Count == 0 && measured.Count == 0 && !figure.IsChange && dimension.Equals(Dimension.Money) && SegmentCue(subject, scopeNotes, figure.Text) is { } segment
            && registry.TryFind(MetricBasis.CloudSegmentRevenue.Id, out MetricBasis? segmentBasis))
        {
            cues.Add(segment);
            chosen.Add((segmentBasis, null, null));
        }

        // A multiple of what other subjects have (同规格模型的2.7倍, "8x its peers") compares two subjects at one time: no growth.
        if (chosen.Count == 0 && dimension.Equals(Dimension.Multiple) && PeerCue(scopeNotes, figure.Text) is { } peer)
        {
            return new BasisInference(null, [peer], [],
                $"The multiple compares with other subjects ('{peer}'), not a change over time: no basis takes it; state one.");
        }

        // The unit alone decides where only one basis takes it: a price per token, a change in percent or in points, a multiple.
        if (chosen.Count == 0)
        {
            string? byUnit = dimension.Equals(Dimension.UnitPrice) ? MetricBasis.ModelUnitPrice.Id
                : dimension.Equals(Dimension.Duration) ? MetricBasis.ServingLatency.Id
                : figure.IsChange && dimension.Equals(Dimension.Share) ? MetricBasis.GrowthRate.Id
                : figure.IsChange && dimension.Equals(Dimension.PercentagePoints) ? MetricBasis.ShareChange.Id
                : dimension.Equals(Dimension.Multiple) ? MetricBasis.GrowthMultiple.Id
                : null;
            if (byUnit is not null && registry.TryFind(byUnit, out MetricBasis? unitBasis))
            {
                cues.Add("unit: " + figure.Unit.Symbol + (figure.IsChange ? " (a change)" : string.Empty));

                // The unit says a change, not of what: the measure is left unstated rather than the basis's default (revenue).
                chosen.Add(unitBasis.MeasuresChange && measured.Count == 0 ? (unitBasis, ScopeKeys.Measure, "unstated") : (unitBasis, null, null));
            }
        }

        if (chosen.Count == 1)
        {
            (MetricBasis basis, string? key, string? value) = chosen[0];
            if (key is not null && value is not null)
            {
                basis = basis.WithScope(key, value);
            }

            if (basis.Id == MetricBasis.LlmTenderWinsByCount.Id && dimension.Equals(Dimension.Money))
            {
                basis = basis.WithScope(ScopeKeys.Measure, "amount");
            }

            if (basis.MeasuresChange && measured.Count > 1)
            {
                string[] of = [.. measured.Select(m => m.Basis.Id)];
                return !explain ? new BasisInference(null, cues, [], string.Empty) : new BasisInference(null, cues, of,
                    $"A change of what: the cues name {string.Join(" and ", measured.Select(m => m.Cue))} ({string.Join(" or ", of)}); state the basis.");
            }

            if (basis.MeasuresChange && measured.Count == 1)
            {
                cues.Add(measured[0].Cue);
                basis = basis.WithScope(ScopeKeys.Measure, measured[0].Basis.Id);
            }

            return new BasisInference(basis, cues, [], explain ? $"Basis '{basis.Id}' inferred from {string.Join(", ", cues)}." : string.Empty);
        }

        if (!explain)
        {
            return new BasisInference(null, cues, [], string.Empty);
        }

        if (chosen.Count > 1)
        {
            string[] ids = [.. chosen.Select(c => c.Basis.Id)];
            return new BasisInference(null, cues, ids,
                $"The cues point to more than one basis ({string.Join(", ", cues)}: {string.Join(" or ", ids)}); state the basis.");
        }

        string[] possible = [.. registry.Bases.Where(b => b.Accepts(dimension) && b.MeasuresChange == figure.IsChange).Select(b => b.Id).Distinct()];
        string named = measured.Count == 0 ? string.Empty
            : $" ({string.Join(", ", measured.Select(m => m.Cue))} names {string.Join(" or ", measured.Select(m => m.Basis.Id))}, which takes no figure in '{figure.Unit.Symbol}')";
        return new BasisInference(null, cues, possible, possible.Length == 0
            ? $"No basis takes a figure in '{figure.Unit.Symbol}'{named}; state one."
            : $"No cue in the scope notes, subject or value decides the basis{named}; a figure in '{figure.Unit.Symbol}' may be on {string.Join(", ", possible)}: state it.");
    }

    // Cloud segments as the vendors' results name them (subject, whole, ignoring case).
    private static readonly string[] Segments =
        ["Intelligent Cloud", "Microsoft Cloud", "Google Cloud", "AWS", "Amazon Web Services", "Cloud Intelligence Group", "阿里云智能集团", "阿里雲智能集團", "云智能集团", "雲智能集團"];

    private static readonly string[] RevenueWords = ["revenue", "revenues", "收入", "营收", "營收"];

    private static readonly string[] NotTheSegmentsRevenue =
        ["annualized", "annualised", "run rate", "run-rate", "guidance", "outlook", "backlog", "forecast", "expected", "estimate", "年化", "指引", "预计", "預計", "AI", "growth", "share"];

    private static string? SegmentCue(string? subject, string? scopeNotes, string? value)
    {
        string name = subject?.Trim() ?? string.Empty;
        if (Array.FindIndex(Segments, s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)) < 0)
        {
            return null;
        }

        if (HasWord(scopeNotes, NotTheSegmentsRevenue) is not null || HasWord(value, NotTheSegmentsRevenue) is not null)
        {
            return null;
        }

        foreach ((string where, string? text) in (ReadOnlySpan<(string, string?)>)[("scope_notes", scopeNotes), ("value", value)])
        {
            if (HasWord(text, RevenueWords) is { } word)
            {
                return $"subject: {name} (a cloud segment), {where}: {word}";
            }
        }

        return null;
    }

    // The first of the words the text holds, ignoring case; a Latin word only as a whole word.
    private static string? HasWord(string? text, string[] words) => IndexOfWord(text, words, out string word) >= 0 ? word : null;

    /// <summary>Where the text holds the first of the words that it holds (ignoring case; a Latin word only where no letter
    /// touches it), or -1; <paramref name="word"/> is that word of the list.</summary>
    internal static int IndexOfWord(string? text, string[] words, out string word)
    {
        word = string.Empty;
        if (string.IsNullOrEmpty(text))
        {
            return -1;
        }

        foreach (string candidate in words)
        {
            for (int at = text.IndexOf(candidate, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(candidate, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + candidate.Length;
                if (!char.IsAsciiLetter(candidate[0])
                    || ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (end == text.Length || !char.IsAsciiLetter(text[end]) || !char.IsAsciiLetter(candidate[^1]))))
                {
                    word = candidate;
                    return at;
                }
            }
        }

        return -1;
    }

    // Words that compare a figure with another subject's (比行业低99%, 较豆包1.5 pro降低53.3%, "cheaper than"): a difference
    // between two subjects at one time, not a change over time.
    private static readonly string[] ComparisonCues =
    [
        "比", "较", "較", "相比", "对比", "對比", "than", "versus", "vs", "compared", "relative", "industry", "行业", "行業", "同规格", "同規格", "同类",
        "同類", "相对", "相對", "竞品", "競品", "peers", "rivals", "competitors",
    ];

    /// <summary>A change in percent stated on a level basis that takes no share (a price: <c>降幅达到了85%</c> on
    /// <c>model-unit-price</c>) is a change of that level: <c>growth-rate</c> with <c>measure=</c> the stated basis. Not when the
    /// value or scope notes compare with another subject (<c>比行业低99%</c>, <c>较豆包1.5 pro</c>), nor on a basis that takes a
    /// share (a percent change of a share may be in points or relative), nor for a change in points or a multiple.</summary>
    /// <param name="stated">The basis as stated.</param>
    /// <param name="figure">The figure, a change.</param>
    /// <param name="value">The value as printed (the figure's words of comparison may stand outside the figure's own text).</param>
    /// <param name="scopeNotes">The scope notes, or <see langword="null"/>.</param>
    /// <param name="reason">Why, for the record's <c>basis.inferred</c> note.</param>
    /// <returns>The basis of change, or <see langword="null"/> to leave the claim as stated (and refused).</returns>
    internal static MetricBasis? ChangeOfStatedLevel(MetricBasis stated, Figure figure, string value, string? scopeNotes, out string reason)
    {
        reason = string.Empty;
        if (!figure.IsChange || stated.MeasuresChange || stated.Accepts(Dimension.Share) || !figure.Unit.Dimension.Equals(Dimension.Share)
            || HasWord(value, ComparisonCues) is not null || HasWord(figure.Text, ComparisonCues) is not null || HasWord(scopeNotes, ComparisonCues) is not null)
        {
            return null;
        }

        reason = $"'{value}' is a change of the stated basis '{stated.Id}': basis '{MetricBasis.GrowthRate.Id}' with measure={stated.Id}.";
        return MetricBasis.GrowthRate.WithScope(ScopeKeys.Measure, stated.Id);
    }

    private static readonly string[] PeerCues = ["同规格", "同規格", "同类", "同類", "相对", "相對", "竞品", "競品", "peers", "rivals", "competitors"];

    private static string? PeerCue(string? scopeNotes, string? value)
    {
        foreach (string cue in PeerCues)
        {
            if ((scopeNotes ?? string.Empty).Contains(cue, StringComparison.OrdinalIgnoreCase) || (value ?? string.Empty).Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return cue;
            }
        }

        return null;
    }
}
