namespace MarketMetrics.Parsing;

/// <summary>The stable JSON names of <see cref="ParseErrorCode"/> values.</summary>
public static class ParseErrorCodes
{
    /// <summary>Gets the JSON name of a code, e.g. <c>qualifier-without-number</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not defined.</exception>
    public static string ToName(ParseErrorCode code) => code switch
    {
        ParseErrorCode.Empty => "empty",
        ParseErrorCode.NoNumber => "no-number",
        ParseErrorCode.QualifierWithoutNumber => "qualifier-without-number",
        ParseErrorCode.Ambiguous => "ambiguous",
        ParseErrorCode.Overflow => "overflow",
        ParseErrorCode.Negative => "negative",
        ParseErrorCode.TooLong => "too-long",
        ParseErrorCode.UnknownUnit => "unknown-unit",
        ParseErrorCode.InvalidNumber => "invalid-number",
        ParseErrorCode.InvalidRange => "invalid-range",
        ParseErrorCode.AmbiguousScale => "ambiguous-scale",
        ParseErrorCode.InvalidPeriod => "invalid-period",
        ParseErrorCode.UnknownFiscalCalendar => "unknown-fiscal-calendar",
        ParseErrorCode.UnknownWord => "unknown-word",
        ParseErrorCode.ContradictoryQualifiers => "contradictory-qualifiers",
        ParseErrorCode.NeedsPublishedDate => "needs-published-date",
        ParseErrorCode.PublishedDateTooCoarse => "published-date-too-coarse",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown parse error code."),
    };
}
