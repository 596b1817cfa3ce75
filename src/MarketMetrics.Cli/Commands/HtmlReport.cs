using System.Globalization;
using System.Net;
using MarketMetrics.Analysis;
using MarketMetrics.Cli.Json;

namespace MarketMetrics.Cli.Commands;

/// <summary>Writes a <see cref="Report"/> as one self-contained HTML page: no script, no external file or font.</summary>
/// <remarks>Each leaderboard is an inline SVG bar chart (bar to the low end, whisker to the high end, an arrow where the
/// interval is open above) with a table of the same entries as its text alternative.</remarks>
internal static class HtmlReport
{
    private const int ChartWidth = 640;
    private const int LabelWidth = 200;
    private const int RowHeight = 28;

    /// <summary>The most pairwise verdicts listed for one candidate group; the rest are counted.</summary>
    public const int VerdictsPerGroup = 30;

    /// <summary>Installed fonts only: Noto Sans CJK for Chinese text where present, then the platforms' own CJK fonts.</summary>
    private const string FontStack = "system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif";

    private const string Style =
        "body{font-family:" + FontStack + ";max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
        + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
        + ".chart text{font-size:13px}.bar{fill:#8aa9c8}.bar.leader{fill:#2f6ea5}.whisker{stroke:#333;stroke-width:2;fill:none}"
        + ".chart text{font-family:inherit}.scope{color:#555;font-size:.9em}.verdicts caption{text-align:left;font-weight:bold}"
        + ".not-comparable{color:#8a1c1c}.omitted{color:#555;font-style:italic}";

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
            Chart(w, board, display, chart, chinese);

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
        Verdicts(w, report, chinese);
        Derived(w, report, display, chinese);
        Records(w, report, display, chinese);
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void Chart(TextWriter w, Leaderboard board, FigureDisplay display, int number, bool chinese)
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
        string summary = string.Join(chinese ? "；" : "; ", entries.Select(e => $"{e.Position.ToString(CultureInfo.InvariantCulture)}. {e.Subject} {display.Format(e.Record.Value)}"));
        string description = (chinese ? "条形图，每个主体一条，长度为数值的下限，须线延至上限，箭头表示无上限。" : "Bar chart, one bar per subject: the bar runs to the value's low end, a whisker to its high end, an arrow where it has none. ") + summary;
        w.WriteLine($"<figure><svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        w.WriteLine($"<title id=\"{id}-title\">{E(board.Heading)}</title>");
        w.WriteLine($"<desc id=\"{id}-desc\">{E(description)}</desc>");
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

        w.WriteLine($"</svg><figcaption>{E(chinese ? "图表数据见下表。" : "The table below holds the chart's data.")}</figcaption></figure>");
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

    private static void Verdicts(TextWriter w, Report report, bool chinese)
    {
        AnalysisLanguage language = chinese ? AnalysisLanguage.Chinese : AnalysisLanguage.English;
        w.WriteLine($"<h2>{E(chinese ? "两两比较（按候选组）" : "Pairwise verdicts, per candidate group")}</h2>");
        w.WriteLine($"<p>{E(chinese ? "候选组：量纲与市场相同的记录。" : "A candidate group holds the records of one dimension and market.")}</p>");
        int number = 0;
        foreach ((long count, IReadOnlyList<ComparableRecord> kept) in report.Groups.All())
        {
            if (count < 2)
            {
                continue;
            }

            number++;
            ComparableRecord sample = kept[0];
            string market = sample.Market?.Id ?? (chinese ? "未说明市场" : "market unstated");
            w.WriteLine($"<table class=\"verdicts\"><caption>{E(chinese ? "组" : "Group")} {number.ToString(CultureInfo.InvariantCulture)}: {E(sample.Value.Unit.Dimension.Id)}, {E(market)} ({count.ToString(CultureInfo.InvariantCulture)} {E(chinese ? "条记录" : "records")})</caption>");
            w.WriteLine($"<thead><tr><th>{E(chinese ? "记录一" : "first")}</th><th>{E(chinese ? "记录二" : "second")}</th><th>{E(chinese ? "结论" : "verdict")}</th><th>{E(chinese ? "原因" : "reasons")}</th></tr></thead><tbody>");
            int shown = 0;
            for (int i = 0; i < kept.Count && shown < VerdictsPerGroup; i++)
            {
                for (int j = i + 1; j < kept.Count && shown < VerdictsPerGroup; j++)
                {
                    ComparabilityVerdict v = Comparability.Compare(kept[i], kept[j], language);
                    string kind = VerdictNames.Of(v.Kind);
                    string reasons = string.Join("; ", v.Reasons.Select(r => $"{r.Code}: {r.Message}"));
                    w.WriteLine($"<tr class=\"verdict {kind}\" title=\"{E(v.Explanation)}\"><td>{Links([kept[i].Id])}</td><td>{Links([kept[j].Id])}</td><td>{E(kind)}</td><td>{E(reasons.Length == 0 ? "—" : reasons)}</td></tr>");
                    shown++;
                }
            }

            w.WriteLine("</tbody></table>");
            long omitted = (count * (count - 1) / 2) - shown;
            if (omitted > 0)
            {
                string text = chinese
                    ? $"另有 {omitted.ToString(CultureInfo.InvariantCulture)} 对未列出；用 compare --pair <a> <b> 或 --pairs all 查看。"
                    : $"{omitted.ToString(CultureInfo.InvariantCulture)} more pair(s) not listed; see compare --pair <a> <b> or --pairs all.";
                w.WriteLine($"<p class=\"omitted\">{E(text)}</p>");
            }
        }

        if (number == 0)
        {
            w.WriteLine($"<p>{E(chinese ? "没有可两两比较的组。" : "No group holds two records.")}</p>");
        }
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
