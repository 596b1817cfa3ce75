using System.Collections.Concurrent;

namespace MarketMetrics.Parsing;

/// <summary>
/// One shared string per magnitude word as printed ("萬億", "billion"), so that parsing a figure does not allocate its
/// scale text. The table is bounded: past its size, unusual words are returned as new strings.
/// </summary>
internal static class ScaleTexts
{
    private const int MaxEntries = 1024;

    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Texts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly ConcurrentDictionary<(string Text, decimal Multiplier), ScaleWord> Words = new();

    /// <summary>The shared <see cref="ScaleWord"/> for a magnitude word and its multiplier.</summary>
    public static ScaleWord Word(string text, decimal multiplier)
    {
        if (Words.TryGetValue((text, multiplier), out ScaleWord? known))
        {
            return known;
        }

        var created = new ScaleWord(text, multiplier);
        return Words.Count < MaxEntries ? Words.GetOrAdd((text, multiplier), created) : created;
    }

    public static string Intern(ReadOnlySpan<char> text)
    {
        if (BySpan.TryGetValue(text, out string? known))
        {
            return known;
        }

        string created = text.ToString();
        return Texts.Count < MaxEntries ? Texts.GetOrAdd(created, created) : created;
    }

    /// <summary>The shared string for <paramref name="first"/> followed by <paramref name="second"/> ("thousand" + "million").</summary>
    public static string Concat(string? first, ReadOnlySpan<char> second)
    {
        if (string.IsNullOrEmpty(first))
        {
            return Intern(second);
        }

        int length = first.Length + second.Length;
        char[]? rented = length > 64 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> joined = rented ?? stackalloc char[64];
        first.AsSpan().CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        string result = Intern(joined[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }
}
