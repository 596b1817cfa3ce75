namespace MarketMetrics;

/// <summary>
/// The market of a share that names none, read from explicit words only: a share on <c>cloud-infrastructure-revenue</c> (the
/// market Synergy, Canalys and Gartner size) whose scope notes or quote say worldwide (<c>worldwide</c>, <c>global</c>, <c>全球</c>,
/// <c>世界</c>, <c>グローバル</c>) is a share of <see cref="Market.WorldCloudInfrastructure"/>. A word that narrows the market (a
/// region such as China or Europe, <c>excluding</c>, <c>outside</c>, <c>除</c>, <c>以外</c>) leaves the market unknown, and so does
/// a text with no such word: the share is then refused for want of its denominator.
/// </summary>
internal static class MarketCues
{
    private static readonly string[] Worldwide = ["worldwide", "world-wide", "global", "全球", "世界", "グローバル"];

    private static readonly string[] Narrowing =
    [
        "china", "chinese", "中国", "中國", "asia", "apac", "亚太", "亞太", "アジア", "europe", "emea", "欧洲", "歐洲", "america", "u.s.",
        "united states", "美国", "美國", "japan", "日本", "国内", "國內", "region", "excluding", "outside", "except", "ex-", "除", "以外",
        "不含", "不包括",
    ];

    /// <summary>Reads the market of a share from the claim's own words.</summary>
    /// <param name="claim">The claim, with no market.</param>
    /// <param name="market">The market read.</param>
    /// <param name="note">Where it was read, for the record's <c>market.inferred</c> note.</param>
    /// <returns>Whether a market was read.</returns>
    public static bool TryInfer(Claim claim, out Market market, out string note)
    {
        market = Market.WorldCloudInfrastructure;
        note = string.Empty;
        if (claim.Market is not null || !string.Equals(claim.Basis.Id, MetricBasis.CloudInfrastructureRevenue.Id, StringComparison.Ordinal)
            || Contains(claim.ScopeNotes, Narrowing) is not null || Contains(claim.Quote, Narrowing) is not null)
        {
            return false;
        }

        (string where, string? cue) = Contains(claim.ScopeNotes, Worldwide) is { } inNotes ? ("scope notes", inNotes) : ("quote", Contains(claim.Quote, Worldwide));
        if (cue is null)
        {
            return false;
        }

        note = $"market {market.Id}: the share is on {claim.Basis.Id} and the {where} say '{cue}'.";
        return true;
    }

    // The first of the words the text holds (ignoring case; a Latin word only as a whole word), as printed, or null.
    private static string? Contains(string? text, string[] words) =>
        BasisInferrer.IndexOfWord(text, words, out string word) is var at and >= 0 ? text!.Substring(at, word.Length) : null;
}
