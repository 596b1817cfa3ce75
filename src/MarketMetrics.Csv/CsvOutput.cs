using System.Globalization;
using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>The CsvHelper writer options every MarketMetrics CSV output uses.</summary>
internal static class CsvOutput
{
    public static CsvWriterOptions Options(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\n",
        // A claimant, quote or note starting with = + - @ (or tab, CR) would run as a formula in a spreadsheet; FormulaEscape
        // adds the full-width forms and starts after leading blanks.
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = false,
    };

    /// <summary>For the records writer, which escapes every text itself (<see cref="FormulaEscape.ForWritingEscaped"/>) and
    /// writes numbers, dates and flags that are never formulas: CsvHelper's escape would look at every field again.</summary>
    public static CsvWriterOptions RecordsOptions(char separator) => Options(separator) with { Injection = CsvInjection.None };
}

/// <summary>
/// Formula escaping that reads back exactly. A text is formula-like when it starts with = + - @ (ASCII or full-width
/// ＝ ＋ － ＠), tab or CR, or when its first character after leading spaces and line breaks is one of those: a
/// spreadsheet may run any of them. Formula-like text is written with an apostrophe in front (CsvHelper's
/// <c>CsvInjection.Escape</c> for the ASCII starts, this class for the others); text that itself starts with an apostrophe
/// followed by another apostrophe or by formula-like text is given one more. Removing one leading apostrophe before
/// those on reading then always gives the text that was written, and a spreadsheet shows it as written too (it hides
/// one leading apostrophe).
/// </summary>
internal static class FormulaEscape
{
    private const string FormulaStarts = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    /// <summary>The text to hand to CsvHelper's writer.</summary>
    /// <remarks>Decided on the first character, which for almost every text is none of those that need a look further.</remarks>
    public static string ForWriting(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        return text[0] switch
        {
            '\'' => IsEscaped(text) ? "'" + text : text,
            ' ' or '\n' or '\u3000' or '\u00A0' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20' => IsFormulaLike(text) ? "'" + text : text,
            _ => text, // = + - @ tab CR: CsvHelper puts the apostrophe in front; any other start is no formula
        };
    }

    /// <summary>The text to write with CsvHelper's formula escape off: the apostrophe in front of the ASCII starts too, and
    /// <paramref name="quote"/> set for those, which <c>CsvInjection.Escape</c> would have quoted.</summary>
    public static string ForWritingEscaped(string text, out bool quote)
    {
        quote = false;
        if (text.Length == 0)
        {
            return text;
        }

        switch (text[0])
        {
            case '=' or '+' or '-' or '@' or '\t' or '\r':
                quote = true;
                return "'" + text;
            case '\'' or ' ' or '\n' or '\u3000' or '\u00A0' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20':
                return ForWriting(text);
            default:
                return text;
        }
    }

    /// <summary>The text a field holds, its escape removed.</summary>
    public static string FromReading(string field) => IsEscaped(field) ? field[1..] : field;

    /// <summary>Whether a spreadsheet could take the text for a formula.</summary>
    public static bool IsFormulaLike(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        if (text[0] is '\t' or '\r')
        {
            return true;
        }

        int i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n' or '\u3000' or '\u00A0')
        {
            i++;
        }

        return i < text.Length && FormulaStarts.Contains(text[i], StringComparison.Ordinal);
    }

    private static bool IsEscaped(string text) => text.Length > 1 && text[0] == '\'' && (text[1] == '\'' || IsFormulaLike(text.AsSpan(1)));
}

/// <summary>The CsvHelper reader options every MarketMetrics CSV input uses: explicit separator, invariant culture,
/// line numbers, and malformed records skipped into a queue of rejections so that no row is lost.</summary>
internal static class CsvInput
{
    // For the records the claims framer found well-formed: CsvHelper only splits and unquotes their fields.
    public static CsvReaderOptions Options(char separator, bool hasHeader) => CsvReaderOptions.Default with
    {
        Separator = separator,
        HasHeader = hasHeader,
        FormatProvider = CultureInfo.InvariantCulture,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = false,
    };

    public static CsvReaderOptions Options(char separator, int maxRecordSize, Queue<CsvRejection> malformed) => CsvReaderOptions.Default with
    {
        Separator = separator,
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
        MaxRecordSize = maxRecordSize,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        SkipEmptyLines = true,
        OnMalformedRecord = record => malformed.Enqueue(new CsvRejection(
            record.LineNumber, null, null, "csv.malformed", Describe(record.Reason), record.RawRecord ?? string.Empty)),
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A quote inside an unquoted field; quote the whole field and double the quote (\"\").",
        CsvMalformedReason.TextAfterClosingQuote => "Text after the closing quote of a field.",
        CsvMalformedReason.UnterminatedQuote => "A quoted field is never closed.",
        CsvMalformedReason.LineBreakInQuotes => "A line break inside a quoted field.",
        CsvMalformedReason.FieldCountMismatch => "The record has a different number of fields from the header (a wrong separator or an unquoted separator in a value).",
        _ => "The record is malformed: " + reason + ".",
    };
}
