using System.Globalization;
using MarketMetrics.Normalization;
using Xunit.Abstractions;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// Claims copied from public pages (Data/real-claims.csv, every row with its page in Data/real-claims-sources.md), read and
/// normalised as a user would, and every record checked against a reading of the same text made by hand
/// (Data/real-claims-expected.tsv): value bounds in the canonical unit, open or closed ends, and the period. A row the
/// library cannot read is rejected with a code; a row it reads must come out as the hand reading says.
/// </summary>
public class RealClaimsFileTests(ITestOutputHelper output)
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");

    [Theory]
    [InlineData("real-claims.csv", "real-claims-expected.tsv", 0.59)]
    [InlineData("holdout-claims.csv", "holdout-expected.tsv", 0.47)]
    public void Every_record_read_from_real_claims_agrees_with_the_hand_reading(string file, string expectedFile, double floor)
    {
        Dictionary<string, string[]> expected = File.ReadLines(Path.Combine(Data, expectedFile)).Skip(1)
            .Select(line => line.Split('\t')).ToDictionary(cells => cells[0], StringComparer.Ordinal);
        // Bases the library inferred (empty basis column) against a reading of the same cues made by hand.
        Dictionary<string, string[]> inferredBases = File.ReadLines(Path.Combine(Data, "inferred-bases-expected.tsv")).Skip(1)
            .Select(line => line.Split('\t')).ToDictionary(cells => cells[0], StringComparer.Ordinal);
        var pipeline = NormalizationPipeline.CreateDefault();
        var lines = new Dictionary<long, bool>();
        var rejections = new Dictionary<string, int>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        int checkedRecords = 0;
        using FileStream stream = File.OpenRead(Path.Combine(Data, file));
        foreach (ClaimRow row in new ClaimsCsvReader().Read(stream))
        {
            bool accepted = lines.GetValueOrDefault(row.LineNumber, true);
            if (row.Rejection is { } rejection)
            {
                Count(rejections, rejection.Code);
                rejection.Reason.Should().NotBeNullOrWhiteSpace();
                lines[row.LineNumber] = false;
                continue;
            }

            NormalizationResult result = pipeline.Normalize(row.Claim!);
            if (result.Failure is { } failure)
            {
                Count(rejections, failure.Code);
                lines[row.LineNumber] = false;
                continue;
            }

            lines[row.LineNumber] = accepted;
            foreach (ComparableRecord record in result.Records)
            {
                if (record.Id != record.Claim.Id)
                {
                    continue; // derived by the normalizer (daily average of a total): checked by its own tests
                }

                checkedRecords++;
                if (Check(record, expected) is { } mismatch)
                {
                    mismatches.Add(mismatch);
                }

                if (record.Assumptions.Any(n => n.Code == "basis.inferred"))
                {
                    string? measure = record.Basis.Scope[ScopeKeys.Measure];
                    if (!inferredBases.TryGetValue(record.Id, out string[]? basis))
                    {
                        mismatches.Add($"{record.Id}: basis {record.Basis.Id} inferred, with no hand reading of its basis");
                    }
                    else if (basis[1] != record.Basis.Id || (basis[2].Length > 0 && basis[2] != measure) || (basis[2].Length == 0 && measure is not null && record.Basis.MeasuresChange))
                    {
                        mismatches.Add($"{record.Id}: basis {record.Basis.Id} (measure {measure}) inferred; by hand {basis[1]} (measure {basis[2]})");
                    }
                }
            }
        }

        double rate = lines.Count(l => l.Value) / (double)lines.Count;
        output.WriteLine($"{file}: {lines.Count} rows, {lines.Count(l => l.Value)} accepted ({rate:P0}), {checkedRecords} records checked");
        foreach (KeyValuePair<string, int> code in rejections.OrderByDescending(c => c.Value))
        {
            output.WriteLine($"  {code.Key}: {code.Value}");
        }

        foreach (string mismatch in mismatches)
        {
            output.WriteLine("  mismatch " + mismatch);
        }

        mismatches.Should().BeEmpty("every record read from a real claim must agree with the hand reading");
        checkedRecords.Should().BeGreaterThan(0);
        rate.Should().BeGreaterThanOrEqualTo(floor, "the share of rows read must not fall");
    }

    private static string? Check(ComparableRecord record, Dictionary<string, string[]> expected)
    {
        string id = record.Claim.Id;
        int hash = id.IndexOf('#', StringComparison.Ordinal);
        string row = hash < 0 ? id : id[..hash];
        string? part = hash < 0 ? null : id[(hash + 1)..];
        string? direction = record.Basis.Scope[ScopeKeys.TokenDirection] switch
        {
            "cached-input" => "cached",
            { } d => d,
            null => null,
        };
        string? measure = record.Basis.Scope[ScopeKeys.Measure];
        string[] keys = part is null
            ? [row, row + "-" + direction, row + "-" + measure]
            : [row + "-" + Suffix(part), row + "-" + direction];
        string[]? e = keys.Select(k => expected.GetValueOrDefault(k)).FirstOrDefault(x => x is not null);
        if (e is null && part is null)
        {
            // A row read by hand as one part only ("输出价格通常为3元/百万tokens" → real-154-output) whose value names no part.
            string[][] only = [.. expected.Where(x => x.Key.StartsWith(row + "-", StringComparison.Ordinal)).Select(x => x.Value)];
            // A value that prints the level only, where the hand reading also took the change from the quote ("hold-048-level").
            string[][] levels = [.. only.Where(x => x[7] == "level")];
            e = only.Length == 1 ? only[0] : levels.Length == 1 && !record.Basis.MeasuresChange ? levels[0] : null;
        }

        if (e is null)
        {
            return $"{id}: no hand reading for {string.Join(" or ", keys)}";
        }

        (string unit, decimal factor) = e[4] switch
        {
            "percent" => ("%", 1m),
            "percentage-point" => ("pp", 1m),
            "multiple" => ("x", 1m),
            "ms" => ("s", 0.001m),
            "token/minute" => ("token/min", 1m),
            "token/day" => ("token/min", 1m / 1440m),
            "request/minute" => ("request/min", 1m),
            var u => (u, 1m),
        };
        decimal? low = e[1].Length == 0 ? null : decimal.Parse(e[1], CultureInfo.InvariantCulture) * factor;
        decimal? high = e[2].Length == 0 ? null : decimal.Parse(e[2], CultureInfo.InvariantCulture) * factor;
        if (record.Conversions.Any(n => n.Code == "share.bounded"))
        {
            low ??= 0m;
            high ??= 100m;
        }

        Interval value = record.Value.Value;
        if (e[3] == "approximately" && record.Value.Qualifier == FigureQualifier.Nearly && !value.High.IsInclusive)
        {
            low = null; // 近400%: the hand reading wrote "about 400"; the library reads 近 as just under it (docs/parsing.md)
        }

        bool unitAgrees = record.Value.Unit.Symbol == unit || (unit is "user/day" or "user/month" && record.Value.Unit.Symbol is "1" or "count");
        bool same = unitAgrees && Near(value.Low.ValueOrNull, low) && Near(value.High.ValueOrNull, high)
            && (e[3] != "more-than" || !value.Low.IsInclusive) && (e[3] != "less-than" || !value.High.IsInclusive);
        // A record with no period agrees only when its row gave none (the hand reading may know the period from the page,
        // which the row does not carry); a period the row gave and the record dropped, or one read where the hand reading
        // has none, disagrees as much as a wrong one.
        bool periodAgrees = record.Period is null
            ? record.Claim.Period is null
            : e[5].Length > 0 && record.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == e[5]
                && record.Period.End.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == e[6];
        return same && periodAgrees ? null
            : $"{id}: read {value} {record.Value.Unit.Symbol} over {record.Period?.Label ?? "no period"}; by hand [{e[1]}, {e[2]}] {e[4]} {e[3]} over {e[5]}..{e[6]} ({e[8]})";
    }

    private static string Suffix(string part) => part switch
    {
        "cached-input" => "cached",
        "change" => "growth",
        "start" => "from",
        "end" => "to",
        _ => part,
    };

    // Equal, or equal at 20 significant digits (a quotient the hand reading wrote shorter).
    private static bool Near(decimal? actual, decimal? expected) =>
        actual == expected || (actual is { } a && expected is { } b && b != 0m && Math.Abs((a - b) / b) < 0.000000000000000001m);

    private static void Count(Dictionary<string, int> counts, string code) => counts[code] = counts.GetValueOrDefault(code) + 1;
}
