using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace MarketMetrics.Parquet;

/// <summary>
/// Writes comparable records as an Apache Parquet file with typed columns: bounds as <c>decimal(38, 20)</c>, flags as
/// booleans, period ends as dates, the rest as strings. DuckDB, pandas, Spark and Power BI read it as it is.
/// </summary>
/// <remarks>
/// <para>A bound is in <c>low</c> / <c>high</c> when <c>decimal(38, 20)</c> holds it exactly (up to 18 integer digits
/// and 20 decimal places); a bound that does not fit is never rounded into that column: it is null there, and
/// <c>low_exact</c> / <c>high_exact</c> always carry every bounded end exactly as text. An unbounded end is null in
/// both columns.</para>
/// <para>Records are written in row groups of <see cref="RowGroupSize"/>; memory holds one row group's columns,
/// whatever the number of records. The writer is stateless and thread-safe; the stream is not shared.</para>
/// </remarks>
public static class RecordsParquetWriter
{
    /// <summary>The records per row group.</summary>
    public const int RowGroupSize = 65_536;

    /// <summary>The precision of the decimal bound columns.</summary>
    public const int Precision = 38;

    /// <summary>The scale (decimal places) of the decimal bound columns.</summary>
    public const int Scale = 20;

    private static readonly decimal Limit = 1_000_000_000_000_000_000m; // 10^(Precision - Scale)

    private static readonly DataField<string> Id = new("id", false);
    private static readonly DataField<string> Claimant = new("claimant", true);
    private static readonly DataField<string> Subject = new("subject", true);
    private static readonly DataField<string> Basis = new("basis", false);
    private static readonly DataField<string> BasisScope = new("scope", true);
    private static readonly DecimalDataField Low = new("low", Precision, Scale, forceByteArrayEncoding: true, isNullable: true);
    private static readonly DataField<bool> LowInclusive = new("low_inclusive", false);
    private static readonly DecimalDataField High = new("high", Precision, Scale, forceByteArrayEncoding: true, isNullable: true);
    private static readonly DataField<bool> HighInclusive = new("high_inclusive", false);
    private static readonly DataField<string> LowExact = new("low_exact", true);
    private static readonly DataField<string> HighExact = new("high_exact", true);
    private static readonly DataField<string> Qualifier = new("qualifier", false);
    private static readonly DataField<string> Unit = new("unit", false);
    private static readonly DataField<DateOnly?> PeriodStart = new("period_start", true);
    private static readonly DataField<DateOnly?> PeriodEnd = new("period_end", true);
    private static readonly DataField<string> Period = new("period", true);
    private static readonly DataField<string> Aggregation = new("aggregation", false);
    private static readonly DataField<string> Market = new("market", true);
    private static readonly DataField<string> Status = new("status", false);
    private static readonly DataField<string> Publisher = new("publisher", true);
    private static readonly DataField<string> Source = new("source", true);
    private static readonly DataField<string> ValueAsPrinted = new("value_as_printed", true);
    private static readonly DataField<string> Formula = new("formula", true);
    private static readonly DataField<string> Inputs = new("inputs", true);

    private static readonly ParquetSchema Schema = new(
        Id, Claimant, Subject, Basis, BasisScope, Low, LowInclusive, High, HighInclusive, LowExact, HighExact, Qualifier, Unit,
        PeriodStart, PeriodEnd, Period, Aggregation, Market, Status, Publisher, Source, ValueAsPrinted, Formula, Inputs);

    /// <summary>Gets the names of the columns, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Schema.GetDataFields().Select(f => f.Name)];

    /// <summary>Writes <paramref name="records"/> to <paramref name="destination"/> as one Parquet file.</summary>
    /// <param name="destination">A writable, seekable stream; it stays open.</param>
    /// <param name="records">The records, read once.</param>
    /// <param name="cancellationToken">Stops between row groups and columns.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written or sought.</exception>
    public static async Task<long> WriteAsync(Stream destination, IEnumerable<ComparableRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(records);
        if (!destination.CanWrite || !destination.CanSeek)
        {
            throw new ArgumentException("A Parquet file ends with its metadata: the stream must be writable and seekable.", nameof(destination));
        }

        long written = 0;
        var group = new RowGroup(RowGroupSize);
        ParquetWriter writer = await ParquetWriter.CreateAsync(Schema, destination, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (ComparableRecord record in records)
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                group.Add(record);
                written++;
                if (group.Count == RowGroupSize)
                {
                    await group.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
                }
            }

            if (group.Count > 0 || written == 0)
            {
                await group.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
            }
        }

        return written;
    }

    // A bound that decimal(38, 20) holds exactly; null otherwise (the exact text column keeps it).
    private static decimal? Fits(decimal? bound) =>
        bound is { } value && Math.Abs(value) < Limit && decimal.Round(value, Scale) == value ? value : null;

    /// <summary>One row group's columns, reused from group to group.</summary>
    private sealed class RowGroup(int capacity)
    {
        private readonly string?[] _id = new string?[capacity];
        private readonly string?[] _claimant = new string?[capacity];
        private readonly string?[] _subject = new string?[capacity];
        private readonly string?[] _basis = new string?[capacity];
        private readonly string?[] _scope = new string?[capacity];
        private readonly decimal?[] _low = new decimal?[capacity];
        private readonly bool[] _lowInclusive = new bool[capacity];
        private readonly decimal?[] _high = new decimal?[capacity];
        private readonly bool[] _highInclusive = new bool[capacity];
        private readonly string?[] _lowExact = new string?[capacity];
        private readonly string?[] _highExact = new string?[capacity];
        private readonly string?[] _qualifier = new string?[capacity];
        private readonly string?[] _unit = new string?[capacity];
        private readonly DateOnly?[] _periodStart = new DateOnly?[capacity];
        private readonly DateOnly?[] _periodEnd = new DateOnly?[capacity];
        private readonly string?[] _period = new string?[capacity];
        private readonly string?[] _aggregation = new string?[capacity];
        private readonly string?[] _market = new string?[capacity];
        private readonly string?[] _status = new string?[capacity];
        private readonly string?[] _publisher = new string?[capacity];
        private readonly string?[] _source = new string?[capacity];
        private readonly string?[] _printed = new string?[capacity];
        private readonly string?[] _formula = new string?[capacity];
        private readonly string?[] _inputs = new string?[capacity];

        public int Count { get; private set; }

        public void Add(ComparableRecord record)
        {
            int i = Count++;
            Figure value = record.Value;
            decimal? low = value.Value.Low.ValueOrNull, high = value.Value.High.ValueOrNull;
            _id[i] = record.Id;
            _claimant[i] = record.Claimant;
            _subject[i] = record.Subject;
            _basis[i] = record.Basis.Id;
            _scope[i] = record.Basis.Scope.ToString();
            _low[i] = Fits(low);
            _lowInclusive[i] = value.Value.Low.IsInclusive;
            _high[i] = Fits(high);
            _highInclusive[i] = value.Value.High.IsInclusive;
            _lowExact[i] = low?.ToString(CultureInfo.InvariantCulture);
            _highExact[i] = high?.ToString(CultureInfo.InvariantCulture);
            _qualifier[i] = ContractNames.Of(value.Qualifier);
            _unit[i] = value.Unit.Symbol;
            _periodStart[i] = record.Period?.Start;
            _periodEnd[i] = record.Period?.End;
            _period[i] = record.Period?.Label;
            _aggregation[i] = ContractNames.Of(record.Aggregation);
            _market[i] = record.Market?.Id;
            _status[i] = ContractNames.Of(record.Status);
            _publisher[i] = record.Claim.Publisher?.Name;
            _source[i] = record.Claim.Source ?? record.Claim.Quote;
            _printed[i] = value.Text;
            _formula[i] = record.Formula;
            _inputs[i] = record.Inputs.Count == 0 ? null : string.Join(", ", record.Inputs);
        }

        public async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
        {
            int n = Count;
            using (ParquetRowGroupWriter group = writer.CreateRowGroup())
            {
                await Strings(group, Id, _id, n).ConfigureAwait(false);
                await Strings(group, Claimant, _claimant, n).ConfigureAwait(false);
                await Strings(group, Subject, _subject, n).ConfigureAwait(false);
                await Strings(group, Basis, _basis, n).ConfigureAwait(false);
                await Strings(group, BasisScope, _scope, n).ConfigureAwait(false);
                await group.WriteAsync<decimal>(Low, _low.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<bool>(LowInclusive, _lowInclusive.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<decimal>(High, _high.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<bool>(HighInclusive, _highInclusive.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
                await Strings(group, LowExact, _lowExact, n).ConfigureAwait(false);
                await Strings(group, HighExact, _highExact, n).ConfigureAwait(false);
                await Strings(group, Qualifier, _qualifier, n).ConfigureAwait(false);
                await Strings(group, Unit, _unit, n).ConfigureAwait(false);
                await group.WriteAsync<DateOnly>(PeriodStart, _periodStart.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<DateOnly>(PeriodEnd, _periodEnd.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
                await Strings(group, Period, _period, n).ConfigureAwait(false);
                await Strings(group, Aggregation, _aggregation, n).ConfigureAwait(false);
                await Strings(group, Market, _market, n).ConfigureAwait(false);
                await Strings(group, Status, _status, n).ConfigureAwait(false);
                await Strings(group, Publisher, _publisher, n).ConfigureAwait(false);
                await Strings(group, Source, _source, n).ConfigureAwait(false);
                await Strings(group, ValueAsPrinted, _printed, n).ConfigureAwait(false);
                await Strings(group, Formula, _formula, n).ConfigureAwait(false);
                await Strings(group, Inputs, _inputs, n).ConfigureAwait(false);
                group.CompleteValidate();
            }

            Count = 0;
        }

        private static Task Strings(ParquetRowGroupWriter group, DataField field, string?[] values, int count) =>
            group.WriteAsync(field, new ArraySegment<string>(values!, 0, count), null);
    }
}
