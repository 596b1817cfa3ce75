using System.Collections.Concurrent;

namespace MarketMetrics;

/// <summary>The well-known units of the AI-cloud market, and factories for money and price units per currency.</summary>
/// <remarks>All members are thread-safe; units for one currency are created once and reused.</remarks>
public static class Units
{
    private static readonly ConcurrentDictionary<string, CurrencyUnits> ByCurrency = new(StringComparer.Ordinal);

    /// <summary>Gets the canonical unit of pure numbers, <c>1</c>.</summary>
    public static Unit One { get; } = Unit.CreateCanonical("1", "number", Dimension.Number);

    /// <summary>Gets the canonical token count unit, <c>token</c>.</summary>
    public static Unit Token { get; } = Unit.CreateCanonical("token", "token", Dimension.TokenCount);

    /// <summary>Gets the canonical share unit, <c>%</c> (46.4 means 46.4%).</summary>
    public static Unit Percent { get; } = Unit.CreateCanonical("%", "percent", Dimension.Share);

    /// <summary>Gets the canonical unit of differences between percentages, <c>pp</c> (个百分点).</summary>
    public static Unit PercentagePoint { get; } = Unit.CreateCanonical("pp", "percentage point", Dimension.PercentagePoints);

    /// <summary>Gets the canonical count unit, <c>count</c> (家, 个, 项, users).</summary>
    public static Unit Count { get; } = Unit.CreateCanonical("count", "count", Dimension.Count);

    /// <summary>Gets the canonical rank unit, <c>rank</c> (第一 = 1).</summary>
    public static Unit Rank { get; } = Unit.CreateCanonical("rank", "rank", Dimension.Rank);

    /// <summary>Gets the canonical duration unit, <c>s</c>.</summary>
    public static Unit Second { get; } = Unit.CreateCanonical("s", "second", Dimension.Duration);

    /// <summary>Gets the millisecond, <c>ms</c> (= 1/1000 s).</summary>
    public static Unit Millisecond { get; } = Unit.CreateDerived("ms", "millisecond", Second, new ConversionFactor(1m, 1000m));

    /// <summary>Gets the basis point: a hundredth of a percentage point ("up 200 basis points" is 2 pp).</summary>
    public static Unit BasisPoint { get; } = Unit.CreateDerived("bp", "basis point", PercentagePoint, new ConversionFactor(1m, 100m));

    /// <summary>Gets the minute, <c>min</c> (= 60 s).</summary>
    public static Unit Minute { get; } = Unit.CreateDerived("min", "minute", Second, new ConversionFactor(60m, 1m));

    /// <summary>Gets the hour, <c>h</c> (= 3600 s).</summary>
    public static Unit Hour { get; } = Unit.CreateDerived("h", "hour", Second, new ConversionFactor(3600m, 1m));

    /// <summary>Gets the day, <c>d</c> (= 86400 s).</summary>
    public static Unit Day { get; } = Unit.CreateDerived("d", "day", Second, new ConversionFactor(86400m, 1m));

    /// <summary>Gets the canonical throughput unit, <c>token/min</c> (TPM).</summary>
    public static Unit TokensPerMinute { get; } = Unit.CreateCanonical("token/min", "tokens per minute", Dimension.TokenRate);

    /// <summary>Gets tokens per second, <c>token/s</c> (= 60 token/min).</summary>
    public static Unit TokensPerSecond { get; } = Unit.CreateDerived("token/s", "tokens per second", TokensPerMinute, new ConversionFactor(60m, 1m));

    /// <summary>Gets tokens per hour, <c>token/h</c> (= 1/60 token/min).</summary>
    public static Unit TokensPerHour { get; } = Unit.CreateDerived("token/h", "tokens per hour", TokensPerMinute, new ConversionFactor(1m, 60m));

    /// <summary>Gets tokens per day, <c>token/day</c> (= 1/1440 token/min).</summary>
    public static Unit TokensPerDay { get; } = Unit.CreateDerived("token/day", "tokens per day", TokensPerMinute, new ConversionFactor(1m, 1440m));

    /// <summary>Gets the canonical request-rate unit, <c>request/min</c> (RPM, requests per minute).</summary>
    public static Unit RequestsPerMinute { get; } = Unit.CreateCanonical("request/min", "requests per minute", Dimension.RequestRate);

    /// <summary>Gets requests per second, <c>request/s</c> (= 60 request/min; RPS, QPS).</summary>
    public static Unit RequestsPerSecond { get; } = Unit.CreateDerived("request/s", "requests per second", RequestsPerMinute, new ConversionFactor(60m, 1m));

    /// <summary>Gets tokens per calendar month, <c>token/month</c>, the canonical unit of <see cref="Dimension.TokensPerMonth"/>
    /// ("480 trillion tokens monthly"). A month has no fixed number of minutes, so it does not convert to <c>token/min</c>.</summary>
    public static Unit TokensPerMonth { get; } = Unit.CreateCanonical("token/month", "tokens per month", Dimension.TokensPerMonth);

    /// <summary>Gets tokens per calendar year, <c>token/year</c> (= 1/12 token/month).</summary>
    public static Unit TokensPerYear { get; } = Unit.CreateDerived("token/year", "tokens per year", TokensPerMonth, new ConversionFactor(1m, 12m));

    /// <summary>Gets the canonical growth multiple, <c>x</c> (倍, times).</summary>
    public static Unit Multiple { get; } = Unit.CreateCanonical("x", "times", Dimension.Multiple);

    /// <summary>Gets the Chinese yuan, <c>CNY</c>.</summary>
    public static Unit Cny => Currency("CNY");

    /// <summary>Gets the US dollar, <c>USD</c>.</summary>
    public static Unit Usd => Currency("USD");

    /// <summary>Gets every well-known unit that does not depend on a currency.</summary>
    public static IReadOnlyList<Unit> WellKnown { get; } =
    [
        One, Token, Percent, PercentagePoint, BasisPoint, Count, Rank, Second, Millisecond, Minute, Hour, Day,
        TokensPerMinute, TokensPerSecond, TokensPerHour, TokensPerDay, TokensPerMonth, TokensPerYear, Multiple,
        RequestsPerMinute, RequestsPerSecond,
    ];

    /// <summary>Gets the money unit for an ISO 4217 currency code; the canonical unit of that currency.</summary>
    /// <param name="code">Three upper-case letters, e.g. <c>CNY</c>.</param>
    /// <returns>The unit whose symbol is <paramref name="code"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case ASCII letters.</exception>
    public static Unit Currency(string code) => For(code).Money;

    /// <summary>Gets the canonical price unit of a currency, e.g. <c>CNY/token</c>.</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case ASCII letters.</exception>
    public static Unit PricePerToken(string code) => For(code).PerToken;

    /// <summary>Gets the price per thousand tokens, e.g. <c>CNY/1K token</c> (元/千Tokens).</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <returns>The unit, equal to 1/1000 of the per-token price unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case ASCII letters.</exception>
    public static Unit PricePerThousandTokens(string code) => For(code).PerThousand;

    /// <summary>Gets the price per million tokens, e.g. <c>USD/1M token</c>.</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <returns>The unit, equal to 1/1,000,000 of the per-token price unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case ASCII letters.</exception>
    public static Unit PricePerMillionTokens(string code) => For(code).PerMillion;

    /// <summary>Gets the price per <paramref name="tokens"/> tokens, e.g. <c>CNY/10K token</c> for 元/万Tokens, <c>USD/2 token</c>.</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <param name="tokens">How many tokens the price is for; positive.</param>
    /// <returns>The unit; the well-known instance for 1, 1,000 and 1,000,000.</returns>
    /// <exception cref="ArgumentException">The code is not ISO 4217 or <paramref name="tokens"/> is not positive.</exception>
    public static Unit PricePerTokens(string code, decimal tokens)
    {
        CurrencyUnits units = For(code);
        if (tokens == 1m)
        {
            return units.PerToken;
        }

        if (tokens == 1_000m)
        {
            return units.PerThousand;
        }

        if (tokens == 1_000_000m)
        {
            return units.PerMillion;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokens);
        string label = PowerOfTenLabel(tokens) ?? (tokens / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return units.PerOther.GetOrAdd(tokens, static (t, state) =>
            Unit.CreateDerived($"{state.Code}/{state.Label} token", $"{state.Code} per {t} tokens", state.PerToken, new ConversionFactor(1m, t)),
            (Code: code, Label: label, units.PerToken));
    }

    private static string? PowerOfTenLabel(decimal tokens)
    {
        if (tokens <= 0m || tokens != decimal.Truncate(tokens))
        {
            return null;
        }

        int power = 0;
        decimal t = tokens;
        while (t % 10m == 0m)
        {
            t /= 10m;
            power++;
        }

        if (t != 1m)
        {
            return null;
        }

        return power switch
        {
            >= 12 => "1" + new string('0', power - 12) + "T",
            >= 9 => "1" + new string('0', power - 9) + "B",
            >= 6 => "1" + new string('0', power - 6) + "M",
            >= 3 => "1" + new string('0', power - 3) + "K",
            _ => "1" + new string('0', power),
        };
    }

    /// <summary>Gets money per unit of clock time, e.g. <c>CNY/h</c> (元/小时), <c>CNY/day</c>, <c>USD/s</c>.</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <param name="per">The time: <see cref="Second"/>, <see cref="Minute"/>, <see cref="Hour"/> or <see cref="Day"/>.</param>
    /// <returns>The unit; the canonical one (per hour) of <see cref="Dimension.MoneyPerTime"/> for <see cref="Hour"/>.</returns>
    /// <exception cref="ArgumentException">The code is not ISO 4217, or <paramref name="per"/> is not one of the four.</exception>
    public static Unit MoneyPerTime(string code, Unit per)
    {
        ArgumentNullException.ThrowIfNull(per);
        CurrencyUnits units = For(code);
        return per.Symbol switch
        {
            "s" when per.Equals(Second) => units.PerSecond,
            "min" when per.Equals(Minute) => units.PerMinute,
            "h" when per.Equals(Hour) => units.PerHour,
            "d" when per.Equals(Day) => units.PerDay,
            _ => throw new ArgumentException($"'{per.Symbol}' is not a second, minute, hour or day.", nameof(per)),
        };
    }

    /// <summary>Gets money per calendar month, e.g. <c>CNY/month</c> (元/月), the canonical unit of <see cref="Dimension.MoneyPerMonth"/>.</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">The code is not ISO 4217.</exception>
    public static Unit MoneyPerMonth(string code) => For(code).PerMonth;

    /// <summary>Gets money per calendar year, e.g. <c>CNY/year</c> (元/年) = 1/12 of <c>CNY/month</c>.</summary>
    /// <param name="code">The ISO 4217 code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">The code is not ISO 4217.</exception>
    public static Unit MoneyPerYear(string code) => For(code).PerYear;

    /// <summary>Finds a unit by its canonical symbol: the well-known units, ISO currencies (<c>CNY</c>) and prices
    /// (<c>CNY/token</c>, <c>CNY/1K token</c>, <c>USD/1M token</c>, <c>CNY/10K token</c>).</summary>
    /// <param name="symbol">The symbol, as <see cref="Unit.Symbol"/> writes it.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns><see langword="true"/> when the symbol names a unit.</returns>
    public static bool TryFind(string symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        foreach (Unit known in WellKnown)
        {
            if (string.Equals(known.Symbol, symbol, StringComparison.Ordinal))
            {
                unit = known;
                return true;
            }
        }

        unit = null;
        if (symbol.Length == 3 && IsCode(symbol))
        {
            unit = Currency(symbol);
        }
        else if (symbol.Length > 4 && symbol[3] == '/' && IsCode(symbol[..3]) && symbol[4..] is "s" or "min" or "h" or "day" or "month" or "year")
        {
            CurrencyUnits units = For(symbol[..3]);
            unit = symbol[4..] switch
            {
                "s" => units.PerSecond,
                "min" => units.PerMinute,
                "h" => units.PerHour,
                "day" => units.PerDay,
                "month" => units.PerMonth,
                _ => units.PerYear,
            };
        }
        else if (symbol.Length > 4 && symbol[3] == '/' && IsCode(symbol[..3]) && symbol.EndsWith("token", StringComparison.Ordinal))
        {
            string per = symbol[4..^"token".Length].Trim();
            decimal? tokens = per.Length == 0 ? 1m
                : decimal.TryParse(per, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal plain) && plain > 0m ? plain
                : ParsePowerOfTenLabel(per);
            unit = tokens is { } t ? PricePerTokens(symbol[..3], t) : null;
        }

        return unit is not null;

        static bool IsCode(string code) => code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);
    }

    private static decimal? ParsePowerOfTenLabel(string label)
    {
        if (label.Length < 2 || label[0] != '1')
        {
            return null;
        }

        decimal multiplier = label[^1] switch { 'K' => 1_000m, 'M' => 1_000_000m, 'B' => 1_000_000_000m, 'T' => 1_000_000_000_000m, _ => 0m };
        string zeros = multiplier == 0m ? label[1..] : label[1..^1];
        if (multiplier == 0m)
        {
            multiplier = 1m;
        }

        foreach (char c in zeros)
        {
            if (c != '0')
            {
                return null;
            }

            multiplier *= 10m;
        }

        return multiplier;
    }

    internal static void ValidateCurrencyCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]) || !char.IsAsciiLetterUpper(code[2]))
        {
            throw new ArgumentException($"'{code}' is not an ISO 4217 currency code (three upper-case letters such as CNY or USD).", nameof(code));
        }
    }

    private static CurrencyUnits For(string code)
    {
        ValidateCurrencyCode(code);
        return ByCurrency.GetOrAdd(code, static c => new CurrencyUnits(c));
    }

    private sealed class CurrencyUnits
    {
        public CurrencyUnits(string code)
        {
            Money = Unit.CreateCanonical(code, code, Dimension.Money, code);
            PerToken = Unit.CreateCanonical(code + "/token", code + " per token", Dimension.UnitPrice, code);
            PerThousand = Unit.CreateDerived(code + "/1K token", code + " per thousand tokens", PerToken, new ConversionFactor(1m, 1000m));
            PerMillion = Unit.CreateDerived(code + "/1M token", code + " per million tokens", PerToken, new ConversionFactor(1m, 1_000_000m));
            PerHour = Unit.CreateCanonical(code + "/h", code + " per hour", Dimension.MoneyPerTime, code);
            PerSecond = Unit.CreateDerived(code + "/s", code + " per second", PerHour, new ConversionFactor(3600m, 1m));
            PerMinute = Unit.CreateDerived(code + "/min", code + " per minute", PerHour, new ConversionFactor(60m, 1m));
            PerDay = Unit.CreateDerived(code + "/day", code + " per day", PerHour, new ConversionFactor(1m, 24m));
            PerMonth = Unit.CreateCanonical(code + "/month", code + " per month", Dimension.MoneyPerMonth, code);
            PerYear = Unit.CreateDerived(code + "/year", code + " per year", PerMonth, new ConversionFactor(1m, 12m));
        }

        public Unit PerSecond { get; }

        public Unit PerMinute { get; }

        public Unit PerHour { get; }

        public Unit PerDay { get; }

        public Unit PerMonth { get; }

        public Unit PerYear { get; }

        public Unit Money { get; }

        public Unit PerToken { get; }

        public Unit PerThousand { get; }

        public Unit PerMillion { get; }

        public ConcurrentDictionary<decimal, Unit> PerOther { get; } = new();
    }
}
