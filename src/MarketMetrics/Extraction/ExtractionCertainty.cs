namespace MarketMetrics.Extraction;

/// <summary>How sure a claim extractor is of one field it proposes.</summary>
public enum ExtractionCertainty
{
    /// <summary>No field was proposed: the text gives no cue for it.</summary>
    None = 0,

    /// <summary>Taken from a weak cue that a person should check (a name far from the figure, the article's own publisher
    /// standing in for a claimant).</summary>
    Guessed,

    /// <summary>Derived by a rule from words printed elsewhere than the figure's own clause (the sentence before, a basis the
    /// article states for the same vendor, a period's year applied to 全年).</summary>
    Inferred,

    /// <summary>Printed in the figure's own clause.</summary>
    Stated,
}
