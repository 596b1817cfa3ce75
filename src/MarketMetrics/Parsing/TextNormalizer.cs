namespace MarketMetrics.Parsing;

/// <summary>
/// Folds printed text into the form the parsers read, keeping a map back to original positions: full-width
/// forms to ASCII, dashes and minus signs to '-', invisible format characters removed, and the pinyin
/// artefacts of converted articles ("字節(jié)") dropped.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string input, out int[] map)
    {
        var chars = new char[input.Length];
        map = new int[input.Length + 1];
        int n = Normalize(input, chars, map);
        return new string(chars, 0, n);
    }

    /// <summary>Folds <paramref name="input"/> into <paramref name="chars"/> (at least as long as the input) and writes the
    /// original position of each folded character to <paramref name="map"/> (one longer); returns the folded length.</summary>
    public static int Normalize(ReadOnlySpan<char> input, Span<char> chars, Span<int> map)
    {
        int n = 0;
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if ((c is >= ' ' and <= '~' && c != '(') || c is >= '\u4E00' and <= '\u9FFF')
            {
                // Printable ASCII other than '(', and CJK ideographs, fold to themselves: the common case, kept short.
                chars[n] = c;
                map[n] = i;
                n++;
                continue;
            }

            if (c == '(' && n > 0 && IsCjk(chars[n - 1]) && TrySkipPinyin(input, i, out int close))
            {
                i = close;
                continue;
            }

            char folded = Fold(c);
            if (folded == '\0')
            {
                continue;
            }

            chars[n] = folded;
            map[n] = i;
            n++;
        }

        map[n] = input.Length;
        return n;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        if (c is >= '\u0660' and <= '\u0669')
        {
            return (char)('0' + (c - '\u0660')); // Arabic-Indic digits
        }

        if (c is >= '\u06F0' and <= '\u06F9')
        {
            return (char)('0' + (c - '\u06F0')); // Extended Arabic-Indic (Persian) digits
        }

        return c switch
        {
            '\u066B' => '.',
            '\u066C' => ',',
            '\u066A' => '%',
            '\u3000' or '\u00A0' or '\t' or '\r' or '\n' => ' ',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' => '-',
            '\uFFE5' or '\u00A5' => '¥',
            '\uFFE0' => '¢',
            '\uFFE1' => '£',
            '\u3002' => '.',
            '\u2009' or '\u202F' => '\u202F',
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F' or '\u00AD' => '\0',
            >= '\u202A' and <= '\u202E' => '\0',
            >= '\u2066' and <= '\u2069' => '\0',
            _ when char.IsSurrogate(c) => '\uFFFD',
            _ => c,
        };
    }

    // "(jié)" after a CJK character: lower-case Latin letters, tone-marked vowels and ü only.
    private static bool TrySkipPinyin(ReadOnlySpan<char> input, int open, out int close)
    {
        close = -1;
        int i = open + 1;
        int letters = 0;
        while (i < input.Length && letters <= 8)
        {
            char c = input[i];
            if (c == ')')
            {
                if (letters == 0)
                {
                    return false;
                }

                close = i;
                return true;
            }

            if (!char.IsAsciiLetterLower(c) && "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }

            letters++;
            i++;
        }

        return false;
    }
}
