using System.Text.RegularExpressions;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    // Words that name the market a figure is of. Matched in the figure's clause (stated) or sentence (inferred). A phrase
    // of China's markets in English needs "China" in the same sentence.
    private static readonly (string Phrase, string MarketId)[] MarketPhrases =
    [
        ("公有云大模型市场", "cn-public-cloud-llm"), ("公有雲大模型市場", "cn-public-cloud-llm"), ("公有云大模型市場", "cn-public-cloud-llm"),
        ("大模型公有云市场", "cn-public-cloud-llm"), ("大模型公有雲市場", "cn-public-cloud-llm"), ("大模型公有云市場", "cn-public-cloud-llm"),
        ("public-cloud LLM market", "cn-public-cloud-llm"), ("public cloud LLM market", "cn-public-cloud-llm"),
        ("AI公有云服务市场", "cn-ai-public-cloud"), ("AI公有雲服務市場", "cn-ai-public-cloud"), ("AI公有云服務市場", "cn-ai-public-cloud"),
        ("AI public cloud services market", "cn-ai-public-cloud"),
        ("大模型中标", "cn-llm-tenders"), ("大模型中標", "cn-llm-tenders"), ("LLM tender", "cn-llm-tenders"),
        ("AI云市场", "cn-ai-cloud"), ("AI雲市場", "cn-ai-cloud"), ("AI云市場", "cn-ai-cloud"), ("AI cloud market", "cn-ai-cloud"),
        ("国内主流云", "cn-cloud"), ("國內主流云", "cn-cloud"), ("國內主流雲", "cn-cloud"), ("中国云计算市场", "cn-cloud"),
        ("中國雲計算市場", "cn-cloud"), ("中国云市场", "cn-cloud"), ("中國雲市場", "cn-cloud"), ("China cloud market", "cn-cloud"),
        ("China's cloud market", "cn-cloud"),
    ];

    // Words that stand for the whole market as a subject (全國大模型調用量: the country's total). A market word followed by a
    // word of share (市場份額) names a share's denominator, not the subject.
    private static readonly string[] MarketSubjectWords =
    [
        "全国", "全國", "国内", "國內", "整个市场", "整個市場", "市场总", "市場總", "行业", "行業", "市场", "市場", "the market", "the industry",
        "market size", "market total", "worldwide market", "global market", "cloud market", "market",
    ];

    private static readonly string[] ShareWords = ["份额", "份額", "占比", "share"];

    // Words of a share's price or a company's valuation: figures of the stock market, not of the cloud market.
    private static readonly string[] ValuationWords =
    [
        "目标价", "估值", "市值", "市盈率", "市净率", "每股", "股价", "price target", "target price", "market cap", "valuation", "per share", "P/E", "P/B",
        "min read", "分钟阅读",
    ];

    // Words that make a figure an outlook or an estimate.
    private static readonly string[] ForecastWords =
    [
        "预计", "預計", "有望", "预测", "預測", "预期", "預期", "未来", "未來", "将达", "將達", "可能扩大", "可能擴大", "forecast", "expected to",
        "projected", "is expected", "will reach", "will grow", "outlook",
    ];

    private static readonly string[] EstimateWords = ["测算", "測算", "估算", "估计", "估計", "粗略计算", "粗略計算", "estimated", "estimate", "roughly calculated"];

    private static readonly string[] DailyWords = ["日均", "每天", "每日", "一天", "daily", "per day", "a day", "each day"];

    private static readonly string[] CumulativeWords = ["累计", "累計", "总计", "總計", "cumulative", "in total"];

    // A name followed by one of these makes the claim (火山引擎強調, its advert); the claim reaches the clauses after it until
    // another vendor is named.
    private static readonly string[] ClaimVerbsAfter =
    [
        "强调", "表示", "宣称", "称", "指出", "回应", "的广告", "广告", "said", "says", "claims", "claimed", "announced",
    ];

    // A name followed by one of these is a source (IDC统计, 沙利文…报告显示); its report reaches a list of parallel figures.
    private static readonly string[] ReportVerbsAfter =
    [
        "统计", "报告", "数据", "显示", "发布", "的数据", "的统计", "reported", "estimates", "data", "report", "research",
    ];

    // Words after an ordinal that make it no ranking: 第三方 (third-party), 第一次 (the first time), 第二批 (the second batch).
    private const string OrdinalNounsNotRanks = "方次批届屆步天期章节節轮輪代波阶階周週号號页頁条條部段种種类類家个個";

    // A claim to lead made by each of several named vendors (阿里、字节、百度等厂商均宣称"领先").
    private static readonly string[] LeadWords = ["领先", "領先"];

    private static readonly string[] EachClaimWords = ["均宣称", "均宣稱", "都宣称", "都宣稱", "均声称", "均聲稱", "都声称", "都聲稱", "均称", "均稱"];

    private static readonly string[] SourceWordsBefore = ["据", "據", "根据", "根據", "according to", "per "];

    // Periods and dates as printed, read back by the period parser before they count. Ordered longest alternatives first.
    private const string Year = @"(?:19|20)\d{2}";

    private const string ChinesePart = @"(?:上半年|下半年|前三季度|前三季|第[一二三四1-4]季度|第[一二三四1-4]季|[一二三四1-4]季度|Q[1-4]|H[12]|全年|(?:前|首|头|頭)?\s?(?:\d{1,2}|十一|十二|[一二三四五六七八九十])\s?(?:个|個)月|\d{1,2}月(?:份|底|末)?)";

    private const string EnglishMonth = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?";

    private static readonly Regex PeriodPattern = new(
        "(?:截至|截止|as of |by the end of )?(?:"
        + Year + @"年\d{1,2}月\d{1,2}日"
        + "|" + Year + @"[-/.]\d{1,2}[-/.]\d{1,2}"
        + "|" + @"\d{1,2}月\d{1,2}日"
        + "|" + "(?:" + Year + @"\s?(?:财|財)?年度?|今年|去年|明年|前年|本年度)" + @"\s?" + ChinesePart + "?"
        + "|" + Year + ChinesePart
        + "|上半年|下半年|本季度|上季度|上一季度|前三季度|全年"
        + "|" + @"(?:the )?(?:(?:first|second|third|fourth) (?:fiscal )?quarter|(?:first|second) half)(?: of)?(?: (?:fiscal|FY))?(?: year)? ?(?:" + Year + ")"
        + "|" + @"(?:the )?(?:(?:first|second|third|fourth) )?(?:fiscal )?quarter (?:ended|ending) " + EnglishMonth + @" \d{1,2}, " + Year
        + "|" + @"(?:the )?(?:(?:first|second|third|fourth) (?:fiscal )?quarter|(?:first|second) half)"
        + "|" + @"(?:Q[1-4]|H[12]) ?(?:FY ?)?(?:" + Year + "|'\\d{2})"
        + "|" + Year + @" ?(?:Q[1-4]|H[12])"
        + "|" + @"(?:fiscal(?: year)? |FY ?)(?:" + Year + @"|\d{2})(?: ?Q[1-4])?"
        + "|" + EnglishMonth + @" (?:\d{1,2}, )?" + Year
        + "|" + @"\d{1,2} " + EnglishMonth + " " + Year
        + "|" + Year
        + "|" + @"[12]H ?(?:" + Year + @"|\d{2})"
        + "|" + "(?:" + Year + @"\s?(?:财|財)?年度?)?第[一二三四1-4]至第[一二三四1-4]季度?"
        + "|" + @"(?:Q[1-4]|H[12])"
        + ")",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // After a year: words that make the period open-ended or a starting point, which the text's year alone does not say.
    private static readonly string[] OpenPeriodWords = ["以来", "以來", "至今", "起", "开始", "開始", "以后", "以後", "之后", "之後", "后", "後"];

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words, out string found)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                found = word;
                return true;
            }
        }

        found = string.Empty;
        return false;
    }
}
