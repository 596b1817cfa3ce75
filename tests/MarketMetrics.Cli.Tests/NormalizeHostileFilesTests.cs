using System.Text;
using MarketMetrics.Csv;
using MarketMetrics.Csv.Tests;

namespace MarketMetrics.Cli.Tests;

/// <summary>normalize on the hostile claims files: never a crash, every row counted, a rejects file when rows were rejected.</summary>
public sealed class NormalizeHostileFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marketmetrics-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    private (int Exit, string Error, string Rejects, string Records) Normalize(byte[] claims, params string[] flags)
    {
        string input = Path.Combine(_folder.FullName, "claims.csv");
        string records = Path.Combine(_folder.FullName, "records.csv");
        string rejects = Path.Combine(_folder.FullName, "rejects.csv");
        File.WriteAllBytes(input, claims);
        File.Delete(rejects);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(["normalize", input, "-o", records, "--rejects", rejects, .. flags], output, error, TextReader.Null);
        return (exit, error.ToString(), File.Exists(rejects) ? File.ReadAllText(rejects) : string.Empty, File.Exists(records) ? File.ReadAllText(records) : string.Empty);
    }

    private static string[] Flags(ClaimsCsvOptions? options)
    {
        if (options is null)
        {
            return [];
        }

        var flags = new List<string>();
        if (options.Encoding is { } encoding)
        {
            flags.AddRange(["--encoding", encoding.CodePage switch { 54936 => "gb18030", 950 => "big5", _ => encoding.WebName }]);
        }

        if (options.MaxRecordSize != ClaimsCsvOptions.Default.MaxRecordSize)
        {
            flags.AddRange(["--max-record-size", options.MaxRecordSize.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (options.MaxQuotedFieldLines != ClaimsCsvOptions.Default.MaxQuotedFieldLines)
        {
            flags.AddRange(["--max-quoted-lines", options.MaxQuotedFieldLines.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (options.AllowControlCharacters)
        {
            flags.Add("--allow-control-characters");
        }

        if (options.Separator != ',')
        {
            return ["--unsupported-separator"];
        }

        return [.. flags];
    }

    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Names), MemberType = typeof(HostileCsvCorpus))]
    public void Normalize_HostileFile_ExitsZeroOrTwo_CountsEveryRow_AndWritesTheRejects(string name)
    {
        HostileCsv file = HostileCsvCorpus.Cases[name];
        string[] flags = Flags(file.Options);
        if (flags is ["--unsupported-separator"])
        {
            return; // the command reads comma-separated files only
        }

        (int exit, string error, string rejects, _) = Normalize(file.Bytes, flags);

        error.Should().NotContain("   at ", "no stack trace");
        int rows = file.Accepted + file.Rejected.Length;
        error.Should().Contain($"{rows} rows read: ");
        if (file.Rejected.Length == 0)
        {
            exit.Should().Be(CliApplication.Success, error);
        }
        else
        {
            exit.Should().Be(CliApplication.PartialFailure, error);
            foreach ((long line, string code) in file.Rejected.DistinctBy(r => r.Code))
            {
                rejects.Should().Contain(code).And.Contain($",{line},");
            }
        }
    }

    [Fact]
    public void Normalize_FiveMegabyteField_RejectsItsRow_AndTheLimitFlagLetsItThrough()
    {
        string big = new('x', 5 * 1024 * 1024);
        byte[] claims = Encoding.UTF8.GetBytes(HostileCsvCorpus.Header + "\n" + HostileCsvCorpus.Good(1) + "\n" + $"c2,a,b,maas-revenue,5億元,2024,\"{big}\"\n"
            + HostileCsvCorpus.Good(3) + "\n" + HostileCsvCorpus.Good(4) + "\n");

        (int exit, string error, string rejects, _) = Normalize(claims);
        (int raisedExit, string raisedError, _, _) = Normalize(claims, "--max-record-size", "8000000");

        exit.Should().Be(CliApplication.PartialFailure);
        error.Should().Contain("4 rows read: 3 accepted, 1 rejected");
        rejects.Should().Contain("csv.field-too-long").And.Contain("--max-record-size");
        raisedExit.Should().Be(CliApplication.Success, raisedError);
        raisedError.Should().Contain("4 rows read: 4 accepted, 0 rejected");
    }

    [Fact]
    public void Normalize_GbkFile_SaysToUseTheEncodingFlag_AndWithItReadsTheChineseExactly()
    {
        byte[] claims = HostileCsvCorpus.Gb18030.GetBytes(HostileCsvCorpus.Header + "\nseed-01,阿里云,通义千问,maas-token-volume,超5000亿Tokens,2025上半年,\n"
            + "seed-02,火山引擎,豆包,maas-token-volume,16.4万亿Tokens,2025年5月,\n");

        (int exit, string error, _, _) = Normalize(claims);
        (int gbExit, string gbError, _, string records) = Normalize(claims, "--encoding", "gbk");

        exit.Should().Be(CliApplication.PartialFailure);
        error.Should().Contain("2 of 2 rows are not valid UTF-8").And.Contain("--encoding gb18030");
        gbExit.Should().Be(CliApplication.Success, gbError);
        records.Should().Contain("超5000亿Tokens").And.Contain("阿里云").And.NotContain("\uFFFD");
        records.Should().Contain(",500000000000,false,,");
    }

    [Fact]
    public void Normalize_UnknownEncoding_IsAUsageError()
    {
        (int exit, string error, _, _) = Normalize(Encoding.UTF8.GetBytes(HostileCsvCorpus.Header + "\n"), "--encoding", "ebcdic");

        exit.Should().Be(CliApplication.UsageError);
        error.Should().Contain("Unknown encoding 'ebcdic'");
    }
}
