using System.Text;

namespace MarketMetrics.Extraction;

/// <summary>
/// A claim proposed from running text: the figure as printed (read by the strict parser), and for every other column of
/// a claims file the value proposed, its cue and how sure the extractor is. A person reviews it; <c>marketmetrics
/// normalize</c> reads it like any claims row.
/// </summary>
public sealed class ExtractedClaim
{
    /// <summary>Gets the claim's id (<c>x-001</c> …, in the order of the text).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the value for the claims file: the figure as printed; or the number joined with a unit printed apart from
    /// it — after describing words (<c>500萬初始並發TPM</c> → <c>500萬TPM</c>), before it as the measure's unit
    /// (<c>日均Tokens使用量已超16.4萬億</c> → <c>超16.4萬億Tokens</c>), or the unit of the figure it is compared with; or
    /// <c>第一</c> for a claim to lead printed as 領先. The scope notes say which.</summary>
    public required string Value { get; init; }

    /// <summary>Gets the figure the strict parser read from <see cref="Value"/>.</summary>
    public required Figure Figure { get; init; }

    /// <summary>Gets where the printed figure starts in the text (UTF-16 index).</summary>
    public required int Start { get; init; }

    /// <summary>Gets the printed figure's length in the text.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the figure's line, from 1.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the figure's column on its line, from 1.</summary>
    public required int Column { get; init; }

    /// <summary>Gets the sentence the figure stands in, as printed.</summary>
    public required string Quote { get; init; }

    /// <summary>Gets who or what the figure is about: an alias as printed, or <c>market</c>.</summary>
    public required ExtractedField Subject { get; init; }

    /// <summary>Gets who makes the claim.</summary>
    public required ExtractedField Claimant { get; init; }

    /// <summary>Gets the basis id (口径) proposed from cue words.</summary>
    public required ExtractedField Basis { get; init; }

    /// <summary>Gets scope entries (<c>k=v;…</c>) the words imply, such as <c>measure=count-and-amount</c>.</summary>
    public required ExtractedField Scope { get; init; }

    /// <summary>Gets the period as printed (or as a rule completed it).</summary>
    public required ExtractedField Period { get; init; }

    /// <summary>Gets the aggregation (<c>daily-average</c>, <c>total</c>).</summary>
    public required ExtractedField Aggregation { get; init; }

    /// <summary>Gets the market id the words name.</summary>
    public required ExtractedField Market { get; init; }

    /// <summary>Gets the status (<c>forecast</c>, <c>estimate</c>); none means reported.</summary>
    public required ExtractedField Status { get; init; }

    /// <summary>Gets who published the figure: the source the text names for it (IDC, 沙利文), else the text's publisher.</summary>
    public required ExtractedField Publisher { get; init; }

    /// <summary>Gets the publisher's kind: an analyst firm or a vendor named in the alias table, else the context's.</summary>
    public required PublisherKind PublisherKind { get; init; }

    /// <summary>Gets when the text was published, from the context.</summary>
    public PublishedDate? Published { get; init; }

    /// <summary>Gets where the text came from, from the context.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the text's language tag, from the context.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the claim's scope notes: the words of the figure's clause that say what is counted.</summary>
    public required string ScopeNotes { get; init; }

    /// <summary>Describes every proposed field with its certainty and cue, for the claims file's cue column.</summary>
    /// <returns>For example <c>subject=火山引擎 (stated: …); period=2025年上半年 (inferred: …)</c>.</returns>
    public string DescribeCues()
    {
        var text = new StringBuilder();
        void Add(string name, ExtractedField field)
        {
            if (field.Value is null)
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(name).Append('=').Append(field.Value).Append(" (").Append(ContractNames.Of(field.Certainty));
            if (!string.IsNullOrEmpty(field.Cue))
            {
                text.Append(": ").Append(field.Cue);
            }

            text.Append(')');
        }

        Add("subject", Subject);
        Add("claimant", Claimant);
        Add("basis", Basis);
        Add("scope", Scope);
        Add("period", Period);
        Add("aggregation", Aggregation);
        Add("market", Market);
        Add("status", Status);
        Add("publisher", Publisher);
        return text.ToString();
    }

    /// <summary>Returns the id, subject and value.</summary>
    /// <returns>For example <c>x-003: 火山引擎 46.4%</c>.</returns>
    public override string ToString() => $"{Id}: {Subject.Value ?? "?"} {Value}";
}
