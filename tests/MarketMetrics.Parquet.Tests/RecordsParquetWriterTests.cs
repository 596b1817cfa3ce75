using System.Globalization;
using DuckDB.NET.Data;
using MarketMetrics.Analysis;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;

namespace MarketMetrics.Parquet.Tests;

public sealed class RecordsParquetWriterTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"records-{Guid.NewGuid():N}.parquet");
    private readonly List<ComparableRecord> _records;
    private readonly ComparableRecord _averagePrice;

    public RecordsParquetWriterTests()
    {
        NormalizationPipeline pipeline = NormalizationPipeline.CreateDefault();
        List<ComparableRecord> seed = [.. AiCloudArticle2025.Claims.SelectMany(c => pipeline.Normalize(c).Records)];
        _averagePrice = DerivedEstimates.AveragePrice("est-average-price", seed.Single(r => r.Id == "seed-10"), seed.Single(r => r.Id == "seed-09")).Record!;
        _records = [.. seed, _averagePrice];
    }

    public async Task InitializeAsync()
    {
        await using FileStream file = File.Create(_path);
        (await RecordsParquetWriter.WriteAsync(file, _records)).Should().Be(_records.Count);
    }

    public Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public void DuckDb_CountsRecordsPerBasis()
    {
        List<(string Basis, long Count)> rows = Query($"SELECT basis, count(*) FROM '{_path}' GROUP BY basis ORDER BY basis", r => (r.GetString(0), r.GetInt64(1)));

        rows.Should().Equal(_records.GroupBy(r => r.Basis.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count())));
        rows.Sum(r => r.Count).Should().Be(_records.Count);
    }

    [Fact]
    public void DuckDb_MaxSharePerMarket_IsTheExactDecimal()
    {
        List<(string Market, decimal Max)> rows = Query(
            $"SELECT market, max(high) FROM '{_path}' WHERE unit = '%' GROUP BY market ORDER BY market", r => (r.GetString(0), r.GetDecimal(1)));

        rows.Should().Equal(("cn-llm", 17.7m), ("cn-public-cloud-llm", 46.4m));
    }

    [Fact]
    public void Columns_AreTyped_DecimalsDatesAndBooleans()
    {
        List<(string Low, string Start, string Flag)> types = Query(
            $"SELECT typeof(low), typeof(period_start), typeof(low_inclusive) FROM '{_path}' LIMIT 1", r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        types.Should().Equal(("DECIMAL(38,20)", "DATE", "BOOLEAN"));

        List<(DateTime Start, DateTime End, decimal Low)> idc = Query(
            $"SELECT period_start, period_end, low FROM '{_path}' WHERE id = 'seed-09'", r => (r.GetDateTime(0), r.GetDateTime(1), r.GetDecimal(2)));
        idc.Should().Equal((new DateTime(2025, 1, 1), new DateTime(2025, 7, 1), 536_700_000_000_000m));
    }

    [Fact]
    public void ABoundTheDecimalColumnCannotHold_IsNullThere_AndExactAsText()
    {
        decimal exact = _averagePrice.Value.Value.Low.ValueOrNull!.Value;
        decimal.Round(exact, RecordsParquetWriter.Scale).Should().NotBe(exact, "this bound has more decimal places than the column");

        List<(bool LowIsNull, string LowExact, decimal Price)> rows = Query(
            $"SELECT low IS NULL, low_exact, (SELECT low FROM '{_path}' WHERE id = 'seed-07') FROM '{_path}' WHERE id = 'est-average-price'",
            r => (r.GetBoolean(0), r.GetString(1), r.GetDecimal(2)));

        rows.Should().ContainSingle();
        rows[0].LowIsNull.Should().BeTrue();
        decimal.Parse(rows[0].LowExact, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(exact);
        rows[0].Price.Should().Be(0.0000008m, "a price per token that fits is kept to the last digit");
    }

    [Fact]
    public async Task ManyRowGroups_KeepEveryRecord()
    {
        string path = Path.Combine(Path.GetTempPath(), $"records-{Guid.NewGuid():N}.parquet");
        int copies = (RecordsParquetWriter.RowGroupSize * 2 / _records.Count) + 1;
        try
        {
            await using (FileStream file = File.Create(path))
            {
                await RecordsParquetWriter.WriteAsync(file, Enumerable.Repeat(_records, copies).SelectMany(r => r));
            }

            List<(long Rows, long Volume, decimal Shares)> totals = Query(
                $"SELECT count(*), count(*) FILTER (WHERE id = 'seed-09'), sum(high) FILTER (WHERE unit = '%') FROM '{path}'",
                r => (r.GetInt64(0), r.GetInt64(1), r.GetDecimal(2)));

            totals.Should().Equal(((long)_records.Count * copies, copies, (17.7m + 14.1m + 10.3m + 46.4m) * copies));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<T> Query<T>(string sql, Func<DuckDBDataReader, T> read)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = (DuckDBDataReader)command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
