using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MarketMetrics.Benchmarks;

/// <summary>The fixed inputs of every benchmark: the seed's printed figures plus the conformance spans, and a generated claims file.</summary>
internal static class Corpus
{
    private static readonly string[] Seed =
    [
        "46.4%", "約十家", "第一", "20-40ms", "500萬TPM", "1萬用戶", "0.0008元/千Tokens", "1200億Tokens", "超5000億Tokens", "536.7萬億Tokens",
        "5-6億元", "超800億元", "100倍", "超16.4萬億Tokens", "137倍", "17.7%", "14.1%", "10.3%", "$0.28 per million input tokens",
        "over 480 trillion tokens monthly", "RMB 80 billion", "2.4 billion", "12.56个百分点", "近半",
    ];

    public static string[] Figures { get; } = Load();

    /// <summary>The Arabic digit runs of each figure, for the decimal.Parse floor.</summary>
    public static string[] DigitParts { get; } = [.. Figures.SelectMany(DigitRuns)];

    public static byte[] ClaimsCsv(int rows)
    {
        var text = new StringBuilder("id,claimant,subject,basis,scope,value,period,aggregation,market,scope_notes,publisher,publisher_kind,published,source,quote,status\n");
        string[] values = ["536.7萬億Tokens", "超800億元", "46.4%", "\"5-6億元\"", "超16.4萬億Tokens", "17.7%", "\"RMB 80 billion\"", "1200億Tokens"];
        string[] bases = ["maas-token-volume", "full-stack-cloud-revenue", "maas-token-volume", "maas-revenue", "own-products-token-consumption",
            "self-developed-model-token-share", "full-stack-cloud-revenue", "own-products-token-consumption"];
        string[] periods = ["2025上半年", "2024年", "", "2025年", "", "2025上半年", "FY2024@alibaba", ""];
        string[] markets = ["cn-public-cloud-llm", "", "cn-public-cloud-llm", "cn-public-cloud-llm", "", "cn-llm", "", ""];
        for (int i = 0; i < rows; i++)
        {
            int k = i % 8;
            text.Append(CultureInfo.InvariantCulture, $"r{i},火山引擎,火山引擎,{bases[k]},,{values[k]},{periods[k]},,{markets[k]},,IDC,analyst,2025-09-24,,quote {i},reported\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Claims of mixed bases, markets and periods about 2,000 entities (bench/compare.sh writes the same shapes).</summary>
    public static byte[] MixedClaimsCsv(int rows)
    {
        var text = new StringBuilder("id,claimant,subject,basis,value,period,market,aggregation\n");
        string[] periods = ["2024年", "2025上半年", "2024上半年", "2023年", ""];
        for (int i = 1; i <= rows; i++)
        {
            int x = i * 31 % 997;
            string period = periods[i / 10 % 5];
            string line = (i % 10) switch
            {
                0 => $"maas-token-volume,{x % 50}.{x % 10}%,{period},cn-public-cloud-llm,",
                1 => $"self-developed-model-token-share,{x % 20}.{x % 10}%,{period},cn-llm,daily-average",
                2 => $"full-stack-cloud-revenue,超{x + 1}億元,{period},,total",
                3 => $"serving-latency,{(x % 90) + 10}ms,,,",
                4 => $"model-unit-price,0.00{(x % 9) + 1}元/千Tokens,{period},,",
                5 => $"own-products-token-consumption,{x + 1}億Tokens,,,daily-average",
                6 => $"maas-token-volume,{x + 1}萬億Tokens,{period},cn-public-cloud-llm,total",
                7 => $"ai-public-cloud-services-revenue,{x % 30}.{x % 10}%,{period},cn-ai-public-cloud,",
                8 => $"llm-tender-wins,第{(x % 9) + 1},{period},cn-llm-tenders,",
                _ => $"serving-capacity,{x + 1}萬TPM,,,",
            };
            string entity = "vendor-" + (i * 7919 % 2000).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"c{i},{entity},{entity},{line}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string[] Load()
    {
        var figures = new List<string>(Seed);
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string suite = Path.Combine(dir.FullName, "..", "shared", "conformance", "recognizers");
            if (File.Exists(Path.Combine(dir.FullName, "MarketMetrics.sln")) && Directory.Exists(suite))
            {
                foreach (string file in Directory.EnumerateFiles(suite, "*.market.jsonl").Order(StringComparer.Ordinal))
                {
                    foreach (string line in File.ReadLines(file))
                    {
                        using JsonDocument json = JsonDocument.Parse(line);
                        figures.Add(json.RootElement.GetProperty("text").GetString()!);
                    }
                }

                break;
            }
        }

        return [.. figures];
    }

    private static IEnumerable<string> DigitRuns(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            yield return text[start..i];
        }
    }
}
