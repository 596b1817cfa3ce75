using System.Text;

namespace MarketMetrics.Csv.Tests;

/// <summary>One hostile claims file with what reading it must give: the accepted count and every rejection's line and code.</summary>
public sealed record HostileCsv(
    string Name,
    byte[] Bytes,
    int Accepted,
    (long Line, string Code)[] Rejected,
    int LinesInsideQuotes = 0,
    ClaimsCsvOptions? Options = null,
    Encoding? PlainEncoding = null);

/// <summary>The hostile files: every fault a colleague's file may have, each with its exact expected outcome.</summary>
public static class HostileCsvCorpus
{
    public const string Header = "id,claimant,subject,basis,value,period,quote";

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding("gb18030")!;

    public static Encoding Big5 { get; } = CodePagesEncodingProvider.Instance.GetEncoding("big5")!;

    public static IReadOnlyDictionary<string, HostileCsv> Cases { get; } = Build().ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>A good row: line-independent, unique id.</summary>
    public static string Good(int i) => $"c{i},阿里云,通义千问,maas-token-volume,超{i}億Tokens,2025上半年,";


    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    private static byte[] U(string text) => Utf8.GetBytes(text);

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static IEnumerable<HostileCsv> Build()
    {
        string big = new('x', 5 * 1024 * 1024);
        yield return new("clean", U(Lines(Header, Good(1), Good(2), Good(3))), 3, []);
        yield return new("only-header", U(Lines(Header)), 0, []);
        yield return new("no-final-line-break", U(Header + "\n" + Good(1) + "\n" + Good(2)), 2, []);
        yield return new("utf8-bom", [.. Utf8.Preamble, .. U(Lines(Header, Good(1), Good(2)))], 2, []);
        yield return new("crlf", U(string.Join("\r\n", Header, Good(1), Good(2)) + "\r\n"), 2, []);
        yield return new("cr-only", U(string.Join("\r", Header, Good(1), Good(2), "c3,a,b,nope,5,,") + "\r"), 2, [(4, "basis.unknown")]);
        yield return new("mixed-line-ends", U(Header + "\r\n" + Good(1) + "\n" + Good(2) + "\r" + "c3,a,b,nope,5,," + "\r\n" + Good(4) + "\n"), 3, [(4, "basis.unknown")]);
        yield return new("blank-lines", U(Lines(Header, "", Good(1), "", "", Good(2), "")), 2, []);
        yield return new("whitespace-line", U(Lines(Header, Good(1), "   ", Good(2))), 2, [(3, "csv.malformed")]);
        yield return new("header-repeated", U(Lines(Header, Good(1), Header, Good(2))), 2, [(3, "csv.header-repeated")]);
        yield return new("plain-5mb-field", U(Lines(Header, Good(1), $"c2,a,b,maas-revenue,5億元,2024,{big}", Good(3), Good(4))), 3, [(3, "csv.field-too-long")]);
        yield return new("quoted-5mb-field", U(Lines(Header, Good(1), $"c2,a,b,maas-revenue,5億元,2024,\"{big}\"", Good(3), Good(4))), 3, [(3, "csv.field-too-long")]);
        yield return new("quoted-5mb-field-over-lines", U(Lines(Header, Good(1), $"c2,a,b,maas-revenue,5億元,2024,\"{big}\n{big}\nend\"", Good(3))), 2, [(3, "csv.field-too-long")], LinesInsideQuotes: 2);
        yield return new("2mb-field-limit-raised", U(Lines(Header, Good(1), $"c2,a,b,maas-revenue,5億元,2024,\"{big[..(2 * 1024 * 1024)]}\"")), 2, [],
            Options: new ClaimsCsvOptions { MaxRecordSize = 4 * 1024 * 1024 });
        yield return new("record-just-over-limit", U(Lines(Header, Good(1), "c2,a,b,maas-revenue,5億元,2024," + new string('q', 200), Good(3))), 2, [(3, "csv.field-too-long")],
            Options: new ClaimsCsvOptions { MaxRecordSize = 200 });
        yield return new("unbalanced-quote-row3-of-6", U(Lines(Header, Good(1), Good(2), "c3,a,b,maas-revenue,\"5億元,2024,", Good(4), Good(5), Good(6))), 5, [(4, "csv.unterminated-quote")]);
        yield return new("unbalanced-quote-closed-by-later-quote", U(Lines(Header, Good(1), "c2,a,b,maas-revenue,\"5億元,2024,", Good(3), "c4,a,b,maas-revenue,\"6億元\",2024,", Good(5))), 4, [(3, "csv.unterminated-quote")]);
        yield return new("unbalanced-quote-swallows-text-lines", U(Lines(Header, Good(1), "c2,a,b,maas-revenue,5億元,2024,\"note", "free text", "more text", "still text", "and more", "last text", Good(3), Good(4))), 3,
            [(3, "csv.unterminated-quote"), (4, "csv.unterminated-quote"), (5, "csv.unterminated-quote"), (6, "csv.unterminated-quote"), (7, "csv.malformed"), (8, "csv.malformed")],
            Options: new ClaimsCsvOptions { MaxQuotedFieldLines = 3 });
        yield return new("unbalanced-quote-at-end", U(Lines(Header, Good(1), Good(2)) + "c3,a,b,maas-revenue,5億元,2024,\"unfinished"), 2, [(4, "csv.unterminated-quote")]);
        yield return new("truncated-inside-quote", U(Lines(Header, Good(1), "c2,a,b,maas-revenue,5億元,2024,\"first line", "second line", "third, line")), 1,
            [(3, "csv.unterminated-quote"), (4, "csv.unterminated-quote"), (5, "csv.unterminated-quote")]);
        yield return new("two-stray-quotes-in-a-row", U(Lines(Header, "c1,a,b,maas-revenue,\"5億元,2024,", "c2,a,b,maas-revenue,\"6億元,2024,", Good(3))), 1,
            [(2, "csv.unterminated-quote"), (3, "csv.unterminated-quote")]);
        yield return new("oversized-unterminated-quote", U(Lines(Header, Good(1), $"c2,a,b,maas-revenue,5億元,2024,\"{big}", "tail one", "tail two")), 1,
            [(3, "csv.unterminated-quote"), (4, "csv.unterminated-quote"), (5, "csv.unterminated-quote")]);
        yield return new("legit-multiline-quote", U(Lines(Header, Good(1), "c2,a,b,maas-revenue,5億元,2024,\"line one\nline two, with a comma\nline three\"", Good(3))), 3, [], LinesInsideQuotes: 2);
        yield return new("lone-cr-inside-quote", U(Lines(Header, "c1,a,b,maas-revenue,5億元,2024,\"a\rb\"", Good(2))), 2, [], LinesInsideQuotes: 1);
        yield return new("escaped-quotes", U(Lines(Header, "c1,a,\"say \"\"hi\"\"\",maas-revenue,5億元,2024,", Good(2))), 2, []);
        yield return new("stray-quote", U(Lines(Header, "c1,a,b\"c,maas-revenue,5億元,2024,", Good(2))), 1, [(2, "csv.malformed")]);
        yield return new("text-after-closing-quote", U(Lines(Header, "c1,a,\"b\"c,maas-revenue,5億元,2024,", Good(2))), 1, [(2, "csv.malformed")]);
        yield return new("too-many-fields", U(Lines(Header, Good(1) + ",extra", Good(2))), 1, [(2, "csv.malformed")]);
        yield return new("too-few-fields", U(Lines(Header, "c1,a,b,maas-revenue", Good(2))), 1, [(2, "csv.malformed")]);
        yield return new("wrong-separator-rows", U(Lines(Header, "c1;a;b;maas-revenue;5億元;2024;", Good(2))), 1, [(2, "csv.malformed")]);
        yield return new("tab-separated", U(Lines(Header.Replace(',', '\t'), Good(1).Replace(',', '\t'), Good(2).Replace(',', '\t'))), 2, [],
            Options: new ClaimsCsvOptions { Separator = '\t' });
        yield return new("empty-quoted-required", U(Lines(Header, "\"\",a,b,maas-revenue,5億元,2024,", Good(2))), 1, [(2, "field.missing")]);
        yield return new("invalid-utf8-byte", Concat(U(Lines(Header, Good(1)) + "c2,a,"), [0xFF], U(",maas-revenue,5億元,2024,\n" + Lines(Good(3)))), 2, [(3, "csv.invalid-encoding")]);
        yield return new("truncated-utf8-sequence", Concat(U(Lines(Header, Good(1)) + "c2,a,b,maas-revenue,5億元,2024,"), [0xE4, 0xB8], U("\n" + Lines(Good(3)))), 2, [(3, "csv.invalid-encoding")]);
        yield return new("overlong-utf8", Concat(U(Lines(Header) + "c1,a,"), [0xC0, 0xAF], U(",maas-revenue,5億元,2024,\n" + Lines(Good(2)))), 1, [(2, "csv.invalid-encoding")]);
        yield return new("utf8-encoded-surrogate", Concat(U(Lines(Header) + "c1,a,"), [0xED, 0xA0, 0x80], U(",maas-revenue,5億元,2024,\n" + Lines(Good(2)))), 1, [(2, "csv.invalid-encoding")]);
        yield return new("replacement-character", U(Lines(Header, "c1,a,5000\uFFFD\uFFFDTokens,maas-revenue,5億元,2024,", Good(2))), 1, [(2, "csv.invalid-encoding")]);
        yield return new("gbk-read-as-utf8", Gb18030.GetBytes(Lines(Header, Good(1), Good(2), Good(3))), 0,
            [(2, "csv.invalid-encoding"), (3, "csv.invalid-encoding"), (4, "csv.invalid-encoding")], PlainEncoding: Gb18030);
        yield return new("gb18030-with-encoding", Gb18030.GetBytes(Lines(Header, Good(1), Good(2), "c3,a,b,nope,5,,")), 2, [(4, "basis.unknown")],
            Options: new ClaimsCsvOptions { Encoding = Gb18030 }, PlainEncoding: Gb18030);
        yield return new("gb18030-invalid-byte", Concat(Gb18030.GetBytes(Lines(Header, Good(1)) + "c2,a,"), [0x81, 0x20], Gb18030.GetBytes(",maas-revenue,5億元,2024,\n" + Lines(Good(3)))), 2, [(3, "csv.invalid-encoding")],
            Options: new ClaimsCsvOptions { Encoding = Gb18030 }, PlainEncoding: Gb18030);
        yield return new("big5-with-encoding", Big5.GetBytes(Lines(Header, "c1,阿里雲,通義千問,maas-token-volume,超5000億Tokens,2025上半年,", "c2,阿里雲,通義千問,maas-token-volume,超6億Tokens,2025上半年,")), 2, [],
            Options: new ClaimsCsvOptions { Encoding = Big5 }, PlainEncoding: Big5);
        yield return new("utf16-le-bom", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Lines(Header, Good(1), Good(2)))], 2, [], PlainEncoding: Encoding.Unicode);
        yield return new("utf16-be-bom", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Lines(Header, Good(1), "c2,a,b,nope,5,,"))], 1, [(3, "basis.unknown")], PlainEncoding: Encoding.BigEndianUnicode);
        yield return new("utf16-lone-surrogate", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Lines(Header, Good(1))), .. Encoding.Unicode.GetBytes("c2,a,"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(",maas-revenue,5億元,2024,\n")], 1, [(3, "csv.invalid-encoding")], PlainEncoding: Encoding.Unicode);
        yield return new("nul-in-name", U(Lines(Header, "c1,阿里\0云,b,maas-revenue,5億元,2024,", Good(2))), 1, [(2, "csv.control-character")]);
        yield return new("nul-allowed", U(Lines(Header, "c1,阿里\0云,b,maas-revenue,5億元,2024,", Good(2))), 2, [], Options: new ClaimsCsvOptions { AllowControlCharacters = true });
        yield return new("escape-and-bell", U(Lines(Header, "c1,a\u001b[31m,b,maas-revenue,5億元,2024,", "c2,a,b\u0007,maas-revenue,5億元,2024,", Good(3))), 1, [(2, "csv.control-character"), (3, "csv.control-character")]);
        yield return new("del-and-c1", U(Lines(Header, "c1,a\u007f,b,maas-revenue,5億元,2024,", "c2,a,b\u0085,maas-revenue,5億元,2024,", "c3,°±µ,b,maas-revenue,5億元,2024,")), 1, [(2, "csv.control-character"), (3, "csv.control-character")]);
        yield return new("vertical-tab-in-quoted-multiline", U(Lines(Header, "c1,a,b,maas-revenue,5億元,2024,\"x\n\u000by\"", Good(2))), 1, [(2, "csv.control-character")], LinesInsideQuotes: 1);
        yield return new("form-feed-line-end", U(Lines(Header, Good(1) + "\f", Good(2))), 1, [(2, "csv.control-character")]);
        yield return new("many-broken-in-a-row", U(Lines([Header, .. Enumerable.Range(1, 3000).Select(i => $"c{i},a,\"b\"x,maas-revenue,5,,"), Good(9999)])), 1,
            [.. Enumerable.Range(2, 3000).Select(l => ((long)l, "csv.malformed"))]);
    }
}
