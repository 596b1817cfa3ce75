using System.Text;
using MarketMetrics.Csv;
using MarketMetrics.Parsing;
using SharpFuzz;

// Any exception that escapes is a finding: the parsers and the CSV reader must answer every input with a value or an error.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    byte[] bytes = buffer.ToArray();
    string text = Encoding.UTF8.GetString(bytes);

    ParseResult<MarketMetrics.Figure> figure = QuantityParser.Default.Parse(text.Length > 4096 ? text[..4096] : text);
    if (figure.TryGetValue(out MarketMetrics.Figure? value))
    {
        _ = value.ToCanonical();
    }

    _ = PeriodParser.Default.Parse(text.Length > 256 ? text[..256] : text);

    try
    {
        foreach (ClaimRow row in new ClaimsCsvReader().Read(new MemoryStream(bytes)))
        {
            _ = row.ToString();
        }
    }
    catch (ClaimsCsvHeaderException)
    {
        // A documented outcome for an unusable header, not a crash.
    }
});
