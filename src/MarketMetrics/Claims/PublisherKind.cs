namespace MarketMetrics;

/// <summary>Who published a claim; an analyst's estimate and a vendor's advert carry different weight.</summary>
public enum PublisherKind
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>The vendor about itself (an advert, a keynote, a press release).</summary>
    Vendor,

    /// <summary>An analyst firm (IDC, Frost &amp; Sullivan, Canalys …).</summary>
    Analyst,

    /// <summary>A news outlet, including its own estimates.</summary>
    Media,

    /// <summary>A regulatory filing (annual report, prospectus).</summary>
    Filing,
}
