// A consumer that knows MarketMetrics only through its packed .nupkg files.
using MarketMetrics;

var failures = new List<string>();

var exception = new MarketMetricsException("probe");
if (exception.Message != "probe")
{
    failures.Add($"MarketMetricsException.Message was '{exception.Message}'");
}

if (failures.Count > 0)
{
    foreach (string failure in failures)
    {
        Console.Error.WriteLine($"package consumer: {failure}");
    }

    return 1;
}

Console.WriteLine("package consumer: ok");
return 0;
