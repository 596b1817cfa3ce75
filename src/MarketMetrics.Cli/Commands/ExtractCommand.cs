using System.CommandLine;
using System.Globalization;
using System.Text;
using CsvHelper;
using MarketMetrics.Csv;
using MarketMetrics.Extraction;

namespace MarketMetrics.Cli.Commands;

/// <summary><c>marketmetrics extract</c>: running text → a claims CSV in the library's own layout with a cue column, and
/// the numbers not taken with their reasons.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextReader input)
    {
        var text = new Argument<string>("text") { Description = "The text file (UTF-8; a UTF-16 byte order mark is honoured), or '-' for standard input." };
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the claims CSV; standard output when omitted." };
        var skipped = new Option<FileInfo?>("--skipped") { Description = "Where to write the numbers that did not become claims (dates, model names, refused figures) with the reason, as CSV." };
        var published = new Option<string?>("--published") { Description = "When the text was published (2025-09-25, 2025-09, Sep 25, 2025 …): resolves 去年, 今年上半年, last quarter." };
        var publisher = new Option<string?>("--publisher") { Description = "Who published the text; the claimant of figures no one in the text is said to claim (marked guessed)." };
        var publisherKind = new Option<string?>("--publisher-kind") { Description = "The publisher's kind: vendor, analyst, media or filing." };
        var language = new Option<string?>("--language") { Description = "The text's language tag (zh-Hans, zh-Hant, zh-TW, en); in zh-TW and zh-HK 兆 reads as 10^12." };
        var source = new Option<string?>("--source") { Description = "Where the text came from (a URL); written to every claim's source. Defaults to the file name." };
        var idPrefix = new Option<string?>("--id-prefix") { Description = "The prefix of the claims' ids (default x: x-001, x-002 …)." };
        var quiet = new Option<bool>("--quiet") { Description = "No summary line on standard error." };
        var command = new Command("extract", "Propose claims from running text: every figure with its subject, claimant, period, basis, market, aggregation and status, each with its cue. Exit 0: claims written; 1: unusable input or options.")
        {
            text, outputFile, skipped, published, publisher, publisherKind, language, source, idPrefix, quiet,
        };
        command.Description += Environment.NewLine + "Examples:" + Environment.NewLine
            + "  marketmetrics extract article.txt --published 2025-09-25 -o claims.csv --skipped skipped.csv" + Environment.NewLine
            + "  marketmetrics extract article.txt | marketmetrics normalize /dev/stdin";
        command.SetAction(result =>
        {
            string path = result.GetValue(text)!;
            PublishedDate? date = null;
            if (result.GetValue(published) is { } printed && !PublishedDate.TryParse(printed, out date, out string? dateError))
            {
                error.WriteLine($"--published: {dateError}");
                return CliApplication.UsageError;
            }

            PublisherKind? kind = null;
            if (result.GetValue(publisherKind) is { } kindText)
            {
                kind = kindText.Trim().ToLowerInvariant() switch
                {
                    "vendor" => PublisherKind.Vendor,
                    "analyst" => PublisherKind.Analyst,
                    "media" => PublisherKind.Media,
                    "filing" => PublisherKind.Filing,
                    "unknown" => PublisherKind.Unknown,
                    _ => null,
                };
                if (kind is null)
                {
                    error.WriteLine($"--publisher-kind: '{kindText}' is not vendor, analyst, media, filing or unknown.");
                    return CliApplication.UsageError;
                }
            }

            string content;
            try
            {
                content = path == "-" ? input.ReadToEnd() : File.ReadAllText(path, new UTF8Encoding(false, true));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                error.WriteLine(e is DecoderFallbackException
                    ? $"'{path}' is not UTF-8 text: {e.Message}"
                    : $"Cannot read '{path}': {e.Message}");
                return CliApplication.UsageError;
            }

            if (content.Length > ClaimExtractor.MaxTextLength)
            {
                error.WriteLine($"'{path}' holds {content.Length} characters; extract reads at most {ClaimExtractor.MaxTextLength} at once: split it.");
                return CliApplication.UsageError;
            }

            string? prefix = result.GetValue(idPrefix);
            if (prefix is not null && (prefix.Length == 0 || prefix.Any(char.IsWhiteSpace)))
            {
                error.WriteLine("--id-prefix must be a word without spaces.");
                return CliApplication.UsageError;
            }

            var context = new ExtractionContext
            {
                Published = date,
                Publisher = result.GetValue(publisher),
                PublisherKind = kind,
                Language = result.GetValue(language),
                Source = result.GetValue(source) ?? (path == "-" ? null : Path.GetFileName(path)),
                IdPrefix = prefix ?? "x",
            };
            ExtractionResult extracted = ClaimExtractor.Default.Extract(content, context);

            FileInfo? target = result.GetValue(outputFile);
            using (TextWriter claims = target is null ? TextWriter.Null : new StreamWriter(target.FullName, false, new UTF8Encoding(false)))
            {
                TextWriter destination = target is null ? output : claims;
                using var writer = new ExtractedClaimsCsvWriter(destination);
                writer.WriteHeader();
                foreach (ExtractedClaim claim in extracted.Claims)
                {
                    writer.Write(claim);
                }
            }

            if (result.GetValue(skipped) is { } skippedFile)
            {
                using var stream = new StreamWriter(skippedFile.FullName, false, new UTF8Encoding(false));
                using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
                foreach (string column in (ReadOnlySpan<string>)["text", "line", "column", "code", "reason"])
                {
                    csv.WriteField(column);
                }

                csv.EndRecord();
                foreach (SkippedFigure s in extracted.Skipped)
                {
                    csv.WriteField(s.Text);
                    csv.WriteField(s.Line.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(s.Column.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(s.Code);
                    csv.WriteField(s.Reason);
                    csv.EndRecord();
                }
            }

            if (!result.GetValue(quiet))
            {
                error.WriteLine($"{extracted.Claims.Count} claims proposed, {extracted.Skipped.Count} numbers not taken{(result.GetValue(skipped) is null ? " (--skipped lists them)" : string.Empty)}.");
            }

            return CliApplication.Success;
        });
        return command;
    }
}
