using System.Globalization;
using CsvHelper;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv;

/// <summary>
/// Reads FX rates from CSV with the columns <c>from,to,rate,date,source</c> (ISO codes, an invariant decimal, a
/// <c>yyyy-MM-dd</c> date and where the rate comes from), for <see cref="InMemoryFxRateProvider"/>.
/// </summary>
/// <remarks>Thread-safe: every call reads its own stream.</remarks>
public static class FxRatesCsvReader
{
    private static readonly string[] Columns = ["from", "to", "rate", "date", "source"];

    /// <summary>Reads the rates of a file; a row that is not a valid rate is a rejection with its line and reason.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <returns>Each row as a rate or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">A column is missing (on first enumeration).</exception>
    public static IEnumerable<(FxRate? Rate, CsvRejection? Rejection)> Read(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Iterate(stream, separator);
    }

    private static IEnumerable<(FxRate?, CsvRejection?)> Iterate(Stream stream, char separator)
    {
        var malformed = new Queue<CsvRejection>();
        using CsvReader csv = CsvReader.Create(stream, CsvInput.Options(separator, 65_536, malformed), leaveOpen: true);
        int[] index = new int[Columns.Length];
        for (int c = 0; c < Columns.Length; c++)
        {
            if (!csv.TryGetFieldIndex(Columns[c], out index[c]))
            {
                throw new ClaimsCsvHeaderException($"The FX rates file lacks the column '{Columns[c]}' (expected from,to,rate,date,source).");
            }
        }

        while (true)
        {
            bool more = csv.Read();
            while (malformed.Count > 0)
            {
                yield return (null, malformed.Dequeue());
            }

            if (!more)
            {
                yield break;
            }

            string F(int c) => csv.GetString(index[c]).Trim();
            FxRate? rate = null;
            string? reason = null;
            try
            {
                rate = new FxRate(F(0), F(1), decimal.Parse(F(2), NumberStyles.Number, CultureInfo.InvariantCulture),
                    DateOnly.ParseExact(F(3), "yyyy-MM-dd", CultureInfo.InvariantCulture), F(4));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                reason = e.Message;
            }

            yield return rate is not null
                ? (rate, null)
                : (null, new CsvRejection(csv.LineNumber, null, null, "fx.invalid", reason!, System.Text.Encoding.UTF8.GetString(csv.RawRecord)));
        }
    }
}
