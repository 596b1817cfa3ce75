using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MarketMetrics.Parsing;

public sealed partial class QuantityParser
{
    private ParseError? Assemble(ReadOnlySpan<char> text, ReadOnlySpan<char> s, int[] map, Scratch scratch, out ParsedFigure figure)
    {
        figure = default;
        List<Token> tokens = scratch.Tokens;
        List<Part> parts = scratch.Parts;
        Part? current = null;
        FigureQualifier? pendingQualifier = null;
        int pendingQualifierAt = -1;
        int pendingStart = -1;
        string? pendingCurrency = null;
        decimal pendingCurrencyMultiplier = 1m;
        decimal? pendingPercent = null;
        bool pendingRangeOpen = false;
        bool afterConnector = false, afterJoin = false;
        TokenKind? previousKind = null;
        int previousEnd = -1;

        List<NumberToken> numbers = scratch.Numbers;
        foreach (ref readonly Token token in CollectionsMarshal.AsSpan(tokens))
        {
            NumberToken number = token.Kind == TokenKind.Number ? numbers[token.Number] : default;
            bool adjacent = previousKind == TokenKind.Number || (previousKind == TokenKind.Word && current is not null && previousEnd <= token.Start && current.End == previousEnd);
            switch (token.Kind)
            {
                case TokenKind.Number when current is { AwaitingPer: true } && number.Value > 0m:
                    current.PerTokens = (current.PerTokens ?? 1m) * number.Value;
                    current.End = token.End;
                    break;

                case TokenKind.Number:
                    current = scratch.NewPart();
                    current.Value = number.Value;
                    current.FewHigh = number.FewHigh;
                    current.FractionOnly = number.FractionOnly;
                    current.Unit = token.Rank ? Units.Rank : null;
                    current.Start = pendingStart >= 0 ? pendingStart : token.Start;
                    current.End = token.End;
                    current.ScaleText = number.ScaleText;
                    current.ScaleMultiplier = number.ScaleMultiplier;
                    current.Before = pendingQualifier ?? (number.Approximate ? FigureQualifier.About : null);
                    current.Currency = pendingCurrency;
                    current.Percent = pendingPercent;
                    current.RangeOpen = pendingRangeOpen;
                    current.LinkToPrevious = afterConnector ? Link.Range : afterJoin ? Link.Join : Link.None;
                    if (pendingCurrencyMultiplier != 1m)
                    {
                        current.Value *= pendingCurrencyMultiplier;
                    }

                    parts.Add(current);
                    pendingQualifier = null;
                    pendingCurrency = null;
                    pendingCurrencyMultiplier = 1m;
                    pendingPercent = null;
                    pendingRangeOpen = false;
                    pendingStart = -1;
                    afterConnector = afterJoin = false;
                    break;

                case TokenKind.Word:
                    LexEntry entry = token.Entry!;
                    switch (entry.Kind)
                    {
                        case WordKind.Scale when current is { AwaitingPer: true }:
                            current.PerTokens = (current.PerTokens ?? 1m) * entry.Multiplier;
                            current.End = token.End;
                            break;
                        case WordKind.Scale when current is not null && !current.Closed && OnlySpacesBetween(s, current.End, token.Start):
                            current.Value *= entry.Multiplier;
                            current.ScaleText = ScaleTexts.Concat(current.ScaleText, s[token.Start..token.End]);
                            current.ScaleMultiplier *= entry.Multiplier;
                            current.FewHigh *= entry.Multiplier;
                            current.End = token.End;
                            break;
                        case WordKind.QualifierAfter when current is not null && !afterConnector:
                            if (entry.Qualifier == FigureQualifier.Exact && (current.After ?? current.Before) is FigureQualifier.Over or FigureQualifier.Under)
                            {
                                // "more than 5000 or equal to": the bound includes its value.
                                current.After = (current.After ?? current.Before) == FigureQualifier.Over ? FigureQualifier.AtLeast : FigureQualifier.AtMost;
                            }
                            else if (current.After is null)
                            {
                                current.After = entry.Qualifier;
                            }

                            current.End = token.End;
                            break;
                        case WordKind.CurrencySubunit when current is not null && current.Subunit is null && current.Currency is null && current.Unit is null:
                            current.Subunit = entry.Multiplier;
                            current.End = token.End;
                            break;
                        case WordKind.QualifierBefore:
                            if (pendingQualifier is FigureQualifier.Over or FigureQualifier.Under && entry.Qualifier == FigureQualifier.Exact)
                            {
                                pendingQualifier = pendingQualifier == FigureQualifier.Over ? FigureQualifier.AtLeast : FigureQualifier.AtMost;
                            }
                            else if (entry.Qualifier == FigureQualifier.About && current is not null && current.End == token.Start && s[token.Start] == '~')
                            {
                                afterConnector = true;
                            }
                            else
                            {
                                pendingQualifier = entry.Qualifier;
                                pendingQualifierAt = token.Start;
                                pendingStart = pendingStart >= 0 ? pendingStart : token.Start;
                            }

                            break;
                        case WordKind.PercentPrefix:
                            pendingPercent = entry.Multiplier;
                            pendingStart = pendingStart >= 0 ? pendingStart : token.Start;
                            break;
                        case WordKind.PercentSuffix when current is not null && current.Percent is null && current.Unit is null:
                            current.Percent = entry.Multiplier;
                            current.Closed = true;
                            current.End = token.End;
                            break;
                        case WordKind.PercentagePoints when current is not null && current.Unit is null:
                            current.Unit = Units.PercentagePoint;
                            current.Closed = true;
                            current.End = token.End;
                            break;
                        case WordKind.CurrencyPrefix or WordKind.CurrencySuffix:
                            if (current is not null && current.Currency is null && current.Unit is null && adjacent && !afterConnector && !afterJoin)
                            {
                                current.Currency = entry.Currency;
                                current.Value *= entry.Multiplier;
                                current.CurrencyAfter = true;
                                current.End = token.End;
                            }
                            else
                            {
                                pendingCurrency = entry.Currency;
                                pendingCurrencyMultiplier = entry.Multiplier;
                                pendingStart = pendingStart >= 0 ? pendingStart : token.Start;
                            }

                            break;
                        case WordKind.Per when current is not null && current.Currency is not null:
                            current.AwaitingPer = true;
                            break;
                        case WordKind.Unit when current is not null && current.Unit is null:
                            if (current.AwaitingPer && entry.Unit == Units.Token)
                            {
                                current.PerTokens ??= 1m;
                                current.AwaitingPer = false;
                            }
                            else if (!current.AwaitingPer && current.PerTokens is null && current.Percent is null)
                            {
                                current.Unit = entry.Unit;
                            }

                            current.Closed = true;

                            current.End = token.End;
                            break;
                        case WordKind.RangeConnector when current is not null:
                            afterConnector = true;
                            break;
                        case WordKind.RangeOpen:
                            pendingRangeOpen = true;
                            break;
                        case WordKind.PairJoin when current is not null:
                            afterJoin = true;
                            break;
                        case WordKind.RangeClose when current is not null:
                            current.RangeClose = true;
                            break;
                    }

                    break;

                case TokenKind.Latin:
                    if (current is { AwaitingPer: true } && IsPriceWord(s.Slice(token.Start, token.End - token.Start)))
                    {
                        break;
                    }

                    if (current is not null && current.Unit is null && current.Currency is null && current.Percent is null && current.PerTokens is null
                        && token.Start - current.End <= 1 && OnlySpacesBetween(s, current.End, token.Start) && !Options.IgnoreUnknownWords)
                    {
                        return Failures.UnknownUnit(s, token.Start, token.End, map[token.Start]);
                    }

                    break;
            }

            previousKind = token.Kind;
            previousEnd = token.End;
        }

        if (parts.Count == 0)
        {
            return pendingQualifier is not null
                ? Fail(ParseErrorCode.QualifierWithoutNumber, "The qualifier has no number to qualify.", map[Math.Max(0, pendingQualifierAt)])
                : Fail(ParseErrorCode.NoNumber, "No figure was found in the input.", 0);
        }

        List<Part> figures = Combine(parts, scratch.Combined);
        if (figures.Count > 1)
        {
            return Failures.Ambiguous(s, figures.Count, figures[0], figures[1], map[figures[1].Start]);
        }

        return Build(text, s, map, figures[0], out figure);
    }

    private static bool IsPriceWord(ReadOnlySpan<char> word) =>
        word.Equals("input", StringComparison.OrdinalIgnoreCase) || word.Equals("output", StringComparison.OrdinalIgnoreCase)
        || word.Equals("blended", StringComparison.OrdinalIgnoreCase) || word.Equals("cached", StringComparison.OrdinalIgnoreCase);

    // Scans backwards, so a token right after another one costs O(1): the parser stays linear in the input.
    private static bool OnlySpacesBetween(ReadOnlySpan<char> s, int from, int to)
    {
        for (int i = Math.Min(to, s.Length) - 1; i >= from; i--)
        {
            if (s[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // Joins ranges ("5-6亿元", "between 20 and 30", "20和30之间") and paired bounds ("大于10小于20") into single parts.
    private static List<Part> Combine(List<Part> parts, List<Part> result)
    {
        foreach (Part part in parts)
        {
            Part? last = result.Count > 0 ? result[^1] : null;
            if (last is { CurrencyAfter: true, High: null } && part.Currency is null && part.Unit is null && part.Percent is null
                && part.LinkToPrevious != Link.Range && part.Before is null && part.Value is >= 0m and < 100m)
            {
                // "3 dollars 50 cents", "五元三毛", "15 dollars 50": the minor unit (cents unless named otherwise).
                last.Value += part.Value * (part.Subunit ?? 0.01m);
                last.End = part.End;
                continue;
            }

            if (last is { High: null } && part.FractionOnly && part.LinkToPrevious == Link.Join && last.ScaleMultiplier > 1m)
            {
                // "3 million and a half": the fraction is of the last magnitude.
                last.Value += part.Value * last.ScaleMultiplier;
                last.End = part.End;
                continue;
            }

            if (last is not null && last.High is null)
            {
                bool isRange = part.LinkToPrevious == Link.Range
                    || (part.LinkToPrevious == Link.Join && (last.RangeOpen || part.RangeClose))
                    || (part.LinkToPrevious == Link.None && part.RangeClose && last.RangeOpen);
                bool isPair = !isRange && IsLower(last) != IsLower(part) && Direction(last) != 0 && Direction(part) != 0;
                if (isRange || isPair)
                {
                    last.High = part;
                    last.End = part.End;
                    continue;
                }
            }

            result.Add(part);
        }

        return result;
    }

    private static int Direction(Part part) => (part.After ?? part.Before) switch
    {
        FigureQualifier.Over or FigureQualifier.AtLeast => 1,
        FigureQualifier.Under or FigureQualifier.AtMost or FigureQualifier.Nearly => -1,
        _ => 0,
    };

    private static bool IsLower(Part part) => Direction(part) > 0;

    private static ParseError? Build(ReadOnlySpan<char> text, ReadOnlySpan<char> s, int[] map, Part part, out ParsedFigure figure)
    {
        figure = default;
        if (part.High is { } high)
        {
            // A range's unit, currency, percent and scale, written once after the second number, apply to both.
            Part low = part;
            if (low.Currency is null && low.Unit is null && low.Percent is null)
            {
                low.Currency = high.Currency;
                low.Unit = high.Unit;
                low.Percent = high.Percent;
                low.PerTokens = high.PerTokens;
            }
            else if (high.Currency is null && high.Unit is null && high.Percent is null)
            {
                high.Currency = low.Currency;
                high.Unit = low.Unit;
                high.Percent = low.Percent;
                high.PerTokens = low.PerTokens;
            }
            if (low.ScaleText is null && high.ScaleText is not null && Direction(low) == 0)
            {
                low.Value *= high.ScaleMultiplier;
                low.ScaleText = high.ScaleText;
                low.ScaleMultiplier = high.ScaleMultiplier;
            }
        }

        if (part.PerTokens is <= 0m || part.High?.PerTokens is <= 0m)
        {
            return Fail(ParseErrorCode.InvalidNumber, "A price per no tokens at all (the token count rounds to zero).", map[part.Start]);
        }

        if (!TryResolveUnit(part, out Unit unit, out decimal factor))
        {
            return Fail(ParseErrorCode.InvalidRange, "The two ends of the range are in different units.", map[part.Start]);
        }

        ParseError? intervalError = ToInterval(part, factor, map, out Interval interval, out FigureQualifier qualifier);
        if (intervalError is not null)
        {
            return intervalError;
        }

        if (IsNonNegative(unit) && ((!interval.Low.IsUnbounded && interval.Low.Value < 0m) || (!interval.High.IsUnbounded && interval.High.Value < 0m)))
        {
            return Failures.Negative(unit, map[part.Start]);
        }

        ScaleWord? scale = part.ScaleText is null ? null : ScaleTexts.Word(part.ScaleText.Trim(), part.ScaleMultiplier);
        int start = map[part.Start];
        int end = Math.Max(start, map[Math.Min(part.End, s.Length)]);
        ReadOnlySpan<char> printed = text[start..end];
        int leading = printed.Length - printed.TrimStart().Length;
        if (!unit.IsCanonical && !FitsCanonical(unit, interval))
        {
            return Failures.CanonicalOverflow(unit, map[part.Start]);
        }

        figure = new ParsedFigure(interval, unit, qualifier, scale, start + leading, printed.Trim().Length);
        return null;
    }

    // The interval and qualifier of a part (and of its upper end, for a range or a pair of bounds), in the resolved unit.
    private static ParseError? ToInterval(Part part, decimal factor, int[] map, out Interval interval, out FigureQualifier qualifier)
    {
        interval = default;
        qualifier = default;
        try
        {
            decimal lowValue = part.Value * factor;
            if (part.High is { } upper)
            {
                decimal highValue = upper.Value * factor;
                int lowDirection = Direction(part), highDirection = Direction(upper);
                if (lowDirection == 0 && highDirection == 0)
                {
                    if (lowValue > highValue)
                    {
                        return Failures.RangeReversed(lowValue, highValue, map[upper.Start]);
                    }

                    interval = Interval.Closed(lowValue, highValue);
                }
                else
                {
                    // A pair of bounds: whichever part points up is the low end.
                    (Part lowPart, decimal lv, Part highPart, decimal hv) = lowDirection > 0 || highDirection < 0
                        ? (part, lowValue, upper, highValue)
                        : (upper, highValue, part, lowValue);
                    bool lowInclusive = (lowPart.After ?? lowPart.Before) != FigureQualifier.Over;
                    bool highInclusive = (highPart.After ?? highPart.Before) == FigureQualifier.AtMost;
                    if (lv > hv || (lv == hv && !(lowInclusive && highInclusive)))
                    {
                        return Failures.EmptyBounds(lv, hv, map[upper.Start]);
                    }

                    interval = new Interval(Bound.Create(lv, lowInclusive), Bound.Create(hv, highInclusive));
                }

                qualifier = FigureQualifier.Range;
            }
            else if (part.FewHigh is { } fewHigh && fewHigh * factor > lowValue)
            {
                // 几 in a digit place: strictly between the round number and the next step of that place.
                interval = new Interval(Bound.Exclusive(lowValue), Bound.Exclusive(fewHigh * factor));
                qualifier = FigureQualifier.Range;
            }
            else
            {
                qualifier = part.After ?? part.Before ?? FigureQualifier.Exact;
                interval = qualifier switch
                {
                    FigureQualifier.Over => Interval.GreaterThan(lowValue),
                    FigureQualifier.AtLeast => Interval.AtLeast(lowValue),
                    FigureQualifier.Nearly or FigureQualifier.Under => Interval.LessThan(lowValue),
                    FigureQualifier.AtMost => Interval.AtMost(lowValue),
                    _ => Interval.Exactly(lowValue),
                };
            }
        }
        catch (OverflowException)
        {
            return Fail(ParseErrorCode.Overflow, "The figure is beyond the range of decimal (about 7.9×10^28).", map[part.Start]);
        }

        return null;
    }

    private static bool FitsCanonical(Unit unit, Interval interval)
    {
        try
        {
            _ = unit.Convert(interval, unit.Canonical);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // The parser only makes units of the built-in dimensions, so comparing instances is enough.
    private static bool IsNonNegative(Unit unit)
    {
        Dimension d = unit.Dimension;
        return ReferenceEquals(d, Dimension.TokenCount) || ReferenceEquals(d, Dimension.UnitPrice) || ReferenceEquals(d, Dimension.Count)
            || ReferenceEquals(d, Dimension.Duration) || ReferenceEquals(d, Dimension.TokenRate);
    }

    private static bool TryResolveUnit(Part part, out Unit unit, out decimal factor)
    {
        unit = Resolve(part, out factor);
        if (part.High is { } high)
        {
            Unit other = Resolve(high, out decimal otherFactor);
            if (!other.Equals(unit) || otherFactor != factor)
            {
                return false;
            }
        }

        return true;

        static Unit Resolve(Part p, out decimal factor)
        {
            factor = 1m;
            if (p.Percent is { } percent)
            {
                factor = percent;
                return Units.Percent;
            }

            if (p.Currency is { } currency)
            {
                return p.PerTokens is { } per ? Units.PricePerTokens(currency, per) : Units.Currency(currency);
            }

            return p.Unit ?? Units.One;
        }
    }

    // Failure messages are built here, out of line: their string builders would otherwise take room in the frames of the
    // methods above, which the runtime clears on every call, failing or not.
    private static class Failures
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError UnknownUnit(ReadOnlySpan<char> s, int start, int end, int position) =>
            Fail(ParseErrorCode.UnknownUnit, $"'{s[start..end]}' after the number is no known unit, currency or scale word.", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError Ambiguous(ReadOnlySpan<char> s, int count, Part first, Part second, int position) =>
            Fail(ParseErrorCode.Ambiguous,
                $"The input holds {count} figures ('{s[first.Start..first.End]}' and '{s[second.Start..second.End]}'); split it or say which one is meant.",
                position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError RangeReversed(decimal low, decimal high, int position) =>
            Fail(ParseErrorCode.InvalidRange, $"The range starts at {Invariant(low)}, above its end {Invariant(high)}.", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError EmptyBounds(decimal low, decimal high, int position) =>
            Fail(ParseErrorCode.InvalidRange, $"The bounds {Invariant(low)} and {Invariant(high)} leave no value between them.", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError Negative(Unit unit, int position) =>
            Fail(ParseErrorCode.Negative, $"A figure in '{unit.Symbol}' cannot be negative.", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError CanonicalOverflow(Unit unit, int position) =>
            Fail(ParseErrorCode.Overflow, $"In '{unit.Canonical.Symbol}' the figure is beyond the range of decimal.", position);
    }

    private enum Link : byte
    {
        None,
        Range,
        Join,
    }

    private sealed class Part
    {
        /// <summary>Clears every field, for reuse from <see cref="Scratch"/>.</summary>
        public void Reset()
        {
            Value = 0m;
            Start = End = 0;
            ScaleText = null;
            ScaleMultiplier = 1m;
            Before = After = null;
            Currency = null;
            PerTokens = null;
            AwaitingPer = Closed = CurrencyAfter = FractionOnly = RangeOpen = RangeClose = false;
            FewHigh = Subunit = Percent = null;
            Unit = null;
            LinkToPrevious = Link.None;
            High = null;
        }

        public decimal Value { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        public string? ScaleText { get; set; }

        public decimal ScaleMultiplier { get; set; } = 1m;

        public FigureQualifier? Before { get; set; }

        public FigureQualifier? After { get; set; }

        public string? Currency { get; set; }

        public decimal? PerTokens { get; set; }

        public bool AwaitingPer { get; set; }

        public bool Closed { get; set; }

        public decimal? FewHigh { get; set; }

        public bool CurrencyAfter { get; set; }

        public bool FractionOnly { get; set; }

        public decimal? Subunit { get; set; }

        public decimal? Percent { get; set; }

        public Unit? Unit { get; set; }

        public bool RangeOpen { get; set; }

        public bool RangeClose { get; set; }

        public Link LinkToPrevious { get; set; }

        public Part? High { get; set; }
    }
}
