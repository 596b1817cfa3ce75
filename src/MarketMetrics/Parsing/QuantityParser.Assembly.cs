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
        bool pendingApproximate = false;
        int pendingQualifierAt = -1;
        int pendingQualifierEnd = -1;
        int pendingStart = -1;
        string? pendingCurrency = null;
        bool pendingGenericDollar = false;
        decimal pendingCurrencyMultiplier = 1m;
        decimal? pendingPercent = null;
        bool pendingRangeOpen = false;
        bool pendingFrom = false;
        bool afterConnector = false, afterJoin = false;
        TokenKind? previousKind = null;
        LexEntry? previousEntry = null;
        int previousEnd = -1;

        // What the words around the figure say: they apply to the one figure of the field, or the parse fails.
        var words = new AppliedWords();

        NumberTokens numbers = scratch.Numbers;
        foreach (ref readonly Token token in CollectionsMarshal.AsSpan(tokens))
        {
            NumberToken number = token.Kind == TokenKind.Number ? numbers[token.Number] : default;
            bool adjacent = previousKind == TokenKind.Number || (previousKind == TokenKind.Word && current is not null && previousEnd <= token.Start && current.End == previousEnd);
            switch (token.Kind)
            {
                case TokenKind.Number when words.PerFirstOpen:
                    // "每百万tokens 4元": the denominator comes first.
                    words.PerFirstTokens = (words.PerFirstTokens ?? 1m) * number.Value;
                    words.Touch(token.Start, token.End);
                    break;

                case TokenKind.Number when current is { AwaitingPer: true } && number.Value > 0m:
                    current.PerTokens = (current.PerTokens ?? 1m) * number.Value;
                    current.End = token.End;
                    break;

                case TokenKind.Number:
                    if (pendingQualifier is not null && pendingQualifierEnd < token.Start && s[pendingQualifierEnd..token.Start].Contains('的'))
                    {
                        // "低于当时行业价格的99.3%": the bound is of another figure, the share of it is this one.
                        return Failures.Unknown(ParseErrorCode.UnknownWord, s, pendingQualifierAt, token.End, map[pendingQualifierAt],
                            "the qualifier bounds another figure, of which this one is a part; state the comparison as a change or a level");
                    }

                    if (pendingQualifier is not null && pendingQualifierEnd < token.Start && UnreadWordBetween(tokens, pendingQualifierEnd, token.Start, s) is { } between)
                    {
                        // "over the year 30%", "约翰份额30%": a word the parser does not read stands between the qualifier and the
                        // number, so the qualifier may bound something else; it is not applied to this figure unseen.
                        return Failures.Unknown(ParseErrorCode.UnknownWord, s, pendingQualifierAt, token.End, map[pendingQualifierAt],
                            $"the qualifier stands apart from the number, with '{between}' between them, which it may bound instead; write the qualifier next to the figure");
                    }

                    RareNumber rare = numbers.Rare(number);
                    current = scratch.NewPart();
                    current.Value = number.Value;
                    current.FewHigh = rare.FewHigh;
                    current.FractionOnly = number.FractionOnly;
                    current.Bare = number.Bare;
                    current.PlaceMultiplier = rare.PlaceMultiplier;
                    current.HasMagnitude = number.HasMagnitude;
                    current.Unit = token.Rank ? Units.Rank : null;
                    current.Start = pendingStart >= 0 ? pendingStart : token.Start;
                    current.End = token.End;
                    current.ScaleText = rare.ScaleText;
                    current.ScaleMultiplier = rare.ScaleMultiplier;
                    current.Before = pendingQualifier ?? (number.Approximate ? FigureQualifier.About : null);
                    // "over a third": a bound at a rounded value (0.333…3) is marked approximate, never stated as exact.
                    current.ApproximateBound = pendingApproximate || (pendingQualifier is not null and not FigureQualifier.About && number.Approximate);
                    current.Currency = pendingCurrency;
                    current.GenericDollar = pendingGenericDollar;
                    current.Percent = pendingPercent;
                    current.RangeOpen = pendingRangeOpen;
                    current.From = pendingFrom;
                    current.LinkToPrevious = afterConnector ? Link.Range : afterJoin ? Link.Join : Link.None;
                    current.DirectionBefore = words.Direction != 0;
                    if (words.PerFirstTokens is { } perFirst && !words.PerFirstOpen)
                    {
                        current.PerTokens = perFirst;
                        words.PerFirstTokens = null;
                        words.PerFirstUsed = true;
                    }

                    if (pendingCurrencyMultiplier != 1m)
                    {
                        current.Value *= pendingCurrencyMultiplier;
                    }

                    parts.Add(current);
                    pendingQualifier = null;
                    pendingApproximate = false;
                    pendingCurrency = null;
                    pendingGenericDollar = false;
                    pendingCurrencyMultiplier = 1m;
                    pendingPercent = null;
                    pendingRangeOpen = false;
                    pendingFrom = false;
                    pendingStart = -1;
                    afterConnector = afterJoin = false;
                    break;

                case TokenKind.Word:
                    LexEntry entry = token.Entry!;
                    if (entry.Kind is WordKind.QualifierBefore or WordKind.Direction && NegationBefore(s, token.Start) is { } negation)
                    {
                        // "并非超过", "not over": a negated bound or change is no reading the parser may pass over as context.
                        return Failures.Unknown(ParseErrorCode.UnknownWord, s, negation, token.End, map[negation],
                            "a word of negation stands before the qualifier or word of change, which it turns around; write the bound itself (不超过, at most)");
                    }

                    switch (entry.Kind)
                    {
                        case WordKind.Scale when words.PerFirstOpen:
                            words.PerFirstTokens = (words.PerFirstTokens ?? 1m) * entry.Multiplier;
                            words.Touch(token.Start, token.End);
                            break;
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
                            else if (!TryCombine(current.After.Value, entry.Qualifier, out FigureQualifier combined, out bool approximate))
                            {
                                return Failures.Contradictory(s, token.Start, token.End, map[token.Start]);
                            }
                            else
                            {
                                current.After = combined;
                                current.ApproximateBound |= approximate;
                            }

                            current.End = token.End;
                            break;
                        case WordKind.CurrencySubunit when current is not null && current.Subunit is null && current.Currency is null && current.Unit is null && current.Percent is null:
                            if (parts.Count >= 2 && parts[^2] is { CurrencyAfter: true, High: null } && ReferenceEquals(parts[^1], current))
                            {
                                current.Subunit = entry.Multiplier; // "五元三毛", "3 dollars 50 cents": joined to the figure before
                            }
                            else if (entry.Yuan)
                            {
                                // 5毛, 0.8分/千tokens: a fraction of a yuan. 分 and 厘 also mean minutes and points; they count as money in a price only.
                                current.Currency = "CNY";
                                current.Value *= entry.Multiplier;
                                current.CurrencyAfter = true;
                                current.MinorPriceOnly = entry.Multiplier < 0.1m;
                            }
                            else
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], "a minor unit of no named currency; write the currency (美分 → 0.01 USD)");
                            }

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
                            else if (pendingQualifier is { } outer)
                            {
                                // "超过约5亿": the outer qualifier holds, and its bound is approximate.
                                if (!TryCombine(outer, entry.Qualifier, out FigureQualifier combined, out bool approximate))
                                {
                                    return Failures.Contradictory(s, token.Start, token.End, map[token.Start]);
                                }

                                pendingQualifier = combined;
                                pendingApproximate |= approximate;
                            }
                            else
                            {
                                pendingQualifier = entry.Qualifier;
                                pendingQualifierAt = token.Start;
                                pendingStart = pendingStart >= 0 ? pendingStart : token.Start;
                            }

                            pendingQualifierEnd = token.End;
                            words.Modifiers |= entry.Modifiers; // 将突破: an outlook
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
                            current.Unit = entry.Unit ?? Units.PercentagePoint;
                            current.Closed = true;
                            current.End = token.End;
                            break;
                        case WordKind.CurrencyPrefix when current is { AwaitingPer: true }:
                            // "$0.000456 / $0.00184 per 1M": a second price, not a denominator.
                            current.AwaitingPer = false;
                            current.Closed = true;
                            pendingCurrency = entry.Currency;
                            pendingGenericDollar = entry.Text == "$";
                            pendingCurrencyMultiplier = entry.Multiplier;
                            pendingStart = token.Start;
                            break;
                        case WordKind.CurrencyPrefix or WordKind.CurrencySuffix:
                            if (current is not null && current.Currency is not null && current.Unit is null && adjacent && !afterConnector && !afterJoin
                                && current.PerTokens is null && !current.AwaitingPer && OnlySpacesBetween(s, current.End, token.Start))
                            {
                                // "$5 HKD": a bare dollar sign takes the code written after the figure; two different currencies fail.
                                if (current.GenericDollar && entry.Currency is "USD" or "HKD" or "TWD" or "SGD" or "CAD" or "AUD" or "NZD" or "MXN")
                                {
                                    current.Currency = entry.Currency;
                                    current.GenericDollar = false;
                                }
                                else if (entry.Text == "元" && current.Currency is "TWD" or "HKD" or "CNY" or "SGD")
                                {
                                    // "新台幣12.9兆元", "港幣100元": 元 is the unit word of the currency named before the figure.
                                }
                                else if (!string.Equals(current.Currency, entry.Currency, StringComparison.Ordinal))
                                {
                                    return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], $"a second currency after a figure in {current.Currency}");
                                }

                                current.End = token.End;
                            }
                            else if (current is not null && (current.Unit is not null || current.Percent is not null) && OnlySpacesBetween(s, current.End, token.Start)
                                && !afterConnector && !afterJoin)
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], $"a currency after a figure in {current.Describe()}");
                            }
                            else if (current is not null && current.Currency is null && current.Unit is null && adjacent && !afterConnector && !afterJoin)
                            {
                                current.Currency = entry.Currency;
                                current.Value *= entry.Multiplier;
                                current.CurrencyAfter = true;
                                current.End = token.End;
                            }
                            else
                            {
                                pendingCurrency = entry.Currency;
                                pendingGenericDollar = entry.Text == "$";
                                pendingCurrencyMultiplier = entry.Multiplier;
                                pendingStart = pendingStart >= 0 ? pendingStart : token.Start;
                            }

                            break;
                        case WordKind.Per when current is null:
                            if (s[token.Start] == '每')
                            {
                                if (words.PerFirstOpen || words.PerFirstTokens is not null)
                                {
                                    return Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, token.End, map[token.Start], "a second 每");
                                }

                                words.PerFirstOpen = true;
                                words.Touch(token.Start, token.End);
                            }

                            break;
                        case WordKind.Per when current!.Currency is not null && !current.AwaitingPer && current.PerTokens is null && current.Rate == RateTime.None:
                            current.AwaitingPer = true; // a price per tokens, or money per unit of time
                            break;
                        case WordKind.Per when current!.Currency is null && current.Unit is null && current.Percent is null && current.LinkToPrevious == Link.Range
                            && parts.Count >= 2 && parts[^2].Currency is not null && ReferenceEquals(parts[^1], current):
                            current.AwaitingPer = true; // the high end of a range of prices whose currency stands before the low end
                            break;
                        case WordKind.Per when ReferenceEquals(current!.Unit, Units.Token) && current.Rate == RateTime.None && !current.AwaitingRate:
                            current.AwaitingRate = true; // token/sec, tokens per day
                            break;
                        case WordKind.Per:
                            return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, Math.Min(s.Length, token.End + 8), map[token.Start],
                                $"a figure in {current!.Describe()} per something the parser does not read");
                        case WordKind.Unit when words.PerFirstOpen:
                            if (!ReferenceEquals(entry.Unit, Units.Token))
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], "a price per something other than tokens");
                            }

                            words.PerFirstOpen = false;
                            words.PerFirstTokens ??= 1m;
                            words.Touch(token.Start, token.End);
                            break;
                        case WordKind.Unit when current is { AwaitingPer: true }:
                            if (ReferenceEquals(entry.Unit, Units.Token))
                            {
                                current.PerTokens ??= 1m;
                            }
                            else if (ReferenceEquals(entry.Unit!.Dimension, Dimension.Duration) && current.PerTokens is null && ToRate(entry.Unit) is var time and not RateTime.None)
                            {
                                current.Rate = time; // "$5 / hour"
                            }
                            else
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], "a price per something other than tokens or time");
                            }

                            current.AwaitingPer = false;
                            current.Closed = true;
                            current.End = token.End;
                            break;
                        case WordKind.Unit when current is { AwaitingRate: true }:
                            if (ToRate(entry.Unit!) is var perTime and not RateTime.None)
                            {
                                current.Rate = perTime;
                                current.AwaitingRate = false;
                                current.End = token.End;
                                break;
                            }

                            return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], "tokens per something other than time");
                        case WordKind.Unit when current is not null && current.Unit is null:
                            if (current.PerTokens is null && current.Percent is null && current.Currency is null)
                            {
                                current.Unit = entry.Unit;
                            }
                            else if (OnlySpacesBetween(s, current.End, token.Start))
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], $"a second unit after a figure in {current.Describe()}");
                            }

                            current.Closed = true;
                            current.End = token.End;
                            break;
                        case WordKind.Unit when current is not null && OnlySpacesBetween(s, current.End, token.Start) && token.Start > current.End - 1:
                            return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], $"a second unit after a figure in {current.Describe()}");
                        case WordKind.RangeConnector when current is not null && s[token.Start] == '-' && token.End < s.Length && IsWordLetter(s[token.End]):
                            // "twelve-month", "5-year": a number inside a compound word describes the word, not a figure.
                            return Failures.Unknown(ParseErrorCode.UnknownWord, s, current.Start, Math.Min(s.Length, token.End + 6), map[current.Start],
                                "a number inside a compound word (a length of time, an age) is no figure; give the figure alone");
                        case WordKind.RangeConnector when current is not null:
                            afterConnector = true;
                            break;
                        case WordKind.Context when entry.EndsChange && current is not null:
                            // "从1200亿暴涨至超5000亿": the start of a change, then its end.
                            words.DirectionAfterFigure = true;
                            afterConnector = afterJoin = false;
                            current.Closed = true;
                            break;
                        case WordKind.RangeOpen:
                            pendingRangeOpen = true;
                            pendingFrom = entry.Text is "from" or "从" or "從";
                            break;
                        case WordKind.PairJoin when current is not null:
                            afterJoin = true;
                            break;
                        case WordKind.RangeClose when current is not null:
                            current.RangeClose = true;
                            break;
                        case WordKind.Rate when entry.Before && (current is null || !OnlySpacesBetween(s, current.End, token.Start) || current.Closed):
                            if (words.RateBefore != RateTime.None)
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, token.End, map[token.Start], "a second rate word");
                            }

                            words.RateBefore = entry.Rate;
                            words.Touch(token.Start, token.End);
                            break;
                        case WordKind.Rate when current is not null:
                            if (current.Rate != RateTime.None || words.RateBefore != RateTime.None || current.PerTokens is not null)
                            {
                                return Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, token.End, map[token.Start], "a second rate, or a rate of a price");
                            }

                            current.Rate = entry.Rate;
                            current.AwaitingPer = current.AwaitingRate = false;
                            current.End = token.End;
                            break;
                        case WordKind.Rate:
                            return Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, token.End, map[token.Start], "a rate word before any figure");
                        case WordKind.Direction:
                            int sign = (entry.Modifiers & FigureModifiers.Decrease) != 0 ? -1 : 1;
                            if (words.Direction != 0)
                            {
                                // "下降下降5%", "增长…下降": one figure has one direction of change.
                                return Failures.Contradictory(s, token.Start, token.End, map[token.Start]);
                            }

                            words.Direction = sign;
                            words.DirectionAfterFigure |= current is not null;
                            words.Modifiers |= entry.Modifiers;
                            words.Touch(token.Start, token.End);
                            break;
                        case WordKind.ChangeBasis or WordKind.Status:
                            words.Modifiers |= entry.Modifiers;
                            words.Touch(token.Start, token.End);
                            break;
                        case WordKind.TokenDirection:
                            if ((words.Modifiers & TokenDirections) != 0 && (words.Modifiers & TokenDirections) != entry.Modifiers)
                            {
                                return Failures.Unknown(ParseErrorCode.Ambiguous, s, token.Start, token.End, map[token.Start], "a second token direction (input and output prices are two figures)");
                            }

                            words.Modifiers |= entry.Modifiers;
                            words.Touch(token.Start, token.End);
                            break;
                        case WordKind.Refuse:
                            return Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, token.End, map[token.Start], entry.Reason!);
                    }

                    break;

                case TokenKind.Latin:
                    if (Options.IgnoreUnknownWords)
                    {
                        break;
                    }

                    if (words.PerFirstOpen || current is { AwaitingPer: true } or { AwaitingRate: true })
                    {
                        return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, token.End, map[token.Start], "a price or rate per something the parser does not read");
                    }

                    if (current is not null && ((token.Start - current.End <= 1 && OnlySpacesBetween(s, current.End, token.Start)) || AttachedAfter(s, current, previousKind, previousEntry, previousEnd, token.Start, 1)))
                    {
                        return current.Unit is null && current.Currency is null && current.Percent is null && current.PerTokens is null
                            ? Failures.UnknownUnit(s, token.Start, token.End, map[token.Start])
                            : Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, token.End, map[token.Start], "a word attached to the figure");
                    }

                    break;

                case TokenKind.Noise:
                    if (words.PerFirstOpen || current is { AwaitingPer: true } or { AwaitingRate: true })
                    {
                        if (IsAttachedWord(s, token.Start))
                        {
                            return Failures.Unknown(ParseErrorCode.UnknownUnit, s, token.Start, Math.Min(token.End, token.Start + 4), map[token.Start], "a price or rate per something the parser does not read");
                        }
                    }
                    else if (current is not null && IsAttachedWord(s, token.Start) && !Options.IgnoreUnknownWords
                        && (token.Start == current.End || (OnlySpacesBetween(s, current.End, token.Start) && IsOpen(current))
                            || AttachedAfter(s, current, previousKind, previousEntry, previousEnd, token.Start, 0)))
                    {
                        // A word right after the figure stands where its unit would: "5億円" must not be read as 5億.
                        return current.Unit is null && current.Currency is null && current.Percent is null && current.PerTokens is null && !current.Closed
                            ? Failures.UnknownUnit(s, token.Start, Math.Min(token.End, token.Start + 4), map[token.Start])
                            : Failures.Unknown(ParseErrorCode.UnknownWord, s, token.Start, Math.Min(token.End, token.Start + 4), map[token.Start], "a word attached to the figure");
                    }

                    break;
            }

            previousKind = token.Kind;
            previousEntry = token.Entry;
            previousEnd = token.End;
        }

        if (parts.Count == 0)
        {
            return pendingQualifier is not null
                ? Fail(ParseErrorCode.QualifierWithoutNumber, "The qualifier has no number to qualify.", map[Math.Max(0, pendingQualifierAt)])
                : Fail(ParseErrorCode.NoNumber, "No figure was found in the input.", 0);
        }

        if (pendingCurrency is not null || pendingQualifier is not null || pendingPercent is not null)
        {
            // A currency, qualifier or 百分之 after the last number qualifies nothing: "5倍円", "5亿 超".
            return Fail(ParseErrorCode.UnknownWord, $"'{s[Math.Max(0, pendingStart >= 0 ? pendingStart : pendingQualifierAt)..].Trim()}' follows the figure but applies to no number.", map[Math.Max(0, pendingStart >= 0 ? pendingStart : pendingQualifierAt)]);
        }

        if (words.PerFirstOpen || words.PerFirstTokens is not null)
        {
            return Fail(ParseErrorCode.UnknownUnit, "'每' starts a price per tokens ('每百万tokens 4元'), but no token word or no price follows it.", map[words.Start]);
        }

        List<Part> figures = Combine(parts, scratch.Combined);
        if (figures.Count > 1)
        {
            return Failures.Ambiguous(s, figures.Count, figures[0], figures[1], map[figures[1].Start]);
        }

        return Build(text, s, map, figures[0], ref words, out figure);
    }

    // A word right after a word the figure applied (a change basis, a rate, a qualifier after it) is attached to the figure too.
    private static bool AttachedAfter(ReadOnlySpan<char> s, Part current, TokenKind? previousKind, LexEntry? previousEntry, int previousEnd, int start, int spaces) =>
        previousKind == TokenKind.Word && previousEntry is { Kind: not WordKind.Context and not WordKind.PairJoin and not WordKind.RangeConnector and not WordKind.Per }
        && previousEnd > current.Start && start - previousEnd <= spaces && OnlySpacesBetween(s, previousEnd, start);

    private static bool IsOpen(Part part) => part.Unit is null && part.Currency is null && part.Percent is null && part.PerTokens is null && !part.Closed;

    private const FigureModifiers TokenDirections = FigureModifiers.InputTokens | FigureModifiers.OutputTokens | FigureModifiers.CachedInputTokens;

    // After a figure, a CJK ideograph or a letter that starts no known word is attached to it; a few function characters
    // (的, 了, 和 …) are not, since they cannot be units.
    // The first word between a qualifier and its number that no entry of the lexicon reads (noise or an unknown English word),
    // leaving out the fillers 有/为/是 ("大概有30%", "约为"), or null.
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" -,，、:：");

    private static string? UnreadWordBetween(List<Token> tokens, int from, int to, ReadOnlySpan<char> s)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo; k < tokens.Count && tokens[k].Start < to; k++)
        {
            Token t = tokens[k];
            if (t.Kind is not (TokenKind.Noise or TokenKind.Latin))
            {
                continue;
            }

            ReadOnlySpan<char> word = s[t.Start..Math.Min(t.End, to)].Trim();
            if (word.Length == 0 || word is "有" or "为" or "為" or "是" or "的" || !word.ContainsAnyExcept(Separators))
            {
                continue;
            }

            return word.ToString();
        }

        return null;
    }

    private static bool IsAttachedWord(ReadOnlySpan<char> s, int i) =>
        i < s.Length && TextNormalizer.IsCjk(s[i]) && "的了和与與及或等也都就而在是为為之且并並".IndexOf(s[i], StringComparison.Ordinal) < 0;

    private static RateTime ToRate(Unit unit) =>
        ReferenceEquals(unit, Units.Second) ? RateTime.Second
        : ReferenceEquals(unit, Units.Minute) ? RateTime.Minute
        : ReferenceEquals(unit, Units.Hour) ? RateTime.Hour
        : ReferenceEquals(unit, Units.Day) ? RateTime.Day
        : RateTime.None;

    /// <summary>Two qualifiers of one figure: the outer holds, an "about" makes the bound approximate, two of one direction
    /// give the wider, and opposite directions cannot hold together.</summary>
    private static bool TryCombine(FigureQualifier outer, FigureQualifier inner, out FigureQualifier combined, out bool approximate)
    {
        approximate = false;
        combined = outer;
        if (outer == inner)
        {
            return true;
        }

        if ((inner == FigureQualifier.About && outer == FigureQualifier.Exact) || (outer == FigureQualifier.About && inner == FigureQualifier.Exact))
        {
            combined = FigureQualifier.About; // "达到约5亿": about 5亿
            return true;
        }

        if (inner == FigureQualifier.About || outer == FigureQualifier.About)
        {
            combined = outer == FigureQualifier.About ? inner : outer;
            approximate = true;
            return true;
        }

        if (outer == FigureQualifier.Exact || inner == FigureQualifier.Exact)
        {
            combined = outer == FigureQualifier.Exact ? inner : outer;
            return true;
        }

        int a = QualifierDirection(outer), b = QualifierDirection(inner);
        if (a != b || a == 0)
        {
            return false;
        }

        // 超过…以上: (v, +∞) and [v, +∞) — the wider one is true whichever the writer meant.
        combined = a > 0 ? FigureQualifier.AtLeast : FigureQualifier.AtMost;
        return true;
    }

    private static int QualifierDirection(FigureQualifier q) => q switch
    {
        FigureQualifier.Over or FigureQualifier.AtLeast => 1,
        FigureQualifier.Under or FigureQualifier.AtMost or FigureQualifier.Nearly => -1,
        _ => 0,
    };

    /// <summary>The words of a field that apply to its figure as a whole: direction of change, change basis, status, token
    /// direction, a rate written before the figure, and a denominator written first.</summary>
    private struct AppliedWords
    {
        public FigureModifiers Modifiers;
        public int Direction;
        public bool DirectionAfterFigure;
        public RateTime RateBefore;
        public bool PerFirstOpen;
        public bool PerFirstUsed;
        public decimal? PerFirstTokens;
        public int Start;
        public int End;
        private bool _any;

        public void Touch(int start, int end)
        {
            Start = _any ? Math.Min(Start, start) : start;
            End = _any ? Math.Max(End, end) : end;
            _any = true;
        }

        public readonly bool Any => _any;
    }

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

    private static ParseError? Build(ReadOnlySpan<char> text, ReadOnlySpan<char> s, int[] map, Part part, ref AppliedWords words, out ParsedFigure figure)
    {
        figure = default;
        if (part.High is { } high)
        {
            // A range's unit, currency, percent and scale, written once after the second number, apply to both; so does a rate
            // written once, before or after it.
            Part low = part;
            if (low.Rate != RateTime.None && high.Rate != RateTime.None && low.Rate != high.Rate)
            {
                return Fail(ParseErrorCode.InvalidRange, "The two ends of the range are rates per different times.", map[part.Start]);
            }

            RateTime rate = high.Rate != RateTime.None ? high.Rate : low.Rate;
            if (low.Currency is null && low.Unit is null && low.Percent is null)
            {
                low.Currency = high.Currency;
                low.Unit = high.Unit;
                low.Percent = high.Percent;
                low.MinorPriceOnly = high.MinorPriceOnly;
            }
            else if (high.Currency is null && high.Unit is null && high.Percent is null)
            {
                high.Currency = low.Currency;
                high.Unit = low.Unit;
                high.Percent = low.Percent;
            }

            // "$46-859 per 1K tokens", "5-6元/千tokens": a denominator written once applies to both ends.
            low.PerTokens ??= high.PerTokens;
            high.PerTokens ??= low.PerTokens;

            low.Rate = high.Rate = rate;
            if ((Direction(low) == 0) != (Direction(high) == 0) && low.LinkToPrevious == Link.None && high.LinkToPrevious == Link.Range)
            {
                // "5-6亿以上", "20-40ms以内": a bound on one end of a range has no settled meaning.
                return Fail(ParseErrorCode.ContradictoryQualifiers, "A qualifier on one end of a range ('5-6亿以上'): write the range or the bound alone.", map[high.Start]);
            }

            if (Direction(low) == 0)
            {
                decimal magnitude = low.Bare ? high.ScaleMultiplier : MagnitudeOnly(high.ScaleText, high.ScaleMultiplier);
                if (low.ScaleText is null && !low.HasMagnitude && high.ScaleText is not null && Math.Abs(low.Value) < magnitude)
                {
                    // "5-6亿元", "5-6千万": the magnitude of the high end applies to a low end without one; a low end with digit
                    // places of its own takes only the magnitude ("十五至二十亿" = 15亿-20亿).
                    low.Value *= magnitude;
                    low.ScaleText = magnitude == high.ScaleMultiplier ? high.ScaleText : null;
                    low.ScaleMultiplier = magnitude == high.ScaleMultiplier ? high.ScaleMultiplier : 1m;
                }
                else if (low.Bare && high.ScaleText is null && high.PlaceMultiplier >= 100m && !high.Bare)
                {
                    low.Value *= high.PlaceMultiplier; // "3-5千" = 3000-5000 (a 十 is left alone: "三到五十" may be 3-50)
                }
                else if (low.Bare && high.ScaleText is null && !high.Bare && high.PlaceMultiplier == 1m && Math.Abs(high.Value) >= 10_000m)
                {
                    return Fail(ParseErrorCode.InvalidRange, "The range's high end has digit places of its own, so the magnitude of its bare low end is not clear; write both ends in full.", map[part.Start]);
                }
            }

            if (words.DirectionAfterFigure || (words.Direction != 0 && low.From))
            {
                // "grew from 120 to 500 billion": a start and an end, not a range of one change.
                return Fail(ParseErrorCode.Ambiguous, "A change from one figure to another holds two figures (the start and the end); split them.", map[high.Start]);
            }
        }

        if (part.High is null && part.From && words.Direction != 0)
        {
            // "from 1916 billion yuan rose", "从100亿增长": the figure is where a change starts, not the change.
            return Fail(ParseErrorCode.Ambiguous, "'from' (从) names the level a change starts at, not the change; give where it went ('from A to B') or drop 'from'.", map[part.Start]);
        }

        if (part.AwaitingPer || part.High?.AwaitingPer == true)
        {
            return Fail(ParseErrorCode.UnknownUnit, "The price is per something the parser does not read; write what it is per ('元/千tokens', 'per 1M tokens').", map[Math.Min(part.End, s.Length - 1)]);
        }

        if (part.AwaitingRate || part.High?.AwaitingRate == true)
        {
            return Fail(ParseErrorCode.UnknownUnit, "The tokens are per something that is no unit of time the parser reads.", map[Math.Min(part.End, s.Length - 1)]);
        }

        if (part.Subunit is not null || part.High?.Subunit is not null)
        {
            return Fail(ParseErrorCode.UnknownUnit, "A minor currency unit (cents, 钱) of no named currency; write the currency.", map[part.Start]);
        }

        if ((part.MinorPriceOnly || part.High?.MinorPriceOnly == true) && part.PerTokens is null)
        {
            return Fail(ParseErrorCode.UnknownUnit, "'分'/'厘' after a number is money (0.01/0.001 元) only in a price such as '0.8分/千tokens'; alone it may mean minutes or points. Write 元.", map[part.Start]);
        }

        if (words.RateBefore != RateTime.None)
        {
            if (part.Rate != RateTime.None)
            {
                return Fail(ParseErrorCode.UnknownWord, "The figure has two rate words.", map[words.Start]);
            }

            part.Rate = words.RateBefore;
            if (part.High is { } h)
            {
                h.Rate = words.RateBefore;
            }
        }

        if (part.PerTokens is <= 0m || part.High?.PerTokens is <= 0m)
        {
            return Fail(ParseErrorCode.InvalidNumber, "A price per no tokens at all (the token count rounds to zero).", map[part.Start]);
        }

        if (part.PerTokens is not null && part.Currency is null && part.Percent is null)
        {
            return Fail(ParseErrorCode.UnknownUnit, "A price per tokens needs a currency ('每千tokens 0.0008元').", map[part.Start]);
        }

        if (!TryResolveUnit(part, out Unit unit, out decimal factor, out string? unitProblem))
        {
            return unitProblem is null
                ? Fail(ParseErrorCode.InvalidRange, "The two ends of the range are in different units.", map[part.Start])
                : Fail(ParseErrorCode.UnknownUnit, unitProblem, map[words.Any ? Math.Min(words.Start, part.Start) : part.Start]);
        }

        FigureModifiers modifiers = words.Modifiers;
        if (part.ApproximateBound)
        {
            modifiers |= FigureModifiers.ApproximateBound;
        }

        if ((modifiers & TokenDirections) != 0 && !ReferenceEquals(unit.Dimension, Dimension.UnitPrice) && !ReferenceEquals(unit.Dimension, Dimension.TokenCount)
            && !ReferenceEquals(unit.Dimension, Dimension.TokenRate))
        {
            return Fail(ParseErrorCode.UnknownWord, $"An input/output token word applies to token prices and volumes, not to a figure in '{unit.Symbol}'.", map[words.Start]);
        }

        ParseError? intervalError = ToInterval(part, factor, map, out Interval interval, out FigureQualifier qualifier, ref modifiers);
        if (intervalError is not null)
        {
            return intervalError;
        }

        if (words.Direction < 0)
        {
            if (ReferenceEquals(unit.Dimension, Dimension.Multiple) || ReferenceEquals(unit.Dimension, Dimension.Rank))
            {
                return Fail(ParseErrorCode.UnknownWord, $"A decline by a multiple or a rank ('下降2倍') has no settled meaning; write the new level or a percent.", map[words.Start]);
            }

            if ((!interval.Low.IsUnbounded && interval.Low.Value < 0m) || (!interval.High.IsUnbounded && interval.High.Value < 0m))
            {
                return Fail(ParseErrorCode.ContradictoryQualifiers, "A word of decline before a negative figure: the sign is stated twice.", map[words.Start]);
            }

            interval = Negate(interval);
            qualifier = Flip(qualifier);
        }

        if ((modifiers & (FigureModifiers.YearOnYear | FigureModifiers.PeriodOnPeriod)) != 0 && (modifiers & FigureModifiers.Change) == 0)
        {
            // "同比+5%" is a change; "33.9亿元, flat year-on-year" holds a level and a second figure.
            if (!ReferenceEquals(unit, Units.Percent) && !ReferenceEquals(unit, Units.PercentagePoint))
            {
                return Fail(ParseErrorCode.UnknownWord, $"A change basis (year on year, 同比) with a level in '{unit.Symbol}' and no word of change; give the change or the level alone.", map[words.Start]);
            }

            modifiers |= FigureModifiers.Change;
        }

        bool change = (modifiers & FigureModifiers.Change) != 0;
        if (!change && IsNonNegative(unit) && ((!interval.Low.IsUnbounded && interval.Low.Value < 0m) || (!interval.High.IsUnbounded && interval.High.Value < 0m)))
        {
            return Failures.Negative(unit, map[part.Start]);
        }

        ScaleWord? scale = part.ScaleText is null ? null : ScaleTexts.Word(part.ScaleText.Trim(), part.ScaleMultiplier);
        int from = words.Any ? Math.Min(words.Start, part.Start) : part.Start;
        int to = words.Any ? Math.Max(words.End, part.End) : part.End;
        int start = map[from];
        int end = Math.Max(start, map[Math.Min(to, s.Length)]);
        ReadOnlySpan<char> printed = text[start..end];
        int leading = printed.Length - printed.TrimStart().Length;
        if (!unit.IsCanonical && !FitsCanonical(unit, interval))
        {
            return Failures.CanonicalOverflow(unit, map[part.Start]);
        }

        figure = new ParsedFigure(interval, unit, qualifier, scale, start + leading, printed.Trim().Length, modifiers);
        return null;
    }

    // "不超过5亿元以上" cannot hold; "约5亿以上" is at least about 5亿.
    private static ParseError? MergeQualifiers(Part end, int[] map, ref FigureModifiers modifiers)
    {
        if (end.Before is not { } before || end.After is not { } after)
        {
            return null;
        }

        if (!TryCombine(before, after, out FigureQualifier combined, out bool approximate))
        {
            return Failures.ContradictoryPair(before, after, map[end.Start]);
        }

        end.Before = null;
        end.After = combined;
        if (approximate)
        {
            modifiers |= FigureModifiers.ApproximateBound;
        }

        return null;
    }

    // The multiplier of a scale text without the digit places before its magnitude: "十亿" → 10⁸, "千万" → 10⁴.
    private static decimal MagnitudeOnly(string? text, decimal multiplier)
    {
        if (text is null)
        {
            return multiplier;
        }

        foreach (char c in text)
        {
            decimal place = c switch { '十' or '拾' => 10m, '百' or '佰' => 100m, '千' or '仟' => 1000m, _ => 0m };
            if (place == 0m)
            {
                break;
            }

            multiplier /= place;
        }

        return multiplier;
    }

    private static Interval Negate(Interval value) => value.Scale(-1m);

    /// <summary>The qualifier of a negated figure: "下降超过5%" is a change below −5%.</summary>
    internal static FigureQualifier Flip(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Over => FigureQualifier.Under,
        FigureQualifier.AtLeast => FigureQualifier.AtMost,
        FigureQualifier.Under or FigureQualifier.Nearly => FigureQualifier.Over,
        FigureQualifier.AtMost => FigureQualifier.AtLeast,
        _ => qualifier,
    };

    // The interval and qualifier of a part (and of its upper end, for a range or a pair of bounds), in the resolved unit.
    private static ParseError? ToInterval(Part part, decimal factor, int[] map, out Interval interval, out FigureQualifier qualifier, ref FigureModifiers modifiers)
    {
        interval = default;
        qualifier = default;
        ParseError? qualifierError = MergeQualifiers(part, map, ref modifiers) ?? (part.High is { } upperEnd ? MergeQualifiers(upperEnd, map, ref modifiers) : null);
        if (qualifierError is not null)
        {
            return qualifierError;
        }

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
                if ((part.After ?? part.Before) == FigureQualifier.About || (upper.After ?? upper.Before) == FigureQualifier.About)
                {
                    modifiers |= FigureModifiers.ApproximateBound; // "约10%-12%": a range of approximate ends
                }
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
            || ReferenceEquals(d, Dimension.Duration) || ReferenceEquals(d, Dimension.TokenRate) || ReferenceEquals(d, Dimension.RequestRate);
    }

    private static bool TryResolveUnit(Part part, out Unit unit, out decimal factor, out string? problem)
    {
        unit = Resolve(part, out factor, out problem);
        if (problem is not null)
        {
            return false;
        }

        if (part.High is { } high)
        {
            Unit other = Resolve(high, out decimal otherFactor, out problem);
            if (problem is not null || !other.Equals(unit) || otherFactor != factor)
            {
                return false;
            }
        }

        return true;

        static Unit Resolve(Part p, out decimal factor, out string? problem)
        {
            factor = 1m;
            problem = null;
            Unit unit;
            if (p.Percent is { } percent)
            {
                factor = percent;
                unit = Units.Percent;
            }
            else if (p.Currency is { } currency)
            {
                unit = p.PerTokens is { } per ? Units.PricePerTokens(currency, per) : Units.Currency(currency);
            }
            else
            {
                unit = p.Unit ?? Units.One;
            }

            if (p.Rate == RateTime.None)
            {
                return unit;
            }

            // A rate keeps its time: tokens per minute (TPM) are canonical for token rates; money per month stays per month.
            if (ReferenceEquals(unit, Units.Token))
            {
                switch (p.Rate)
                {
                    case RateTime.Second: return Units.TokensPerSecond;
                    case RateTime.Minute: return Units.TokensPerMinute;
                    case RateTime.Hour: return Units.TokensPerHour;
                    case RateTime.Day: return Units.TokensPerDay;
                    case RateTime.Month: return Units.TokensPerMonth;
                    case RateTime.Year: return Units.TokensPerYear;
                }

                problem = "Tokens per week have no unit here; give tokens per day.";
                return unit;
            }

            if (ReferenceEquals(unit.Dimension, Dimension.Money))
            {
                switch (p.Rate)
                {
                    case RateTime.Second: return Units.MoneyPerTime(unit.Currency!, Units.Second);
                    case RateTime.Minute: return Units.MoneyPerTime(unit.Currency!, Units.Minute);
                    case RateTime.Hour: return Units.MoneyPerTime(unit.Currency!, Units.Hour);
                    case RateTime.Day: return Units.MoneyPerTime(unit.Currency!, Units.Day);
                    case RateTime.Month: return Units.MoneyPerMonth(unit.Currency!);
                    case RateTime.Year: return Units.MoneyPerYear(unit.Currency!);
                }

                problem = "Money per week has no unit here; give money per day or per month.";
                return unit;
            }

            problem = $"A rate of a figure in '{unit.Symbol}' (per second, per day …) is no unit the parser reads: only tokens and money have rates. Put a daily average in the aggregation column.";
            return unit;
        }
    }

    // Where a word of negation that the word at 'start' does not include ends right before it, or null: 非/不/未/没/无 (并非超过,
    // 未增长) or an English not/never/nor ("not over 5%").
    private static int? NegationBefore(ReadOnlySpan<char> s, int start)
    {
        if (start > 0 && "不未没沒无無非".Contains(s[start - 1], StringComparison.Ordinal))
        {
            return start - 1;
        }

        int end = start;
        while (end > 0 && s[end - 1] == ' ')
        {
            end--;
        }

        int from = end;
        while (from > 0 && char.IsAsciiLetter(s[from - 1]))
        {
            from--;
        }

        ReadOnlySpan<char> word = s[from..end];
        return end < start && (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nor", StringComparison.OrdinalIgnoreCase)) ? from : null;
    }

    // Failure messages are built here, out of line: their string builders would otherwise take room in the frames of the
    // methods above, which the runtime clears on every call, failing or not.
    private static class Failures
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError Unknown(ParseErrorCode code, ReadOnlySpan<char> s, int start, int end, int position, string why) =>
            Fail(code, $"'{s[start..Math.Min(end, s.Length)].Trim()}' cannot be applied to the figure: {why}.", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError ContradictoryPair(FigureQualifier before, FigureQualifier after, int position) =>
            Fail(ParseErrorCode.ContradictoryQualifiers, $"The qualifiers before and after the figure contradict each other ({ContractNames.Of(before)} and {ContractNames.Of(after)}).", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ParseError Contradictory(ReadOnlySpan<char> s, int start, int end, int position) =>
            Fail(ParseErrorCode.ContradictoryQualifiers, $"'{s[start..end]}' contradicts a qualifier or direction word already read.", position);

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
            Bare = GenericDollar = MinorPriceOnly = AwaitingRate = ApproximateBound = DirectionBefore = HasMagnitude = From = false;
            Rate = RateTime.None;
            PlaceMultiplier = 1m;
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

        /// <summary>The number has no digit place or magnitude of its own ("5" in "5-6亿").</summary>
        public bool Bare { get; set; }

        public decimal PlaceMultiplier { get; set; }

        public bool HasMagnitude { get; set; }

        /// <summary>The part began after "from" / 从, which with a word of change marks the start of a change.</summary>
        public bool From { get; set; }

        /// <summary>The currency came from a bare '$', which a code after the figure may name ("$5 HKD").</summary>
        public bool GenericDollar { get; set; }

        /// <summary>The currency came from 分 or 厘, which count as money only in a price.</summary>
        public bool MinorPriceOnly { get; set; }

        /// <summary>A '/' or 'per' followed a token count: a unit of time must come.</summary>
        public bool AwaitingRate { get; set; }

        public RateTime Rate { get; set; }

        public bool ApproximateBound { get; set; }

        public bool DirectionBefore { get; set; }

        public string Describe() =>
            Currency is not null ? Currency : Percent is not null ? "%" : Unit is not null ? Unit.Symbol : "no unit";
    }
}
