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

#pragma warning disable RS0026 // Stream and TextReader overloads, each with an optional separator (and token), as the BCL's readers have.
    /// <summary>Reads the rates of a file; a row that is not a valid rate is a rejection with its line and reason.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <returns>Each row as a rate or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">A column is missing (on first enumeration).</exception>
    public static IEnumerable<(FxRate? Rate, CsvRejection? Rejection)> Read(Stream stream, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CsvRows.Read<FxRate>(malformed => CsvReader.Create(stream, CsvInput.Options(separator, 65_536, malformed), leaveOpen: true), Index, Convert);
    }

    /// <summary>Reads the rates of a file from text already decoded.</summary>
    /// <param name="reader">The file's text; left open.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <returns>Each row as a rate or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">A column is missing (on first enumeration).</exception>
    public static IEnumerable<(FxRate? Rate, CsvRejection? Rejection)> Read(TextReader reader, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRows.Read<FxRate>(malformed => CsvReader.Create(reader, CsvInput.Options(separator, 65_536, malformed), leaveOpen: true), Index, Convert);
    }

    /// <summary>Reads the rates of a file asynchronously, honouring cancellation.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Each row as a rate or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">A column is missing.</exception>
    public static IAsyncEnumerable<(FxRate? Rate, CsvRejection? Rejection)> ReadAsync(Stream stream, char separator = ',', CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CsvRows.ReadAsync<FxRate>(malformed => CsvReader.Create(stream, CsvInput.Options(separator, 65_536, malformed), leaveOpen: true), Index, Convert, cancellationToken);
    }

    /// <summary>Reads the rates of a file from decoded text asynchronously, honouring cancellation.</summary>
    /// <param name="reader">The file's text; left open.</param>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Each row as a rate or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">A column is missing.</exception>
    public static IAsyncEnumerable<(FxRate? Rate, CsvRejection? Rejection)> ReadAsync(TextReader reader, char separator = ',', CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRows.ReadAsync<FxRate>(malformed => CsvReader.Create(reader, CsvInput.Options(separator, 65_536, malformed), leaveOpen: true), Index, Convert, cancellationToken);
    }
#pragma warning restore RS0026

    private static int[] Index(CsvReader csv)
    {
        int[] index = new int[Columns.Length];
        for (int c = 0; c < Columns.Length; c++)
        {
            if (!csv.TryGetFieldIndex(Columns[c], out index[c]))
            {
                throw new ClaimsCsvHeaderException($"The FX rates file lacks the column '{Columns[c]}' (expected from,to,rate,date,source).");
            }
        }

        return index;
    }

    private static (FxRate?, CsvRejection?) Convert(CsvReader csv, int[] index)
    {
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

        return rate is not null
            ? (rate, null)
            : (null, new CsvRejection(csv.LineNumber, null, null, "fx.invalid", reason!, System.Text.Encoding.UTF8.GetString(csv.RawRecord)));
    }
}
