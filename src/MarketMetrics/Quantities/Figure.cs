namespace MarketMetrics;

/// <summary>
/// A claimed figure: an exact <see cref="Interval"/> in a <see cref="Unit"/>, the <see cref="FigureQualifier"/>
/// it was printed with, the magnitude word it used and the text as printed.
/// "超5000億Tokens" is (5×10¹¹, +∞) token, qualifier <see cref="FigureQualifier.Over"/>, scale 億.
/// </summary>
/// <remarks>
/// <para>Equality is strict and structural: value, unit, qualifier, modifiers, scale word and text all take part, so
/// 20-40 ms is not equal to 0.02-0.04 s. Use <see cref="IsEquivalentTo"/> to ask whether two figures state the
/// same amount.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Figure : IEquatable<Figure>
{
    /// <summary>Creates a figure.</summary>
    /// <param name="value">The value in <paramref name="unit"/>, scale word already applied.</param>
    /// <param name="unit">The unit the value is in.</param>
    /// <param name="qualifier">How it was qualified; it must fit the interval's shape (see remarks of <see cref="FigureQualifier"/>).</param>
    /// <param name="scale">The magnitude word as printed, if any.</param>
    /// <param name="text">The figure as printed, if known.</param>
    /// <exception cref="ArgumentException">The qualifier does not fit the interval, e.g. <see cref="FigureQualifier.Over"/>
    /// with an included or missing low end.</exception>
    public Figure(Interval value, Unit unit, FigureQualifier qualifier = FigureQualifier.Exact, ScaleWord? scale = null, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string? problem = CheckShape(value, qualifier);
        if (problem is not null)
        {
            throw new ArgumentException($"Qualifier '{qualifier}' does not fit the interval {value}: {problem}", nameof(qualifier));
        }

        Value = value;
        Unit = unit;
        Qualifier = qualifier;
        Scale = scale;
        Text = text;
    }

    /// <summary>Gets the value in <see cref="Unit"/>.</summary>
    public Interval Value { get; }

    /// <summary>Gets the unit the value is in.</summary>
    public Unit Unit { get; }

    /// <summary>
    /// Gets the value of the lower bound in <see cref="Unit"/>, or <see langword="null"/> when the figure has none
    /// ("under 5%"). Whether the bound itself is included ("over" excludes it) is <c>Value.Low.IsInclusive</c>.
    /// </summary>
    public decimal? Low => Value.Low.ValueOrNull;

    /// <summary>
    /// Gets the value of the upper bound in <see cref="Unit"/>, or <see langword="null"/> when the figure has none
    /// ("超5000亿" has no upper bound). Whether the bound itself is included is <c>Value.High.IsInclusive</c>.
    /// </summary>
    public decimal? High => Value.High.ValueOrNull;

    /// <summary>Gets how the figure was qualified.</summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>Gets the magnitude word as printed, or <see langword="null"/>.</summary>
    public ScaleWord? Scale { get; }

    /// <summary>Gets the figure as printed, or <see langword="null"/> when it was built in code.</summary>
    public string? Text { get; }

    /// <summary>Gets the modifier words applied when the figure was read: a direction of change, a change basis, a forecast
    /// word, an approximate bound, a token direction. <see cref="FigureModifiers.None"/> for a plain level.</summary>
    public FigureModifiers Modifiers { get; init; }

    /// <summary>Gets a value indicating whether the figure states a change (增长, 下降, grew, decreased by), not a level.</summary>
    public bool IsChange => (Modifiers & FigureModifiers.Change) != 0;

    /// <summary>Gets a value indicating whether the figure is approximate (<see cref="FigureQualifier.About"/>).</summary>
    public bool IsApproximate => Qualifier == FigureQualifier.About;

    /// <summary>Converts to the canonical unit of the figure's dimension (ms → s, CNY/1K token → CNY/token).</summary>
    /// <returns>The figure in the canonical unit, keeping qualifier, scale word and text.</returns>
    /// <exception cref="OverflowException">A bound is beyond the range of <see cref="decimal"/>.</exception>
    public Figure ToCanonical() => Unit.IsCanonical ? this : ConvertTo(Unit.Canonical);

    /// <summary>Converts to another unit of the same dimension.</summary>
    /// <param name="target">The unit to convert to.</param>
    /// <returns>The figure in <paramref name="target"/>, keeping qualifier, scale word and text.</returns>
    /// <exception cref="ArgumentException">The units measure different things.</exception>
    /// <exception cref="OverflowException">A bound is beyond the range of <see cref="decimal"/>.</exception>
    public Figure ConvertTo(Unit target)
    {
        Interval converted = Unit.Convert(Value, target);
        return new Figure(converted, target, FitQualifier(converted, Qualifier), Scale, Text) { Modifiers = Modifiers };
    }

    /// <summary>Converts money or a price to another currency with an explicit, dated rate.</summary>
    /// <param name="rate">The rate; its <see cref="FxRate.From"/> must be this figure's currency.</param>
    /// <returns>The figure in the canonical unit of the target currency.</returns>
    /// <exception cref="ArgumentException">The figure is not money or a price, or the rate is for another currency.</exception>
    public Figure ConvertCurrency(FxRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (Unit.Currency is null)
        {
            throw new ArgumentException($"'{Unit.Symbol}' is not a money or price unit.", nameof(rate));
        }

        if (!string.Equals(Unit.Currency, rate.From, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The rate converts {rate.From}, but the figure is in {Unit.Currency}.", nameof(rate));
        }

        Figure canonical = ToCanonical();
        Unit target = Unit.Dimension.Equals(Dimension.UnitPrice) ? Units.PricePerToken(rate.To) : Units.Currency(rate.To);
        Interval converted = canonical.Value.Scale(rate.Rate);
        return new Figure(converted, target, FitQualifier(converted, Qualifier), Scale, Text) { Modifiers = Modifiers };
    }

    /// <summary>Whether both figures state the same amount: same canonical unit and equal canonical intervals.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns><see langword="true"/> when the amounts are the same, whatever the units and wording.</returns>
    public bool IsEquivalentTo(Figure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Unit.CanConvertTo(other.Unit) && ToCanonical().Value.Equals(other.ToCanonical().Value);
    }

    /// <inheritdoc />
    public bool Equals(Figure? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Value.Equals(other.Value)
            && Unit.Equals(other.Unit)
            && Qualifier == other.Qualifier
            && Modifiers == other.Modifiers
            && Equals(Scale, other.Scale)
            && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Figure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit, Qualifier, Scale);

    /// <summary>Formats as interval and unit, e.g. <c>(500000000000, +∞) token</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value + " " + Unit.Symbol;

    // A conversion that does not terminate (1 CNY per 3 tokens) turns a point into a one-digit-wide range.
    private static FigureQualifier FitQualifier(Interval value, FigureQualifier qualifier) =>
        CheckShape(value, qualifier) is null ? qualifier
        : value.IsBounded ? FigureQualifier.Range
        : !value.Low.IsUnbounded ? (value.Low.IsInclusive ? FigureQualifier.AtLeast : FigureQualifier.Over)
        : value.High.IsInclusive ? FigureQualifier.AtMost : FigureQualifier.Under;

    private static string? CheckShape(Interval value, FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact or FigureQualifier.About => value.IsPoint ? null : "it must be a single value",
        FigureQualifier.Over => !value.Low.IsUnbounded && !value.Low.IsInclusive ? null : "it needs an excluded low end",
        FigureQualifier.AtLeast => !value.Low.IsUnbounded && value.Low.IsInclusive ? null : "it needs an included low end",
        FigureQualifier.Nearly or FigureQualifier.Under => !value.High.IsUnbounded && !value.High.IsInclusive ? null : "it needs an excluded high end",
        FigureQualifier.AtMost => !value.High.IsUnbounded && value.High.IsInclusive ? null : "it needs an included high end",
        FigureQualifier.Range => value.IsBounded ? null : "both ends must be finite",
        _ => "unknown qualifier",
    };
}
