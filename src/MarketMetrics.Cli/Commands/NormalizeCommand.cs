using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MarketMetrics.Csv;
using MarketMetrics.Excel;
using MarketMetrics.Normalization;
using MarketMetrics.Parquet;
using MarketMetrics.Serialization;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics normalize</c>: a claims CSV in, a records CSV out, rejected rows in a rejects file; row by row.</summary>
internal static class NormalizeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("claims") { Description = "The claims CSV file (columns: https://github.com/marketmetrics/marketmetrics/blob/main/docs/csv.md; an example: marketmetrics sample claims)." };
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the records: CSV, or by the name's ending JSON (.json), an Excel workbook (.xlsx, with rejections and bases sheets) or Parquet (.parquet); CSV on standard output when omitted." };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Where to write rejected rows, as a claims file that can be fixed and read again." };
        var currency = new Option<string?>("--currency") { Description = "Report money and prices in this ISO 4217 currency (needs --fx)." };
        var fx = new Option<FileInfo?>("--fx") { Description = "FX rates CSV: from,to,rate,date,source." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on standard error." };
        var noDuplicateCheck = new Option<bool>("--no-duplicate-check") { Description = "Do not reject repeated ids; memory then stays flat however long the file." };
        var layout = new Option<string>("--layout")
        {
            Description = "Columns of the records CSV: full (the record and every column of its claim; reads back into records) or lean (the record's columns, claim_id and claim_quote; join to the claims file by claim_id for the rest).",
            DefaultValueFactory = _ => "full",
        };
        layout.AcceptOnlyFromAmong("full", "lean");
        var reading = new ClaimsCsvReadOptions();
        var command = new Command("normalize", "Normalize a claims CSV into comparable records (CSV). Exit 0: every row accepted; 2: some rejected (records still written); 1: unusable input."
            + Environment.NewLine + "Examples:" + Environment.NewLine + "  marketmetrics sample claims > claims.csv" + Environment.NewLine
            + "  marketmetrics normalize claims.csv -o records.csv --rejects rejects.csv" + Environment.NewLine
            + "  marketmetrics normalize claims.csv -o records.csv --layout lean")
        {
            input, outputFile, rejects, currency, fx, quiet, noDuplicateCheck, layout,
        };
        reading.AddTo(command);
        command.SetAction(result =>
        {
            if (!reading.TryGet(result, !result.GetValue(noDuplicateCheck), error, out ClaimsCsvOptions? options))
            {
                return CliApplication.UsageError;
            }

            RecordsCsvLayout columns = result.GetValue(layout) == "lean" ? RecordsCsvLayout.Lean : RecordsCsvLayout.Full;
            if (columns == RecordsCsvLayout.Lean && result.GetValue(outputFile) is { } file && file.Extension.ToUpperInvariant() is ".JSON" or ".XLSX" or ".PARQUET")
            {
                error.WriteLine($"--layout lean is a layout of the records CSV; '{file.Name}' is written as {file.Extension.TrimStart('.').ToUpperInvariant()}, with every column. Write a .csv file (or standard output) for the lean layout.");
                return CliApplication.UsageError;
            }

            return Run(result.GetValue(input)!, result.GetValue(outputFile), result.GetValue(rejects), result.GetValue(currency), result.GetValue(fx), result.GetValue(quiet), columns, options, output, error);
        });
        return command;
    }

    private static int Run(FileInfo input, FileInfo? outputFile, FileInfo? rejectsFile, string? currency, FileInfo? fxFile, bool quiet, RecordsCsvLayout layout, ClaimsCsvOptions options, TextWriter output, TextWriter error)
    {
        if (!input.Exists)
        {
            error.WriteLine($"The claims file '{input.FullName}' does not exist.");
            return CliApplication.UsageError;
        }

        if (IsEmpty(input))
        {
            error.WriteLine(EmptyFileMessage(input.Name));
            return CliApplication.UsageError;
        }

        NormalizationContext context;
        try
        {
            context = new NormalizationContext { ReportingCurrency = currency, FxRates = fxFile is null ? InMemoryFxRateProvider.Empty : LoadRates(fxFile) };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or ClaimsCsvHeaderException)
        {
            error.WriteLine($"Unusable FX or currency option: {e.Message}");
            return CliApplication.UsageError;
        }

        var pipeline = NormalizationPipeline.CreateDefault(context);
        bool progress = !quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        long rows = 0, rejected = 0, records = 0, badEncoding = 0;
        bool progressShown = false;
        var clock = Stopwatch.StartNew();
        try
        {
            using FileStream source = input.OpenRead();
            using Stream destination = outputFile is null ? Console.OpenStandardOutput() : outputFile.Create();
            using Stream? rejectStream = rejectsFile?.Create();
            using RejectsCsvWriter? rejectWriter = rejectStream is null ? null : new RejectsCsvWriter(rejectStream);
            string extension = outputFile?.Extension.ToUpperInvariant() ?? string.Empty;
            using RecordsWorkbookWriter? workbook = extension == ".XLSX" ? new RecordsWorkbookWriter(destination) : null;

            // One lazy pass: read a row, normalise it, hand on its records; memory does not grow with the file.
            IEnumerable<ComparableRecord> Records()
            {
                foreach (ClaimRow row in new ClaimsCsvReader(options).Read(source))
                {
                    rows++;
                    CsvRejection? rejection = row.Rejection;
                    if (row.Claim is { } claim)
                    {
                        NormalizationResult normalized = pipeline.Normalize(claim);
                        for (int r = 0; r < normalized.RecordCount; r++) // by index: the list of records is not made
                        {
                            records++;
                            yield return normalized.GetRecord(r);
                        }

                        if (normalized.Failure is { } failure)
                        {
                            string[] fields = RowFields(claim);
                            rejection = new CsvRejection(row.LineNumber, null, null, failure.Code, failure.Message, RawRow(fields), fields);
                        }
                    }

                    if (rejection is not null)
                    {
                        rejected++;
                        badEncoding += rejection.Code == "csv.invalid-encoding" ? 1 : 0;
                        rejectWriter?.Write(rejection);
                        workbook?.WriteRejection(rejection.LineNumber, rejection.Column, rejection.Code, rejection.Reason);
                        if (rejectWriter is null && !quiet)
                        {
                            error.WriteLine(rejection.ToString());
                        }
                    }

                    if (progress && rows % 100_000 == 0)
                    {
                        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{rows:N0} rows, {rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} rows/s, {rejected:N0} rejected"));
                        progressShown = true;
                    }
                }
            }

            if (extension == ".JSON")
            {
                RecordsJson.Write(destination, Records());
            }
            else if (workbook is not null)
            {
                foreach (ComparableRecord record in Records())
                {
                    if (workbook.Count == RecordsWorkbookWriter.MaxRecords)
                    {
                        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"An xlsx sheet holds at most {RecordsWorkbookWriter.MaxRecords:N0} records; record '{record.Id}' is one more. Write CSV or Parquet for more."));
                        return CliApplication.UsageError;
                    }

                    workbook.Write(record);
                }
            }
            else if (extension == ".PARQUET")
            {
                RecordsParquetWriter.WriteAsync(destination, Records()).GetAwaiter().GetResult();
            }
            else
            {
                using var writer = new RecordsCsvWriter(destination, layout);

                // A file without a single record still has its header, so that it reads back as an empty records file.
                writer.WriteHeader();
                foreach (ComparableRecord record in Records())
                {
                    writer.Write(record);
                }
            }
        }
        catch (ClaimsCsvHeaderException e)
        {
            error.WriteLine(e.Message);
            return CliApplication.UsageError;
        }
        catch (IOException e)
        {
            error.WriteLine($"Could not read or write a file: {e.Message}");
            return CliApplication.UsageError;
        }


        if (!quiet)
        {
            error.WriteLine(Summary(progressShown, rows, rejected, records));
        }

        if (options.Encoding is null && badEncoding * 2 > rows && ClaimsCsvReadOptions.DecodesCleanly(input, ClaimsCsvReadOptions.Gb18030))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{badEncoding} of {rows} rows are not valid UTF-8, and the file reads cleanly as GB18030 (GBK, what spreadsheets on Chinese Windows save): run again with --encoding gb18030."));
        }

        return rejected == 0 ? CliApplication.Success : CliApplication.PartialFailure;
    }

    /// <summary>The closing line; after a progress line (which ends in a carriage return, not a line break) it starts on a line of its own.</summary>
    internal static string Summary(bool afterProgress, long rows, long rejected, long records) =>
        (afterProgress ? Environment.NewLine : string.Empty)
        + string.Create(CultureInfo.InvariantCulture, $"{rows} rows read: {rows - rejected} accepted, {rejected} rejected; {records} records written.");

    internal static string EmptyFileMessage(string name) =>
        $"The claims file '{name}' is empty: it needs a header row (id,claimant,subject,basis,value and optional columns) and one row per claim; 'marketmetrics sample claims' writes an example.";

    // Empty, or nothing but a byte order mark and white space: there is no header to report columns missing from.
    private static bool IsEmpty(FileInfo file)
    {
        if (file.Length > 4096)
        {
            return false;
        }

        string text = File.ReadAllText(file.FullName);
        return string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF'));
    }

    // A row rejected by normalisation was read without fault; its claim is written back in every column the reader
    // took it from, so the rejects file can be fixed and read again without losing a field.
    private static string[] RowFields(Claim claim)
    {
        string[] fields = new string[ClaimsCsv.Columns.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = ClaimsCsv.Columns[i] switch
            {
                ClaimsCsv.Id => claim.Id,
                ClaimsCsv.Claimant => claim.Claimant,
                ClaimsCsv.Subject => claim.Subject,
                ClaimsCsv.Basis => claim.Basis.Id,
                ClaimsCsv.Scope => claim.Basis.Scope.ToString(),
                ClaimsCsv.Value => claim.Figure.Text ?? string.Empty,
                ClaimsCsv.Period => claim.Period?.Label ?? string.Empty,
                ClaimsCsv.Aggregation => claim.Aggregation == Aggregation.Unspecified ? string.Empty : ContractNames.Of(claim.Aggregation),
                ClaimsCsv.Market => claim.Market?.Id ?? string.Empty,
                ClaimsCsv.ScopeNotes => claim.ScopeNotes ?? string.Empty,
                ClaimsCsv.Publisher => claim.Publisher?.Name ?? string.Empty,
                ClaimsCsv.PublisherKind => claim.Publisher is { Kind: not PublisherKind.Unknown } publisher ? ContractNames.Of(publisher.Kind) : string.Empty,
                ClaimsCsv.Published => claim.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                ClaimsCsv.Source => claim.Source ?? string.Empty,
                ClaimsCsv.Quote => claim.Quote ?? string.Empty,
                ClaimsCsv.Status => ContractNames.Of(claim.Status),
                ClaimsCsv.Language => claim.Language ?? string.Empty,
                _ => string.Empty,
            };
        }

        return fields;
    }

    // The row as a CSV line (RFC 4180 quoting), for the _raw column of a row that was read without fault.
    private static string RawRow(string[] fields) =>
        string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));

    private static InMemoryFxRateProvider LoadRates(FileInfo file)
    {
        using FileStream stream = file.OpenRead();
        var rates = new List<FxRate>();
        foreach ((FxRate? rate, CsvRejection? rejection) in FxRatesCsvReader.Read(stream))
        {
            rates.Add(rate ?? throw new FormatException($"{file.Name}: {rejection}"));
        }

        return new InMemoryFxRateProvider(rates);
    }
}
