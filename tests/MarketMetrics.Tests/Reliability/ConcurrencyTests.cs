using System.Text.Json;
using MarketMetrics.Datasets;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Reliability;

/// <summary>The parsers, the pipeline and the registries are thread-safe: 8 threads at once give what one thread gives.</summary>
public class ConcurrencyTests
{
    private static List<string> Texts()
    {
        var texts = new List<string>(AiCloudArticle2025.Claims.Select(c => c.Figure.Text!));
        foreach (string text in HostileInputTests.CorpusTexts())
        {
            texts.Add(text);
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string suite = Path.Combine(dir.FullName, "..", "shared", "conformance", "recognizers");
            if (File.Exists(Path.Combine(dir.FullName, "MarketMetrics.sln")) && Directory.Exists(suite))
            {
                foreach (string file in Directory.EnumerateFiles(suite, "*.market.jsonl"))
                {
                    foreach (string line in File.ReadLines(file))
                    {
                        using JsonDocument json = JsonDocument.Parse(line);
                        texts.Add(json.RootElement.GetProperty("text").GetString()!);
                    }
                }
            }
        }

        return texts;
    }

    private static string Describe(ParseResult<Figure> r) => r.Success ? r.Value.ToString() + "|" + r.Value.Qualifier + "|" + r.Value.Scale : r.Error!.ToString();

    [Fact]
    public void ParseAndNormalize_From8Threads_EqualsTheSingleThreadedRun()
    {
        List<string> texts = Texts();
        string[] expectedParses = [.. texts.Select(t => Describe(QuantityParser.Default.Parse(t)))];
        var pipeline = NormalizationPipeline.CreateDefault();
        NormalizationResult[] expectedRecords = [.. pipeline.NormalizeAll(AiCloudArticle2025.Claims)];

        var parses = new string[8][];
        var records = new NormalizationResult[8][];
        using var start = new Barrier(8);
        Thread[] threads = [.. Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            string[] mine = new string[texts.Count];
            for (int round = 0; round < 3; round++)
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    mine[(i + t) % texts.Count] = Describe(QuantityParser.Default.Parse(texts[(i + t) % texts.Count]));
                }
            }

            parses[t] = mine;
            records[t] = [.. pipeline.NormalizeAll(AiCloudArticle2025.Claims)];
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        texts.Count.Should().BeGreaterThanOrEqualTo(318, "the seed's 18 figures and the 300 hostile cases, plus the conformance texts when ../shared is present");
        for (int t = 0; t < 8; t++)
        {
            parses[t].Should().Equal(expectedParses);
            records[t].Select(r => r.Records).Zip(expectedRecords.Select(r => r.Records)).Should().OnlyContain(pair => pair.First.SequenceEqual(pair.Second));
        }
    }
}
