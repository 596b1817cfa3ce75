using System.CommandLine;
using System.Text;
using MarketMetrics.Csv;

namespace MarketMetrics.Cli.Commands;

/// <summary>The options of commands that read a claims CSV file: its encoding and the reader's limits.</summary>
internal sealed class ClaimsCsvReadOptions
{
    private readonly Option<string?> _encoding = new("--encoding")
    {
        Description = "The file's encoding: utf-8 (the default; a UTF-16 byte order mark is honoured), gb18030 (also gbk, gb2312), big5, utf-16 (little-endian), utf-16be.",
    };

    private readonly Option<int?> _maxRecordSize = new("--max-record-size")
    {
        Description = "The largest record read, in bytes (default 1048576); a longer one is rejected as csv.field-too-long.",
    };

    private readonly Option<int?> _maxQuotedLines = new("--max-quoted-lines")
    {
        Description = "How many lines a quoted field may run across (default 100) before its quote is taken for a stray one (csv.unterminated-quote).",
    };

    private readonly Option<bool> _allowControls = new("--allow-control-characters")
    {
        Description = "Keep control characters (NUL, ESC …) in fields instead of rejecting the row (csv.control-character).",
    };

    /// <summary>Gets GB18030, which reads GBK and GB2312 files too.</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public void AddTo(Command command)
    {
        command.Options.Add(_encoding);
        command.Options.Add(_maxRecordSize);
        command.Options.Add(_maxQuotedLines);
        command.Options.Add(_allowControls);
    }

    public bool TryGet(ParseResult result, bool detectDuplicateIds, TextWriter error, out ClaimsCsvOptions options)
    {
        options = ClaimsCsvOptions.Default;
        Encoding? encoding = null;
        if (result.GetValue(_encoding) is { } name && !TryEncoding(name, out encoding))
        {
            error.WriteLine($"Unknown encoding '{name}': use utf-8, gb18030, gbk, big5, utf-16 or utf-16be.");
            return false;
        }

        int? maxRecordSize = result.GetValue(_maxRecordSize);
        int? maxQuotedLines = result.GetValue(_maxQuotedLines);
        if (maxRecordSize is < 1 || maxQuotedLines is < 1)
        {
            error.WriteLine("--max-record-size and --max-quoted-lines must be at least 1.");
            return false;
        }

        options = new ClaimsCsvOptions
        {
            DetectDuplicateIds = detectDuplicateIds,
            Encoding = encoding,
            MaxRecordSize = maxRecordSize ?? ClaimsCsvOptions.Default.MaxRecordSize,
            MaxQuotedFieldLines = maxQuotedLines ?? ClaimsCsvOptions.Default.MaxQuotedFieldLines,
            AllowControlCharacters = result.GetValue(_allowControls),
        };
        return true;
    }

    /// <summary>Whether the whole file decodes without one invalid byte in <paramref name="encoding"/>; false when it cannot be read.</summary>
    public static bool DecodesCleanly(FileInfo file, Encoding encoding)
    {
        try
        {
            return Decodes(file, encoding);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Decodes(FileInfo file, Encoding encoding)
    {
        Decoder decoder = encoding.GetDecoder();
        byte[] bytes = new byte[64 * 1024];
        char[] chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        using FileStream stream = file.OpenRead();
        while (true)
        {
            int n = stream.Read(bytes);
            int count = decoder.GetChars(bytes, 0, n, chars, 0, flush: n == 0);
            if (chars.AsSpan(0, count).Contains('\uFFFD'))
            {
                return false;
            }

            if (n == 0)
            {
                return true;
            }
        }
    }

    private static bool TryEncoding(string name, out Encoding? encoding)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "utf-8" or "utf8":
                encoding = null;
                return true;
            case "gb18030" or "gbk" or "gb2312" or "cp936":
                encoding = Gb18030;
                return true;
            case "big5" or "cp950":
                encoding = CodePagesEncodingProvider.Instance.GetEncoding(950);
                return true;
            case "utf-16" or "utf16" or "utf-16le":
                encoding = Encoding.Unicode;
                return true;
            case "utf-16be":
                encoding = Encoding.BigEndianUnicode;
                return true;
            default:
                encoding = null;
                return false;
        }
    }
}
