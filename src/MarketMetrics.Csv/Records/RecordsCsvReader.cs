using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MarketMetrics.Parsing;
using MarketMetrics.Serialization;

namespace MarketMetrics.Csv;

/// <summary>Reads records CSV files written by <see cref="RecordsCsvWriter"/>, row by row: each row is a record or a rejection.</summary>
/// <remarks>Thread-safe: every call reads its own stream.</remarks>
public sealed class RecordsCsvReader
{
    /// <summary>Creates a reader.</summary>
    /// <param name="separator">The field separator; ',' by default.</param>
    public RecordsCsvReader(char separator) => Separator = separator;

    /// <summary>Creates a reader that resolves basis ids and period labels (<c>FY2025@nvidia</c>) with the given registries,
    /// as <c>AddCsv()</c> does with the container's.</summary>
    /// <param name="separator">The field separator; ',' by default.</param>
    /// <param name="bases">The bases to resolve ids with; <see langword="null"/> for the built-in ones.</param>
    /// <param name="periods">The parser for period labels; <see langword="null"/> for <see cref="PeriodParser.Default"/>.</param>
    public RecordsCsvReader(char separator = ',', MetricBasisRegistry? bases = null, PeriodParser? periods = null)
    {
        Separator = separator;
        _bases = bases;
        _periods = periods;
    }

    private readonly MetricBasisRegistry? _bases;
    private readonly PeriodParser? _periods;

    /// <summary>Gets the field separator.</summary>
    public char Separator { get; }

    /// <summary>Reads the records of a file.</summary>
    /// <param name="stream">The file's bytes (UTF-8, other encodings by their byte order mark); left open.</param>
    /// <returns>Each row as a record or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header lacks columns of the records schema (on first enumeration).</exception>
    public IEnumerable<(ComparableRecord? Record, CsvRejection? Rejection)> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CsvRows.Read<ComparableRecord>(malformed => CsvReader.Create(stream, CsvInput.Options(Separator, int.MaxValue, malformed), leaveOpen: true), Index, Convert);
    }

    /// <summary>Reads the records of a file from text already decoded.</summary>
    /// <param name="reader">The file's text; left open.</param>
    /// <returns>Each row as a record or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header lacks columns of the records schema (on first enumeration).</exception>
    public IEnumerable<(ComparableRecord? Record, CsvRejection? Rejection)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRows.Read<ComparableRecord>(malformed => CsvReader.Create(reader, CsvInput.Options(Separator, int.MaxValue, malformed), leaveOpen: true), Index, Convert);
    }

#pragma warning disable RS0026 // A Stream and a TextReader overload, each with an optional token, as the BCL's readers have.
    /// <summary>Reads the records of a file asynchronously, honouring cancellation.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Each row as a record or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header lacks columns of the records schema.</exception>
    public IAsyncEnumerable<(ComparableRecord? Record, CsvRejection? Rejection)> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CsvRows.ReadAsync<ComparableRecord>(malformed => CsvReader.Create(stream, CsvInput.Options(Separator, int.MaxValue, malformed), leaveOpen: true), Index, Convert, cancellationToken);
    }

    /// <summary>Reads the records of a file from decoded text asynchronously, honouring cancellation.</summary>
    /// <param name="reader">The file's text; left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Each row as a record or as a rejection, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header lacks columns of the records schema.</exception>
    public IAsyncEnumerable<(ComparableRecord? Record, CsvRejection? Rejection)> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRows.ReadAsync<ComparableRecord>(malformed => CsvReader.Create(reader, CsvInput.Options(Separator, int.MaxValue, malformed), leaveOpen: true), Index, Convert, cancellationToken);
    }
#pragma warning restore RS0026

    private static int[] Index(CsvReader csv)
    {
        int[] index = new int[RecordsCsv.Columns.Count];
        for (int i = 0; i < index.Length; i++)
        {
            index[i] = -1;
            for (int h = 0; h < csv.Headers.Count; h++)
            {
                if (string.Equals(csv.Headers[h].Trim(), RecordsCsv.Columns[i], StringComparison.OrdinalIgnoreCase))
                {
                    index[i] = h;
                }
            }
        }

        string[] missing = [.. RecordsCsv.Columns.Where((_, i) => index[i] < 0)];
        return missing.Length == 0
            ? index
            : throw new ClaimsCsvHeaderException("The records file's header lacks column(s) " + string.Join(", ", missing) + ".");
    }

    private (ComparableRecord?, CsvRejection?) Convert(CsvReader csv, int[] index)
    {
        long line = csv.LineNumber;
        string F(int column) => FormulaEscape.FromReading(csv.GetString(index[column]));
        RecordDocument? document = null;
        string? error = null;
        try
        {
            int k = 0;
            document = new RecordDocument
            {
                Id = F(k++), Claimant = F(k++), Subject = F(k++), Basis = F(k++), Scope = F(k++),
                Low = Number(F(k++)), LowInclusive = Flag(F(k++)), High = Number(F(k++)), HighInclusive = Flag(F(k++)), Qualifier = F(k++), Unit = F(k++),
                PeriodStart = Null(F(k++)), PeriodEnd = Null(F(k++)), Period = Null(F(k++)), Aggregation = F(k++), Market = Null(F(k++)), Status = F(k++),
                Publisher = Null(F(k++)), Source = Null(F(k++)), Scale = Null(F(k++)), ScaleMultiplier = Number(F(k++)), Text = Null(F(k++)),
                Formula = Null(F(k++)), Inputs = List(F(k++)), Assumptions = List(F(k++)), Conversions = List(F(k++)), Warnings = List(F(k++)),
                Claim = new ClaimDocument
                {
                    Id = F(k++), Claimant = F(k++), Subject = F(k++), Basis = F(k++), Scope = F(k++),
                    Figure = new FigureDocument
                    {
                        Low = Number(F(k++)), LowInclusive = Flag(F(k++)), High = Number(F(k++)), HighInclusive = Flag(F(k++)), Qualifier = F(k++),
                        Unit = F(k++), Scale = Null(F(k++)), ScaleMultiplier = Number(F(k++)), Text = Null(F(k++)),
                    },
                    Period = Null(F(k++)), Aggregation = F(k++), Market = Null(F(k++)), Status = F(k++), Publisher = Null(F(k++)),
                    PublisherKind = Null(F(k++)), Published = Null(F(k++)), Source = Null(F(k++)), Quote = Null(F(k++)), ScopeNotes = Null(F(k++)),
                },
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or OverflowException)
        {
            error = e.Message;
        }

        return document is not null && RecordDocuments.TryToRecord(document, out ComparableRecord? record, out error, _bases, _periods)
            ? (record, null)
            : (null, new CsvRejection(line, null, null, "record.invalid", error ?? "The row is not a record.", System.Text.Encoding.UTF8.GetString(csv.RawRecord)));
    }

    private static string? Null(string value) => value.Length == 0 ? null : value;

    private static decimal? Number(string value) => value.Length == 0 ? null : decimal.Parse(value, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static bool Flag(string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new FormatException($"'{value}' is not true or false."),
    };

    private static string[] List(string value) => value.Length == 0 ? [] : JsonSerializer.Deserialize(value, CsvJson.Context.StringArray) ?? [];
}
