using System.Globalization;
using System.Net;
using MarketMetrics.Analysis;

namespace MarketMetrics.Cli.Commands;

/// <summary>Writes a <see cref="Report"/> as one self-contained HTML page: no script, no external file or font.</summary>
/// <remarks>Each leaderboard is an inline SVG bar chart (bar to the low end, whisker to the high end, an arrow where the
/// interval is open above) with a table of the same entries as its text alternative.</remarks>
internal static class HtmlReport
{
    private const int ChartWidth = 640;
    private const int LabelWidth = 200;
    private const int RowHeight = 28;

    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
        + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
        + ".chart text{font-size:13px}.bar{fill:#8aa9c8}.bar.leader{fill:#2f6ea5}.whisker{stroke:#333;stroke-width:2;fill:none}"
        + ".scope{color:#555;font-size:.9em}";

    public static void Write(TextWriter w, Report report, FigureDisplay display, bool chinese)
    {
        string title = chinese ? "市场数据对比报告" : "Market claims report";
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{(chinese ? "zh-Hans" : "en")}\">");
        w.WriteLine($"<head><meta charset=\"utf-8\" /><title>{E(title)}</title><style>{Style}</style></head>");
        w.WriteLine("<body>");
        w.WriteLine($"<h1>{E(title)}</h1>");
        w.WriteLine($"<p class=\"summary\">{E(report.Summary)}</p>");
        w.WriteLine($"<h2>{E(chinese ? "谁领先，按口径" : "Who leads, on which basis (口径)")}</h2>");
        int chart = 0;
        foreach (Leaderboard board in report.Boards)
        {
            chart++;
            w.WriteLine("<section class=\"board\">");
            w.WriteLine($"<h3>{E(board.Heading)}</h3>");
            w.WriteLine($"<p class=\"scope\">{E(chinese ? "口径" : "Scope")}: {E(board.Basis.Scope.ToString())}</p>");
            if (!board.IsSingleClaim)
            {
                Chart(w, board, display, chart);
            }

            Entries(w, board, display, chinese);
            w.WriteLine($"<p>{E(board.Explanation)}</p>");
            w.WriteLine("</section>");
        }

        w.WriteLine($"<h2>{E(chinese ? "一致性检查" : "Consistency findings")}</h2><ul>");
        foreach (Finding f in report.Findings)
        {
            w.WriteLine($"<li class=\"finding\"><strong>{E(f.Kind)}</strong> ({Links(f.Records)}): {E(f.Explanation)}</li>");
        }

        w.WriteLine("</ul>");
        Derived(w, report, display, chinese);
        Records(w, report, display, chinese);
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void Chart(TextWriter w, Leaderboard board, FigureDisplay display, int number)
    {
        IReadOnlyList<LeaderboardEntry> entries = board.Entries;
        double max = 0;
        foreach (LeaderboardEntry e in entries)
        {
            Interval v = e.Record.Value.Value;
            max = Math.Max(max, (double)(v.High.ValueOrNull ?? v.Low.ValueOrNull ?? 0m));
        }

        max = max <= 0 ? 1 : max * 1.15;
        int height = (entries.Count * RowHeight) + 10;
        double scale = (ChartWidth - LabelWidth - 20) / max;
        string id = string.Create(CultureInfo.InvariantCulture, $"chart-{number}");
        w.WriteLine($"<figure><svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        w.WriteLine($"<title id=\"{id}-title\">{E(board.Heading)}</title>");
        for (int i = 0; i < entries.Count; i++)
        {
            LeaderboardEntry e = entries[i];
            Interval v = e.Record.Value.Value;
            double y = 5 + (i * RowHeight);
            double low = (double)(v.Low.ValueOrNull ?? 0m) * scale;
            string bar = F(LabelWidth), top = F(y + 4), mid = F(y + 12);
            w.WriteLine($"<g class=\"entry\"><text x=\"{F(LabelWidth - 8)}\" y=\"{F(y + 17)}\" text-anchor=\"end\">{E(e.Position.ToString(CultureInfo.InvariantCulture))}. {E(e.Subject)}</text>");
            w.WriteLine($"<rect class=\"bar{(e.Position == 1 ? " leader" : string.Empty)}\" x=\"{bar}\" y=\"{top}\" width=\"{F(Math.Max(low, 1))}\" height=\"16\"><title>{E(display.Format(e.Record.Value))}</title></rect>");
            if (v.High.ValueOrNull is { } high && high != v.Low.ValueOrNull)
            {
                double x1 = LabelWidth + low, x2 = LabelWidth + ((double)high * scale);
                w.WriteLine($"<path class=\"whisker\" d=\"M{F(x1)} {mid} H{F(x2)} M{F(x2)} {F(y + 6)} V{F(y + 18)}\" />");
            }
            else if (v.High.IsUnbounded)
            {
                double x1 = LabelWidth + low, x2 = ChartWidth - 8;
                w.WriteLine($"<path class=\"whisker open\" d=\"M{F(x1)} {mid} H{F(x2)} M{F(x2 - 6)} {F(y + 6)} L{F(x2)} {mid} L{F(x2 - 6)} {F(y + 18)}\" />");
            }

            w.WriteLine("</g>");
        }

        w.WriteLine("</svg></figure>");
    }

    private static void Entries(TextWriter w, Leaderboard board, FigureDisplay display, bool chinese)
    {
        w.WriteLine($"<table class=\"entries\"><thead><tr><th>#</th><th>{E(chinese ? "主体" : "subject")}</th><th>{E(chinese ? "数值" : "value")}</th><th>{E(chinese ? "记录" : "record")}</th></tr></thead><tbody>");
        foreach (LeaderboardEntry e in board.Entries)
        {
            w.WriteLine($"<tr><td>{e.Position.ToString(CultureInfo.InvariantCulture)}{(e.Tied ? "=" : string.Empty)}</td><td>{E(e.Subject)}</td><td>{E(display.Format(e.Record.Value))}</td><td>{Links([e.Record.Id])}</td></tr>");
        }

        w.WriteLine("</tbody></table>");
    }

    private static void Derived(TextWriter w, Report report, FigureDisplay display, bool chinese)
    {
        w.WriteLine($"<h2>{E(chinese ? "推算" : "Derived estimates")}</h2><table class=\"derived\"><thead><tr><th>id</th><th>{E(chinese ? "数值" : "value")}</th><th>{E(chinese ? "公式" : "formula")}</th><th>{E(chinese ? "输入" : "inputs")}</th><th>{E(chinese ? "假设" : "assumptions")}</th></tr></thead><tbody>");
        foreach (EstimateResult estimate in report.Derived)
        {
            if (estimate.Record is { } r)
            {
                w.WriteLine($"<tr><td>{E(r.Id)}</td><td>{E(display.Format(r.Value))}</td><td>{E(r.Formula ?? string.Empty)}</td><td>{Links(r.Inputs)}</td><td>{E(string.Join(" ", r.Assumptions.Concat(r.Warnings).Select(n => n.Message)))}</td></tr>");
            }
            else
            {
                w.WriteLine($"<tr><td>{E(chinese ? "（拒绝）" : "(refused)")}</td><td>—</td><td>—</td><td>—</td><td>{E($"{estimate.RefusalCode}: {estimate.Refusal}")}</td></tr>");
            }
        }

        w.WriteLine("</tbody></table>");
    }

    private static void Records(TextWriter w, Report report, FigureDisplay display, bool chinese)
    {
        w.WriteLine($"<h2>{E(chinese ? "记录" : "Records")}</h2><table class=\"records\"><thead><tr><th>id</th><th>{E(chinese ? "主体" : "subject")}</th><th>{E(chinese ? "口径" : "basis")}</th><th>{E(chinese ? "数值" : "value")}</th><th>{E(chinese ? "期间" : "period")}</th><th>{E(chinese ? "原文" : "as printed")}</th></tr></thead><tbody>");
        foreach (ComparableRecord r in report.Records)
        {
            w.WriteLine($"<tr id=\"rec-{E(r.Id)}\"><td>{E(r.Id)}</td><td>{E(r.Subject)}</td><td>{E(r.Basis.Name)}</td><td>{E(display.Format(r.Value))}</td><td>{E(r.Period?.Label ?? "—")}</td><td>{E(r.Claim.Figure.Text ?? string.Empty)}</td></tr>");
        }

        w.WriteLine("</tbody></table>");
    }

    private static string Links(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"<a href=\"#rec-{E(id)}\">{E(id)}</a>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
