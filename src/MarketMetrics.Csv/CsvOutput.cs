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
        // A claimant, quote or note starting with = + - @ (or tab, CR) would run as a formula in a spreadsheet.
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = false,
    };
}
