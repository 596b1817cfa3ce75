using System.Collections.Frozen;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    // Traditional characters of the words the extractor looks for, each to its simplified form, one character for one, so
    // that positions do not move: articles mix the two (阿里云 beside 服務, 公有云大模型市場), and names and cue words are then
    // matched once, in simplified form. Only characters whose simplified form is one character and stands for the same
    // word are listed.
    // In a class of its own, so that it is built before any static field of the extractor needs it.
    private static class Folding
    {
        public static readonly FrozenDictionary<char, char> Simplified = BuildSimplified();

        // The characters Simplified folds, one bit each: most characters of a text fold to themselves, and a bit is cheaper to
        // test than the table.
        private static readonly ulong[] Folded = BuildFolded();

        public static bool Folds(char c) => (Folded[c >> 6] & (1UL << (c & 63))) != 0;

        private static ulong[] BuildFolded()
        {
            var bits = new ulong[65536 / 64];
            foreach (char c in Simplified.Keys)
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }

            return bits;
        }
    }

    private static FrozenDictionary<char, char> BuildSimplified()
    {
        const string traditional = "雲務業標數據調營場額費價統計億萬總產導內體與為這個們國對於從來時當會發實現應開關門問間點線經濟報顯預測長進運過還遠選單雙項領廠戶電網絡訊術庫儲處寫讀說認識議證質貨購買賣錢銀輸傳轉變隨並佔週財齊壓優勢規範圍閉級約續紅團區鏈棧訂製綜勝創強稱聲頭講邊達極歐廣覆蓋腦後歸擴張則詞態權專圖書館係聯繫節狀況護員員參與視頻幣種類億兩號頁條週漲趨勢蘋愛歷陽麼滿彙匯獲飛機維邏輯軟體驗臺灣華為騰訊騰訊們團隊響擁擴別";
        const string simplified = "云务业标数据调营场额费价统计亿万总产导内体与为这个们国对于从来时当会发实现应开关门问间点线经济报显预测长进运过还远选单双项领厂户电网络讯术库储处写读说认识议证质货购买卖钱银输传转变随并占周财齐压优势规范围闭级约续红团区链栈订制综胜创强称声头讲边达极欧广覆盖脑后归扩张则词态权专图书馆系联系节状况护员员参与视频币种类亿两号页条周涨趋势苹爱历阳么满汇汇获飞机维逻辑软体验台湾华为腾讯腾讯们团队响拥扩别";
        if (traditional.Length != simplified.Length)
        {
            throw new InvalidOperationException("The folding table is out of step.");
        }

        var map = new Dictionary<char, char>();
        for (int i = 0; i < traditional.Length; i++)
        {
            map[traditional[i]] = simplified[i];
        }

        return map.ToFrozenDictionary();
    }

    private static string FoldToSimplified(string text)
    {
        char[]? chars = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] >= '\u4E00' && Folding.Folds(text[i]) && Folding.Simplified.TryGetValue(text[i], out char s))
            {
                chars ??= text.ToCharArray();
                chars[i] = s;
            }
        }

        return chars is null ? text : new string(chars);
    }
}
