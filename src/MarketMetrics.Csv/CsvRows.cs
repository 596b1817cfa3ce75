using System.Runtime.CompilerServices;
using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>
/// The row loop the records and FX rates readers share: open a reader, index its header, then give each row's value or
/// rejection in file order, with the rejections CsvHelper reported for malformed records slotted in where they occurred.
/// </summary>
internal static class CsvRows
{
    public static IEnumerable<(T? Value, CsvRejection? Rejection)> Read<T>(
        Func<Queue<CsvRejection>, CsvReader> open, Func<CsvReader, int[]> index, Func<CsvReader, int[], (T?, CsvRejection?)> convert)
        where T : class
    {
        var malformed = new Queue<CsvRejection>();
        using CsvReader csv = open(malformed);
        int[] columns = index(csv);
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

            yield return convert(csv, columns);
        }
    }

    public static async IAsyncEnumerable<(T? Value, CsvRejection? Rejection)> ReadAsync<T>(
        Func<Queue<CsvRejection>, CsvReader> open, Func<CsvReader, int[]> index, Func<CsvReader, int[], (T?, CsvRejection?)> convert,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var malformed = new Queue<CsvRejection>();
        CsvReader csv = open(malformed);
        await using (csv.ConfigureAwait(false))
        {
            await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            int[] columns = index(csv);
            while (true)
            {
                // CsvHelper looks at the token only when it refills its buffer; a row is the unit of cancellation here.
                cancellationToken.ThrowIfCancellationRequested();
                bool more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
                while (malformed.Count > 0)
                {
                    yield return (null, malformed.Dequeue());
                }

                if (!more)
                {
                    yield break;
                }

                yield return convert(csv, columns);
            }
        }
    }
}
