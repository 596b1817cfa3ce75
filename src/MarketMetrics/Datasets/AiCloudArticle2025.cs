using System.Globalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Datasets;

/// <summary>
/// The built-in dataset: every figure of a September 2025 news article on the fight over who leads China's AI
/// cloud market (the week of Alibaba Cloud's Apsara Conference), as claims with their printed wording, basis,
/// scope, period, market, publisher and quote. Each vendor leads on its own basis, which is the point.
/// </summary>
/// <remarks>
/// Loaded once from the data table <c>Datasets/ai-cloud-article-2025.tsv</c>; every value and period is read by
/// <see cref="QuantityParser"/> and <see cref="PeriodParser"/> from its printed form. Thread-safe.
/// </remarks>
public static class AiCloudArticle2025
{
    private static readonly Lazy<IReadOnlyList<Claim>> LazyClaims = new(Load);

    /// <summary>Gets the article's figures as claims, in the article's order.</summary>
    public static IReadOnlyList<Claim> Claims => LazyClaims.Value;

    private static List<Claim> Load()
    {
        using Stream stream = typeof(AiCloudArticle2025).Assembly.GetManifestResourceStream("MarketMetrics.Datasets.ai-cloud-article-2025.tsv")
            ?? throw new MarketMetricsException("The embedded dataset ai-cloud-article-2025.tsv is missing from the MarketMetrics assembly.");
        using var reader = new StreamReader(stream);
        var claims = new List<Claim>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] c = line.Split('\t');
            if (c.Length != 13)
            {
                throw new MarketMetricsException(string.Create(CultureInfo.InvariantCulture, $"ai-cloud-article-2025.tsv line {lineNumber}: expected 13 columns, found {c.Length}."));
            }

            if (!MetricBasisRegistry.Default.TryFind(c[3], out MetricBasis? basis))
            {
                throw new MarketMetricsException($"ai-cloud-article-2025.tsv line {lineNumber}: unknown basis '{c[3]}'.");
            }

            foreach (string pair in c[4].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = pair.Split('=', 2);
                basis = basis.WithScope(kv[0], kv[1]);
            }

            ParseResult<Figure> figure = QuantityParser.Default.Parse(c[5]);
            ReportingPeriod? period = c[6].Length == 0 ? null : PeriodParser.Default.Parse(c[6]).Value.Period;
            claims.Add(new Claim(c[0], c[1], c[2], figure.Value, basis)
            {
                Period = period,
                Aggregation = c[7] switch
                {
                    "total" => Aggregation.Total,
                    "daily-average" => Aggregation.DailyAverage,
                    "point-in-time" => Aggregation.PointInTime,
                    _ => Aggregation.Unspecified,
                },
                Market = c[8].Length == 0 ? null : Market.WellKnown.Single(m => m.Id == c[8]),
                Status = c[9] switch
                {
                    "estimate" => FigureStatus.Estimate,
                    "forecast" => FigureStatus.Forecast,
                    _ => FigureStatus.Reported,
                },
                Publisher = new Publisher(c[10], c[11] switch
                {
                    "vendor" => PublisherKind.Vendor,
                    "analyst" => PublisherKind.Analyst,
                    "media" => PublisherKind.Media,
                    _ => PublisherKind.Unknown,
                }),
                Quote = c[12],
            });
        }

        return claims;
    }
}
