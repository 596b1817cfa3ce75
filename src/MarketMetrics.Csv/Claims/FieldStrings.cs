using System.IO.Hashing;
using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>
/// The strings of a claims file's fields, kept per column for values that repeat: most columns of a claims file hold the
/// same few texts row after row (claimant, basis, period, market, publisher, date, status), and such a value is decoded
/// and allocated once instead of per row. A column whose values do not repeat (ids, quotes) stops being looked up after
/// a while. Keyed by the field's bytes as CsvHelper unquotes them, so a value found is the string CsvHelper gave for the
/// same bytes before; and the same instance, so that a reader can tell a repeated value by reference. One per reading;
/// not thread-safe.
/// </summary>
internal sealed class FieldStrings
{
    private const int Slots = 64; // per column, each value with two places to be: a column cycling through a dozen values keeps them all
    private const int MaxLength = 64; // longer values rarely repeat
    private const int Trial = 512; // lookups before a column that is seldom found is left alone

    private readonly Column[] _columns;

    public FieldStrings(int columns)
    {
        _columns = new Column[columns];
        for (int c = 0; c < columns; c++)
        {
            _columns[c] = new Column();
        }
    }

    /// <summary>The field <paramref name="index"/> of the current record, as <see cref="CsvReader.GetString(int)"/> gives it.</summary>
    public string Get(CsvReader csv, int index)
    {
        if ((uint)index >= (uint)_columns.Length)
        {
            return csv.GetString(index);
        }

        Column column = _columns[index];
        if (column.Off)
        {
            return csv.GetString(index);
        }

        ReadOnlySpan<byte> bytes = csv.GetSpan(index);
        if (bytes.IsEmpty || bytes.Length > MaxLength)
        {
            return csv.GetString(index);
        }

        ulong hash = XxHash3.HashToUInt64(bytes);
        int first = (int)(hash & (Slots - 1)), second = (int)((hash >> 32) & (Slots - 1));
        column.Lookups++;
        if (column.Matches(first, hash, bytes))
        {
            column.Found++;
            return column.Strings[first]!;
        }

        if (column.Matches(second, hash, bytes))
        {
            column.Found++;
            return column.Strings[second]!;
        }

        string text = csv.GetString(index);

        // An empty place of the two, else the one not filled last.
        int slot = column.Strings[first] is null ? first : column.Strings[second] is null ? second : column.LastFilled == first ? second : first;
        byte[] buffer = column.Bytes[slot] ??= new byte[MaxLength];
        bytes.CopyTo(buffer);
        column.Lengths[slot] = bytes.Length;
        column.Hashes[slot] = hash;
        column.Strings[slot] = text;
        column.LastFilled = slot;
        if (column.Lookups >= Trial && column.Found < column.Lookups / 8)
        {
            column.Off = true;
        }

        return text;
    }

    private sealed class Column
    {
        public byte[]?[] Bytes { get; } = new byte[]?[Slots];

        public int[] Lengths { get; } = new int[Slots];

        public ulong[] Hashes { get; } = new ulong[Slots];

        public string?[] Strings { get; } = new string?[Slots];

        public int LastFilled { get; set; } = -1;

        public int Lookups { get; set; }

        public int Found { get; set; }

        public bool Off { get; set; }

        public bool Matches(int slot, ulong hash, ReadOnlySpan<byte> bytes) =>
            Hashes[slot] == hash && Strings[slot] is not null && Lengths[slot] == bytes.Length && Bytes[slot].AsSpan(0, bytes.Length).SequenceEqual(bytes);
    }
}
