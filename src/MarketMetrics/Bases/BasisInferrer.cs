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
public static class BasisInferrer
{
    // Cue → basis id (and a scope entry it implies). Matched case-insensitively in scope notes, subject, value and publisher.
    private static readonly (string Cue, string BasisId, string? ScopeKey, string? ScopeValue)[] Cues =
    [
        ("不包含自有业务", "maas-token-volume", null, null), ("不包含自有業務", "maas-token-volume", null, null), ("不含自有业务", "maas-token-volume", null, null),
        ("不含自有業務", "maas-token-volume", null, null), ("基于MaaS", "maas-token-volume", null, null), ("基於MaaS", "maas-token-volume", null, null),
        ("MaaS形态", "maas-token-volume", null, null), ("MaaS形態", "maas-token-volume", null, null), ("公有云大模型调用", "maas-token-volume", null, null),
        ("公有雲大模型調用", "maas-token-volume", null, null), ("公有云上大模型调用", "maas-token-volume", null, null), ("MaaS token", "maas-token-volume", null, null),
        ("public-cloud LLM calls", "maas-token-volume", null, null), ("excludes internal", "maas-token-volume", null, null),
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
        ("TPM", "serving-capacity", null, null), ("吞吐", "serving-capacity", null, null), ("throughput", "serving-capacity", null, null),
        ("吐字间隔", "serving-latency", null, null), ("吐字間隔", "serving-latency", null, null), ("latency", "serving-latency", null, null),
        ("时延", "serving-latency", null, null), ("延迟", "serving-latency", null, null), ("延遲", "serving-latency", null, null),
        ("首字", "serving-latency", ScopeKeys.Measure, "time-to-first-token"), ("time to first token", "serving-latency", ScopeKeys.Measure, "time-to-first-token"),
    ];

    /// <summary>Proposes a basis.</summary>
    /// <param name="figure">The figure as printed (its unit and its words of change count as cues).</param>
    /// <param name="scopeNotes">The claim's scope notes, or <see langword="null"/>.</param>
    /// <param name="subject">The subject as printed, or <see langword="null"/>.</param>
    /// <param name="publisher">The publisher's name, or <see langword="null"/>.</param>
    /// <param name="registry">The bases that may be proposed; <see langword="null"/> for <see cref="MetricBasisRegistry.Default"/>.</param>
    /// <returns>The proposal, or the candidates when none decides.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static BasisInference Infer(Figure figure, string? scopeNotes, string? subject, string? publisher, MetricBasisRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        registry ??= MetricBasisRegistry.Default;
        Dimension dimension = figure.Unit.Dimension;
        var cues = new List<string>();
        var chosen = new List<(MetricBasis Basis, string? Key, string? Value)>();

        void Consider(string where, string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach ((string cue, string basisId, string? key, string? value) in Cues)
            {
                if (text.Contains(cue, StringComparison.OrdinalIgnoreCase) && registry.TryFind(basisId, out MetricBasis? basis) && basis.Accepts(dimension)
                    && basis.MeasuresChange == figure.IsChange)
                {
                    cues.Add(where + ": " + cue);
                    if (!chosen.Exists(c => c.Basis.Id == basisId))
                    {
                        chosen.Add((basis, key, value));
                    }
                }
            }
        }

        Consider("scope_notes", scopeNotes);
        Consider("subject", subject);
        Consider("value", figure.Text);
        if (publisher is not null && (publisher.Contains("Omdia", StringComparison.OrdinalIgnoreCase) || publisher.Contains("IDC", StringComparison.Ordinal))
            && chosen.Count == 0 && dimension.Equals(Dimension.Money) && registry.TryFind(MetricBasis.AnalystAiCloudRevenue.Id, out MetricBasis? analyst)
            && (scopeNotes ?? string.Empty).Contains("AI", StringComparison.OrdinalIgnoreCase))
        {
            cues.Add("publisher: " + publisher);
            chosen.Add((analyst, null, null));
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
                chosen.Add((unitBasis, null, null));
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

            return new BasisInference(basis, cues, [], $"Basis '{basis.Id}' inferred from {string.Join(", ", cues)}.");
        }

        if (chosen.Count > 1)
        {
            string[] ids = [.. chosen.Select(c => c.Basis.Id)];
            return new BasisInference(null, cues, ids,
                $"The cues point to more than one basis ({string.Join(", ", cues)}: {string.Join(" or ", ids)}); state the basis.");
        }

        string[] possible = [.. registry.Bases.Where(b => b.Accepts(dimension) && b.MeasuresChange == figure.IsChange).Select(b => b.Id).Distinct()];
        return new BasisInference(null, cues, possible, possible.Length == 0
            ? $"No basis takes a figure in '{figure.Unit.Symbol}'; state one."
            : $"No cue in the scope notes, subject or value decides the basis; a figure in '{figure.Unit.Symbol}' may be on {string.Join(", ", possible)}: state it.");
    }
}
