namespace MarketMetrics;

/// <summary>The stable names that the library's enums take in JSON and CSV output — a public contract.</summary>
public static class ContractNames
{
    /// <summary>Gets the name of a qualifier: <c>exact, over, at-least, nearly, under, at-most, about, range</c>.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.Over => "over",
        FigureQualifier.AtLeast => "at-least",
        FigureQualifier.Nearly => "nearly",
        FigureQualifier.Under => "under",
        FigureQualifier.AtMost => "at-most",
        FigureQualifier.About => "about",
        FigureQualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>Gets the name of an aggregation: <c>unspecified, total, daily-average, point-in-time, annualized-run-rate</c>.</summary>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Unspecified => "unspecified",
        Aggregation.Total => "total",
        Aggregation.DailyAverage => "daily-average",
        Aggregation.PointInTime => "point-in-time",
        Aggregation.AnnualizedRunRate => "annualized-run-rate",
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };

    /// <summary>Gets the name of a period kind: <c>year, half, quarter, month, day, date-range, fiscal-year, fiscal-quarter, fiscal-half</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => "year",
        PeriodKind.Half => "half",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Month => "month",
        PeriodKind.Day => "day",
        PeriodKind.DateRange => "date-range",
        PeriodKind.FiscalYear => "fiscal-year",
        PeriodKind.FiscalQuarter => "fiscal-quarter",
        PeriodKind.FiscalHalf => "fiscal-half",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Gets the name of a status: <c>reported, estimate, forecast, derived</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(FigureStatus status) => status switch
    {
        FigureStatus.Reported => "reported",
        FigureStatus.Estimate => "estimate",
        FigureStatus.Forecast => "forecast",
        FigureStatus.Derived => "derived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Gets the name of a publisher kind: <c>unknown, vendor, analyst, media, filing</c>.</summary>
    /// <param name="kind">The publisher kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(PublisherKind kind) => kind switch
    {
        PublisherKind.Unknown => "unknown",
        PublisherKind.Vendor => "vendor",
        PublisherKind.Analyst => "analyst",
        PublisherKind.Media => "media",
        PublisherKind.Filing => "filing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Gets the names of the modifiers set in <paramref name="modifiers"/>, in declaration order:
    /// <c>change, decrease, year-on-year, period-on-period, forecast, approximate-bound, input-tokens, output-tokens,
    /// cached-input-tokens</c>.</summary>
    /// <param name="modifiers">The modifiers.</param>
    /// <returns>The names; empty for <see cref="FigureModifiers.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bit that no modifier defines is set.</exception>
    public static IReadOnlyList<string> Of(FigureModifiers modifiers)
    {
        if (modifiers == FigureModifiers.None)
        {
            return [];
        }

        const FigureModifiers all = FigureModifiers.Change | FigureModifiers.Decrease | FigureModifiers.YearOnYear | FigureModifiers.PeriodOnPeriod
            | FigureModifiers.Forecast | FigureModifiers.ApproximateBound | FigureModifiers.InputTokens | FigureModifiers.OutputTokens
            | FigureModifiers.CachedInputTokens;
        if ((modifiers & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(modifiers), modifiers, null);
        }

        var names = new List<string>(2);
        foreach ((FigureModifiers flag, string name) in ModifierNames)
        {
            if ((modifiers & flag) != 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static readonly (FigureModifiers Flag, string Name)[] ModifierNames =
    [
        (FigureModifiers.Change, "change"), (FigureModifiers.Decrease, "decrease"), (FigureModifiers.YearOnYear, "year-on-year"),
        (FigureModifiers.PeriodOnPeriod, "period-on-period"), (FigureModifiers.Forecast, "forecast"),
        (FigureModifiers.ApproximateBound, "approximate-bound"), (FigureModifiers.InputTokens, "input-tokens"),
        (FigureModifiers.OutputTokens, "output-tokens"), (FigureModifiers.CachedInputTokens, "cached-input-tokens"),
    ];

    /// <summary>Gets the name of an entity kind: <c>vendor, model-family, publisher, market, group</c>.</summary>
    /// <param name="kind">The entity kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Vendor => "vendor",
        EntityKind.ModelFamily => "model-family",
        EntityKind.Publisher => "publisher",
        EntityKind.Market => "market",
        EntityKind.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Gets the name of an extraction certainty: <c>none, guessed, inferred, stated</c>.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Of(Extraction.ExtractionCertainty certainty) => certainty switch
    {
        Extraction.ExtractionCertainty.None => "none",
        Extraction.ExtractionCertainty.Guessed => "guessed",
        Extraction.ExtractionCertainty.Inferred => "inferred",
        Extraction.ExtractionCertainty.Stated => "stated",
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, null),
    };
}
