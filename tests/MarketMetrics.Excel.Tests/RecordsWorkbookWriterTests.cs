using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using MarketMetrics.Analysis;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;

namespace MarketMetrics.Excel.Tests;

public sealed class RecordsWorkbookWriterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"records-{Guid.NewGuid():N}.xlsx");
    private readonly List<ComparableRecord> _records;
    private readonly ComparableRecord _averagePrice;

    public RecordsWorkbookWriterTests()
    {
        NormalizationPipeline pipeline = NormalizationPipeline.CreateDefault();
        _records = [.. AiCloudArticle2025.Claims.SelectMany(c => pipeline.Normalize(c).Records)];
        _averagePrice = DerivedEstimates.AveragePrice("est-average-price", Record("seed-10"), Record("seed-09")).Record!;
        using FileStream file = File.Create(_path);
        using var workbook = new RecordsWorkbookWriter(file);
        foreach (ComparableRecord record in _records.Append(_averagePrice))
        {
            workbook.Write(record);
        }

        workbook.WriteRejection(7, "value", "value.unparsed", "No number in '若干'.");
    }

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Workbook_HasRecordsRejectionsAndBasesSheets()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(_path, false);

        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("records", "rejections", "bases");
        Rows(document, "records").Should().HaveCount(_records.Count + 2);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty("Excel opens only a valid package");
    }

    [Fact]
    public void Records_NumbersAreNumericCells_DatesAreDates_FlagsAreBooleans()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(_path, false);
        List<Row> rows = Rows(document, "records");
        string[] header = [.. rows[0].Elements<Cell>().Select(c => Text(c))];
        Cell[] idc = RowOf(rows, "seed-09");

        Cell low = idc[Array.IndexOf(header, "low")];
        low.DataType.Should().BeNull("a number is a numeric cell");
        decimal.Parse(low.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(536_700_000_000_000m);
        Text(idc[Array.IndexOf(header, "low_exact")]).Should().BeEmpty("a double holds 536.7万亿 exactly");
        idc[Array.IndexOf(header, "low_inclusive")].DataType!.Value.Should().Be(CellValues.Boolean);
        idc[Array.IndexOf(header, "low_inclusive")].CellValue!.Text.Should().Be("1");

        Cell start = idc[Array.IndexOf(header, "period_start")];
        start.CellValue!.Text.Should().Be("45658", "Excel's serial day of 2025-01-01");
        CellFormat format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)start.StyleIndex!.Value);
        document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.Should().Be("yyyy-mm-dd");
        Text(idc[Array.IndexOf(header, "unit")]).Should().Be("token");
        idc[Array.IndexOf(header, "unit")].DataType!.Value.Should().Be(CellValues.InlineString);
    }

    [Fact]
    public void Records_ABoundADoubleWouldRound_IsAlsoWrittenExactlyAsText()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(_path, false);
        List<Row> rows = Rows(document, "records");
        string[] header = [.. rows[0].Elements<Cell>().Select(c => Text(c))];
        Cell[] price = RowOf(rows, "est-average-price");
        decimal exactLow = _averagePrice.Value.Value.Low.ValueOrNull!.Value;

        string lowExact = Text(price[Array.IndexOf(header, "low_exact")]);
        lowExact.Should().NotBeEmpty();
        decimal.Parse(lowExact, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(exactLow);
        double numeric = double.Parse(price[Array.IndexOf(header, "low")].CellValue!.Text, CultureInfo.InvariantCulture);
        ((decimal)numeric).Should().NotBe(exactLow, "this bound is the case the text column exists for");
        numeric.Should().BeApproximately((double)exactLow, 1e-20);
    }

    [Fact]
    public void Records_HeaderIsFrozen_AndWidthsAreSet()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(_path, false);
        Worksheet sheet = Part(document, "records").Worksheet;

        Pane pane = sheet.Descendants<Pane>().Single();
        pane.State!.Value.Should().Be(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.Should().Be(1);
        pane.TopLeftCell!.Value.Should().Be("A2");
        sheet.Descendants<Column>().Should().HaveCount(24).And.OnlyContain(c => c.Width!.Value >= 8 && c.CustomWidth!.Value);
    }

    [Fact]
    public void Rejections_AndBases_AreListed()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(_path, false);

        List<Row> rejections = Rows(document, "rejections");
        rejections.Should().HaveCount(2);
        Cell[] rejection = [.. rejections[1].Elements<Cell>()];
        rejection[0].CellValue!.Text.Should().Be("7");
        rejection.Skip(1).Select(c => Text(c)).Should().Equal("value", "value.unparsed", "No number in '若干'.");

        List<Row> bases = Rows(document, "bases");
        int distinct = _records.Append(_averagePrice).Select(r => r.Basis.Id).Distinct().Count();
        bases.Should().HaveCount(distinct + 1);
        string volumeBasis = Record("seed-09").Basis.Id;
        Cell[] volume = RowOf(bases, volumeBasis);
        int onVolume = _records.Append(_averagePrice).Count(r => r.Basis.Id == volumeBasis);
        volume[4].CellValue!.Text.Should().Be(onVolume.ToString(CultureInfo.InvariantCulture));
        Text(volume[2]).Should().Contain("internal-business-calls=excluded");
    }

    private ComparableRecord Record(string id) => _records.Single(r => r.Id == id);

    private static WorksheetPart Part(SpreadsheetDocument document, string name)
    {
        Sheet sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static List<Row> Rows(SpreadsheetDocument document, string name) => [.. Part(document, name).Worksheet.Descendants<Row>()];

    private static Cell[] RowOf(List<Row> rows, string id) => [.. rows.Single(r => Text(r.Elements<Cell>().First()) == id).Elements<Cell>()];

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
