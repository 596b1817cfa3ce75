namespace MarketMetrics;

/// <summary>
/// What a unit measures (token counts, money, durations …). Values convert only within one dimension, and
/// money only within one currency.
/// </summary>
/// <remarks>
/// An open set: the well-known instances cover the AI-cloud market; plug-ins may create their own with a new id.
/// Equality is by <see cref="Id"/> (ordinal). Instances are immutable and thread-safe.
/// </remarks>
public sealed class Dimension : IEquatable<Dimension>
{
    /// <summary>Creates a dimension.</summary>
    /// <param name="id">A stable, lower-case identifier such as <c>token-count</c>.</param>
    /// <param name="description">What the dimension measures, in a sentence.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is null or blank.</exception>
    public Dimension(string id, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Id = id;
        Description = description;
    }

    /// <summary>Pure numbers without a unit (canonical unit <c>1</c>), as a bare "2.2" or "10万万".</summary>
    public static Dimension Number { get; } = new("number", "A pure number without a unit.");

    /// <summary>Numbers of tokens (canonical unit <c>token</c>).</summary>
    public static Dimension TokenCount { get; } = new("token-count", "A number of tokens.");

    /// <summary>Amounts of money (canonical unit: the ISO 4217 code; currencies never convert implicitly).</summary>
    public static Dimension Money { get; } = new("money", "An amount of money in one currency.");

    /// <summary>Prices per token (canonical unit such as <c>CNY/token</c>).</summary>
    public static Dimension UnitPrice { get; } = new("unit-price", "A price per token in one currency.");

    /// <summary>Shares of a whole in percent (canonical unit <c>%</c>; 46.4 means 46.4%).</summary>
    public static Dimension Share { get; } = new("share", "A share of a named whole, in percent.");

    /// <summary>Differences between percentages (canonical unit <c>pp</c>), kept apart from shares.</summary>
    public static Dimension PercentagePoints { get; } = new("percentage-points", "A difference between two percentages.");

    /// <summary>Counts of things: projects, users, vendors (canonical unit <c>count</c>).</summary>
    public static Dimension Count { get; } = new("count", "A count of things (projects, users, vendors).");

    /// <summary>Ranks in a league table (canonical unit <c>rank</c>; 第一 / No. 1 is 1).</summary>
    public static Dimension Rank { get; } = new("rank", "A position in a ranking; 1 is first.");

    /// <summary>Durations (canonical unit <c>s</c>).</summary>
    public static Dimension Duration { get; } = new("duration", "A length of time.");

    /// <summary>Token throughput (canonical unit <c>token/min</c>, as in TPM).</summary>
    public static Dimension TokenRate { get; } = new("token-rate", "Tokens per unit of time.");

    /// <summary>Request throughput (canonical unit <c>request/min</c>, as in RPM, a rate limit on calls).</summary>
    public static Dimension RequestRate { get; } = new("request-rate", "Requests per unit of time.");

    /// <summary>Tokens per calendar month or year (canonical unit <c>token/month</c>; a year is 12 months), apart from
    /// <see cref="TokenRate"/> because a month has no fixed number of minutes.</summary>
    public static Dimension TokensPerMonth { get; } = new("token-per-month", "Tokens per calendar month or year.");

    /// <summary>Money per unit of clock time: per second, minute, hour or day (canonical unit such as <c>CNY/h</c>).</summary>
    public static Dimension MoneyPerTime { get; } = new("money-per-time", "An amount of money per unit of clock time, in one currency.");

    /// <summary>Money per calendar month or year (canonical unit such as <c>CNY/month</c>; a year is 12 months). Kept apart
    /// from <see cref="MoneyPerTime"/> because a month has no fixed number of hours.</summary>
    public static Dimension MoneyPerMonth { get; } = new("money-per-month", "An amount of money per calendar month or year, in one currency.");

    /// <summary>Growth multiples (canonical unit <c>x</c>; 倍, times).</summary>
    public static Dimension Multiple { get; } = new("multiple", "A growth multiple.");

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets what the dimension measures.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public bool Equals(Dimension? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Dimension);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Gets the identifier.</summary>
    /// <returns>The <see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
