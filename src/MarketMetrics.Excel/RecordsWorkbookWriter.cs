using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MarketMetrics.Excel;

/// <summary>
/// Writes comparable records to an Excel workbook (xlsx) with three sheets: <c>records</c> (one row per record, numbers
/// as numeric cells, dates as dates, the header frozen), <c>rejections</c> (what was not turned into a record, and why)
/// and <c>bases</c> (the statistical bases the records are on, with their scope).
/// </summary>
/// <remarks>
/// <para>Excel stores numbers as doubles: a bound with more digits than a double holds (536.7万亿 is exact, a price
/// of 0.000000461981005178781544 is not) is also written as text in <c>low_exact</c> / <c>high_exact</c>, so the
/// workbook never carries a rounded value alone. An unbounded end is an empty cell.</para>
/// <para>Records are streamed into the sheet as they are written; rejections and bases are held until
/// <see cref="Dispose"/>, which completes the workbook. A sheet holds at most <see cref="MaxRecords"/> records.
/// Not thread-safe.</para>
/// </remarks>
public sealed class RecordsWorkbookWriter : IDisposable
{
    /// <summary>The most records one sheet holds (Excel's row limit less the header).</summary>
    public const int MaxRecords = 1_048_575;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _recordsPart;
    private readonly OpenXmlWriter _writer;
    private readonly List<(long? Line, string? Column, string Code, string Message)> _rejections = [];
    private readonly Dictionary<string, (MetricBasis Basis, long Records)> _bases = new(StringComparer.Ordinal);
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private bool _disposed;

    /// <summary>Starts a workbook on <paramref name="destination"/>.</summary>
    /// <param name="destination">A writable, seekable stream; it stays open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written or sought.</exception>
    public RecordsWorkbookWriter(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite || !destination.CanSeek)
        {
            throw new ArgumentException("An xlsx file is a zip archive: the stream must be writable and seekable.", nameof(destination));
        }

        _document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = _document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        _recordsPart = workbook.AddNewPart<WorksheetPart>();
        _writer = OpenXmlWriter.Create(_recordsPart);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(FrozenHeader());
        _writer.WriteElement(Widths(RecordsWorkbook.RecordColumns));
        _writer.WriteStartElement(new SheetData());
        Header(_writer, RecordsWorkbook.RecordColumns);
    }

    /// <summary>Gets the number of records written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one record as a row of the <c>records</c> sheet.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The sheet already holds <see cref="MaxRecords"/> records.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void Write(ComparableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Count == MaxRecords)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"An xlsx sheet holds at most {MaxRecords:N0} records; record '{record.Id}' is one more. Write CSV or Parquet for more."));
        }

        Figure value = record.Value;
        _writer.WriteStartElement(new Row());
        Text(record.Id);
        Text(record.Claimant);
        Text(record.Subject);
        Text(record.Basis.Id);
        Text(record.Basis.Scope.ToString());
        Bound(value.Value.Low.ValueOrNull);
        Bound(value.Value.High.ValueOrNull);
        Exact(value.Value.Low.ValueOrNull);
        Exact(value.Value.High.ValueOrNull);
        Flag(value.Value.Low.IsInclusive);
        Flag(value.Value.High.IsInclusive);
        Text(ContractNames.Of(value.Qualifier));
        Text(value.Unit.Symbol);
        Date(record.Period?.Start);
        Date(record.Period?.End);
        Text(record.Period?.Label);
        Text(ContractNames.Of(record.Aggregation));
        Text(record.Market?.Id);
        Text(ContractNames.Of(record.Status));
        Text(record.Claim.Publisher?.Name);
        Text(record.Claim.Source ?? record.Claim.Quote);
        Text(value.Text);
        Text(record.Formula);
        Text(record.Inputs.Count == 0 ? null : string.Join(", ", record.Inputs));
        _writer.WriteEndElement();
        Count++;
        _bases[record.Basis.Id] = (record.Basis, _bases.TryGetValue(record.Basis.Id, out var seen) ? seen.Records + 1 : 1);
    }

    /// <summary>Adds a row to the <c>rejections</c> sheet: input that did not become a record.</summary>
    /// <param name="line">The line of the input, when known.</param>
    /// <param name="column">The column of the input, when known.</param>
    /// <param name="code">The stable code of the reason.</param>
    /// <param name="message">What was wrong and why.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null or blank.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void WriteRejection(long? line, string? column, string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _rejections.Add((line, column, code, message));
    }

    /// <summary>Writes the <c>rejections</c> and <c>bases</c> sheets and completes the workbook (the stream stays open).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.WriteEndElement(); // sheetData
        _writer.WriteEndElement(); // worksheet
        _writer.Close();

        WorkbookPart workbook = _document.WorkbookPart!;
        WorksheetPart rejections = workbook.AddNewPart<WorksheetPart>();
        rejections.Worksheet = Sheet(RecordsWorkbook.RejectionColumns, _rejections.Select(r => new[]
        {
            r.Line is { } line ? Number(line) : Empty(), Inline(r.Column), Inline(r.Code), Inline(r.Message),
        }));
        WorksheetPart bases = workbook.AddNewPart<WorksheetPart>();
        bases.Worksheet = Sheet(RecordsWorkbook.BasisColumns, _bases.Values.OrderBy(b => b.Basis.Id, StringComparer.Ordinal).Select(b => new[]
        {
            Inline(b.Basis.Id), Inline(b.Basis.Name), Inline(b.Basis.Scope.ToString()), Inline(string.Join(", ", b.Basis.Dimensions.Select(d => d.Id))),
            Number(b.Records), Inline(b.Basis.Description),
        }));
        workbook.Workbook = new Workbook(new Sheets(
            new Sheet { Id = workbook.GetIdOfPart(_recordsPart), SheetId = 1, Name = "records" },
            new Sheet { Id = workbook.GetIdOfPart(rejections), SheetId = 2, Name = "rejections" },
            new Sheet { Id = workbook.GetIdOfPart(bases), SheetId = 3, Name = "bases" }));
        workbook.Workbook.Save();
        _document.Dispose();
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private static Columns Widths(IReadOnlyList<(string Name, double Width)> columns)
    {
        var widths = new Columns();
        for (int i = 0; i < columns.Count; i++)
        {
            widths.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        return widths;
    }

    private static void Header(OpenXmlWriter writer, IReadOnlyList<(string Name, double Width)> columns)
    {
        writer.WriteStartElement(new Row());
        foreach ((string name, _) in columns)
        {
            Cell cell = Inline(name);
            cell.StyleIndex = HeaderStyle;
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Worksheet Sheet(IReadOnlyList<(string Name, double Width)> columns, IEnumerable<Cell[]> rows)
    {
        var data = new SheetData();
        var header = new Row();
        foreach ((string name, _) in columns)
        {
            Cell cell = Inline(name);
            cell.StyleIndex = HeaderStyle;
            header.Append(cell);
        }

        data.Append(header);
        foreach (Cell[] cells in rows)
        {
            data.Append(new Row(cells));
        }

        return new Worksheet(FrozenHeader(), Widths(columns), data);
    }

    private static Cell Inline(string? text) => text is null ? Empty()
        : new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };

    private static Cell Number(long value) => new(new CellValue(value.ToString(CultureInfo.InvariantCulture)));

    private static Cell Empty() => new();

    // The reused cell of the streamed records sheet: one cell object, its children replaced per value.
    private void Text(string? text)
    {
        if (text is null)
        {
            WriteEmpty();
            return;
        }

        _writer.WriteElement(Inline(text));
    }

    private void WriteEmpty()
    {
        _cell.RemoveAllChildren();
        _cell.DataType = null;
        _cell.StyleIndex = null;
        _writer.WriteElement(_cell);
    }

    private void Numeric(string text, uint? style)
    {
        _cell.RemoveAllChildren();
        _value.Text = text;
        _cell.Append(_value);
        _cell.DataType = null;
        _cell.StyleIndex = style;
        _writer.WriteElement(_cell);
        _cell.RemoveAllChildren();
    }

    private void Bound(decimal? bound)
    {
        if (bound is { } value)
        {
            Numeric(((double)value).ToString("R", CultureInfo.InvariantCulture), null);
        }
        else
        {
            WriteEmpty();
        }
    }

    // The bound as text when the numeric cell's double does not hold it exactly.
    private void Exact(decimal? bound)
    {
        if (bound is { } value && RecordsWorkbook.RoundsAsDouble(value))
        {
            Text(value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            WriteEmpty();
        }
    }

    private void Flag(bool value)
    {
        _cell.RemoveAllChildren();
        _value.Text = value ? "1" : "0";
        _cell.Append(_value);
        _cell.DataType = CellValues.Boolean;
        _cell.StyleIndex = null;
        _writer.WriteElement(_cell);
        _cell.RemoveAllChildren();
    }

    private void Date(DateOnly? date)
    {
        if (date is { } day)
        {
            Numeric((day.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);
        }
        else
        {
            WriteEmpty();
        }
    }
}
