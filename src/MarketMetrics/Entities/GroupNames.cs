namespace MarketMetrics;

/// <summary>Reads how many members a group's name says it has: "top-5-vendors", "Top 5 vendors", "top five", "前五大厂商", "前5名".</summary>
internal static class GroupNames
{
    private static readonly string[] EnglishNumbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The number of members the name states, or <see langword="null"/> when it is not a group's name.</summary>
    public static int? SizeOf(string name)
    {
        ReadOnlySpan<char> s = name.AsSpan().Trim();
        if (s.StartsWith("前", StringComparison.Ordinal) && s.Length >= 2)
        {
            int digit = "一二三四五六七八九十".IndexOf(s[1], StringComparison.Ordinal);
            int size = digit >= 0 ? digit + 1 : char.IsAsciiDigit(s[1]) ? s[1] - '0' : 0;
            return size > 0 ? size : null;
        }

        if (s.Length < 5 || !s.StartsWith("top", StringComparison.OrdinalIgnoreCase) || s[3] is not (' ' or '-' or '_'))
        {
            return null;
        }

        ReadOnlySpan<char> rest = s[4..];
        int end = 0;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]) && end < 3)
        {
            end++;
        }

        if (end > 0)
        {
            return int.Parse(rest[..end], System.Globalization.CultureInfo.InvariantCulture);
        }

        for (int i = 0; i < EnglishNumbers.Length; i++)
        {
            if (rest.StartsWith(EnglishNumbers[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }
}
