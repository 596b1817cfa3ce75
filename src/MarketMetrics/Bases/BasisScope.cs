using System.Collections.Immutable;
using System.Text;

namespace MarketMetrics;

/// <summary>
/// The scope parameters of a <see cref="MetricBasis"/> — what its figures include and leave out — as ordered
/// key/value pairs such as <c>internal-business-calls=excluded</c>. Part of a basis's identity.
/// </summary>
/// <remarks>
/// Keys are compared ordinally; well-known keys and values are on <see cref="ScopeKeys"/>. Equality is structural
/// (same keys with the same values). <c>default</c> is not used: <see cref="Empty"/> is the scope without parameters.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class BasisScope : IEquatable<BasisScope>
{
    // The formatted text, made once: a scope is written twice for every record it is part of.
    private readonly string _text;

    private BasisScope(ImmutableSortedDictionary<string, string> entries)
    {
        Entries = entries;
        _text = Format(entries);
    }

    /// <summary>Gets the scope without parameters.</summary>
    public static BasisScope Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>Gets the parameters, ordered by key.</summary>
    public ImmutableSortedDictionary<string, string> Entries { get; }

    /// <summary>Gets a parameter's value, or <see langword="null"/> when the scope does not set it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    public string? this[string key] => Entries.TryGetValue(key, out string? value) ? value : null;

    /// <summary>Returns a scope with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    /// <param name="key">A lower-case key such as <c>private-cloud</c>.</param>
    /// <param name="value">Its value, e.g. <see cref="ScopeKeys.Included"/>.</param>
    /// <returns>The new scope; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A text is blank or contains '=' or ';'.</exception>
    public BasisScope With(string key, string value)
    {
        CheckText(key, nameof(key));
        CheckText(value, nameof(value));
        return new BasisScope(Entries.SetItem(key, value));
    }

    /// <summary>Returns a scope with <paramref name="key"/> set to included or excluded.</summary>
    /// <param name="key">The key.</param>
    /// <param name="included">Whether that part is counted.</param>
    /// <returns>The new scope.</returns>
    public BasisScope With(string key, bool included) => With(key, included ? ScopeKeys.Included : ScopeKeys.Excluded);

    /// <summary>Gets the keys whose values differ between the two scopes (including keys only one of them sets).</summary>
    /// <param name="other">The other scope.</param>
    /// <returns>The differing keys, ordered.</returns>
    public IReadOnlyList<string> Differences(BasisScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var keys = new SortedSet<string>(Entries.Keys, StringComparer.Ordinal);
        keys.UnionWith(other.Entries.Keys);
        var differing = new List<string>();
        foreach (string key in keys)
        {
            if (!string.Equals(this[key], other[key], StringComparison.Ordinal))
            {
                differing.Add(key);
            }
        }

        return differing;
    }

    /// <inheritdoc />
    public bool Equals(BasisScope? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Entries.Count != Entries.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> entry in Entries)
        {
            if (!other.Entries.TryGetValue(entry.Key, out string? value) || !string.Equals(value, entry.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BasisScope);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (KeyValuePair<string, string> entry in Entries)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>key=value;key=value</c>, ordered by key (the form used in CSV files).</summary>
    /// <returns>The text; empty for <see cref="Empty"/>.</returns>
    public override string ToString() => _text;

    private static string Format(ImmutableSortedDictionary<string, string> entries)
    {
        var text = new StringBuilder();
        foreach (KeyValuePair<string, string> entry in entries)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(entry.Key).Append('=').Append(entry.Value);
        }

        return text.ToString();
    }

    private static void CheckText(string text, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        if (text.AsSpan().IndexOfAny('=', ';') >= 0)
        {
            throw new ArgumentException($"Scope keys and values cannot contain '=' or ';': '{text}'.", name);
        }
    }
}
