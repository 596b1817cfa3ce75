using CsvHelper;

namespace MarketMetrics.Csv;

/// <summary>
/// The strings of a claims file's fields, kept per column for values that repeat: most columns of a claims file hold the
/// same few texts row after row (claimant, basis, period, market, publisher, date, status), and such a value is decoded
/// and allocated once instead of per row. A column whose values do not repeat (ids, quotes) stops being looked up after
/// a while. Keyed by the field's bytes as CsvHelper unquotes them, so a value found is the string CsvHelper gave for the
/// same bytes before. One per reading; not thread-safe.
/// </summary>
internal sealed class FieldStrings
{
    private const int Slots = 8; // per column: enough for a column that cycles through a few values
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

        int slot = (bytes.Length + (bytes[0] * 7) + (bytes[^1] * 31) + (bytes[bytes.Length / 2] * 3)) & (Slots - 1);
        column.Lookups++;
        if (column.Bytes[slot] is { } known && known.AsSpan(0, column.Lengths[slot]).SequenceEqual(bytes))
        {
            column.Found++;
            return column.Strings[slot]!;
        }

        string text = csv.GetString(index);
        byte[] buffer = column.Bytes[slot] is { Length: >= MaxLength } reused ? reused : column.Bytes[slot] = new byte[MaxLength];
        bytes.CopyTo(buffer);
        column.Lengths[slot] = bytes.Length;
        column.Strings[slot] = text;
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

        public string?[] Strings { get; } = new string?[Slots];

        public int Lookups { get; set; }

        public int Found { get; set; }

        public bool Off { get; set; }
    }
}
