using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using MarketMetrics.Normalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Csv;

/// <summary>
/// Reads claims CSV files row by row with CsvHelper: each data row becomes a <see cref="Claim"/> or a
/// <see cref="CsvRejection"/> with line, column, raw field and reason, and the rest of the file goes on, so
/// accepted + rejected always equals the rows read. Memory stays flat however long the file, but for the duplicate-id
/// check's about 1.3 bytes per id beyond its 24 MiB (see <see cref="ClaimsCsvOptions.DetectDuplicateIds"/>).
/// </summary>
/// <remarks>
/// Records are framed on the bytes before CsvHelper splits their fields, so that no fault ends the file or swallows
/// rows: a record over <see cref="ClaimsCsvOptions.MaxRecordSize"/> is <c>csv.field-too-long</c>; a quote that does not
/// close is <c>csv.unterminated-quote</c> for its line and for each line it ran over; bad quoting or a field count
/// other than the header's is <c>csv.malformed</c>; a byte that is not UTF-8 (or not of
/// <see cref="ClaimsCsvOptions.Encoding"/>) is <c>csv.invalid-encoding</c> with its offset; a control character is
/// <c>csv.control-character</c>. Every non-empty line after the header is part of exactly one row (accepted or
/// rejected), lines inside well-formed quoted fields aside. UTF-8 with or without a byte order mark by default, UTF-16
/// and UTF-32 by their byte order marks. Values and periods are read by the library's parsers; no file path or address in the data
/// is ever opened. Thread-safe: every call reads its own stream.
/// </remarks>
public sealed class ClaimsCsvReader
{
    /// <summary>Creates a reader.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ClaimsCsvOptions.Default"/>.</param>
    public ClaimsCsvReader(ClaimsCsvOptions? options = null) => Options = options ?? ClaimsCsvOptions.Default;

    /// <summary>Gets the options.</summary>
    public ClaimsCsvOptions Options { get; }

    /// <summary>Reads the rows of a claims file.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <returns>One row per data record (malformed records included, as rejections), in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header lacks required columns, or has unknown or repeated ones (thrown on first enumeration).</exception>
    /// <exception cref="IOException">The duplicate-id check could not create, write or read its temporary file (see <see cref="ClaimsCsvOptions.TemporaryDirectory"/>).</exception>
#pragma warning disable RS0026 // A Stream and a TextReader overload, as StreamReader and CsvHelper have.
    public IEnumerable<ClaimRow> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Iterate(stream);

        IEnumerable<ClaimRow> Iterate(Stream source)
        {
            Stream input = ClaimsCsvInput.Open(source, Options.Encoding, out string? transcodedFrom);
            try
            {
                foreach (ClaimRow row in Rows(new ClaimsCsvFramer(input, Options, transcodedFrom)))
                {
                    yield return row;
                }
            }
            finally
            {
                if (!ReferenceEquals(input, source))
                {
                    input.Dispose();
                }
            }
        }
    }

    /// <summary>Reads the rows of a claims file from text that is already decoded.</summary>
    /// <param name="reader">The file's text; left open. <see cref="ClaimsCsvOptions.Encoding"/> does not apply.</param>
    /// <returns>One row per data record (malformed records included, as rejections), in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header lacks required columns, or has unknown or repeated ones (thrown on first enumeration).</exception>
    /// <exception cref="IOException">The duplicate-id check could not create, write or read its temporary file (see <see cref="ClaimsCsvOptions.TemporaryDirectory"/>).</exception>
    /// <remarks>The text is framed as its UTF-8 bytes, so every row is accepted or rejected exactly as in the same file
    /// read from a stream: same lines, columns, codes and reasons. The exceptions are text faults that have no bytes:
    /// a U+FFFD the decoder put in place of bytes it could not read, or a lone surrogate (also read as U+FFFD), is
    /// <c>csv.invalid-encoding</c> at its character in the record rather than at a byte offset of the file;
    /// <see cref="ClaimsCsvOptions.MaxRecordSize"/> counts the UTF-8 bytes of a record. Decode with U+FFFD as the
    /// replacement (what UTF-8 and UTF-16 decoders do by default; a code-page encoding such as GB18030 needs
    /// <c>DecoderFallback = new DecoderReplacementFallback("\uFFFD")</c>, as it puts <c>?</c> by default, which no reader
    /// can tell from a real question mark); or pass the bytes to <see cref="Read(Stream)"/> with
    /// <see cref="ClaimsCsvOptions.Encoding"/>.</remarks>
    public IEnumerable<ClaimRow> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Iterate(reader);

        IEnumerable<ClaimRow> Iterate(TextReader source)
        {
            using var input = new MarketMetrics.Serialization.TextStreams.Reading(source);
            foreach (ClaimRow row in Rows(new ClaimsCsvFramer(input, Options, transcodedFrom: null, fromText: true)))
            {
                yield return row;
            }
        }
    }
#pragma warning restore RS0026

    /// <summary>Reads the rows of a claims file asynchronously, honouring cancellation.</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One row per data record, in file order.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header is not usable.</exception>
    /// <exception cref="IOException">The duplicate-id check could not create, write or read its temporary file (see <see cref="ClaimsCsvOptions.TemporaryDirectory"/>).</exception>
    /// <remarks>The stream is read asynchronously, 256 KiB ahead of the rows being framed (a record longer than that is
    /// read on synchronously); cancellation is checked before every row.</remarks>
#pragma warning disable RS0026 // A Stream and a TextReader overload, as StreamReader and CsvHelper have.
    public async IAsyncEnumerable<ClaimRow> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var ahead = new ClaimsCsvInput.ReadAheadStream(stream);
        await ahead.FillAsync(cancellationToken).ConfigureAwait(false);
        Stream input = ClaimsCsvInput.Open(ahead, Options.Encoding, out string? transcodedFrom);
        try
        {
            await foreach (ClaimRow row in RowsAsync(ahead, new ClaimsCsvFramer(input, Options, transcodedFrom), cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
        finally
        {
            input.Dispose();
        }
    }

    /// <summary>Reads the rows of a claims file from text that is already decoded, asynchronously, honouring cancellation.</summary>
    /// <param name="reader">The file's text; left open. <see cref="ClaimsCsvOptions.Encoding"/> does not apply.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One row per data record, in file order: the rows <see cref="Read(TextReader)"/> gives.</returns>
    /// <exception cref="ClaimsCsvHeaderException">The header is not usable.</exception>
    /// <exception cref="IOException">The duplicate-id check could not create, write or read its temporary file (see <see cref="ClaimsCsvOptions.TemporaryDirectory"/>).</exception>
    /// <remarks>The text is read asynchronously, 256 KiB of UTF-8 ahead of the rows being framed; cancellation is
    /// checked before every row.</remarks>
    public async IAsyncEnumerable<ClaimRow> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var text = new MarketMetrics.Serialization.TextStreams.Reading(reader);
        using var ahead = new ClaimsCsvInput.ReadAheadStream(text);
        await ahead.FillAsync(cancellationToken).ConfigureAwait(false);
        await foreach (ClaimRow row in RowsAsync(ahead, new ClaimsCsvFramer(ahead, Options, transcodedFrom: null, fromText: true), cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }
#pragma warning restore RS0026

    // The rows of a framed file; the framer is disposed at the end.
    private IEnumerable<ClaimRow> Rows(ClaimsCsvFramer framer)
    {
        using (framer)
        {
            IReadOnlyList<string> names = HeaderNames(framer.ReadHeader());
            using var state = new State(this, Header.Check(names));
            framer.SetColumns(names);
            while (framer.NextBatch())
            {
                foreach (ClaimRow row in ReadBatch(framer, state))
                {
                    yield return row;
                }
            }
        }
    }

    // The rows of a framed file, the source read ahead asynchronously before every batch.
    private async IAsyncEnumerable<ClaimRow> RowsAsync(ClaimsCsvInput.ReadAheadStream ahead, ClaimsCsvFramer framer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (framer)
        {
            IReadOnlyList<string> names = HeaderNames(framer.ReadHeader());
            using var state = new State(this, Header.Check(names));
            framer.SetColumns(names);
            while (true)
            {
                await ahead.FillAsync(cancellationToken).ConfigureAwait(false);
                if (!framer.NextBatch())
                {
                    break;
                }

                foreach (ClaimRow row in ReadBatch(framer, state))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return row;
                }
            }
        }
    }

    // The header's names, read by CsvHelper from the header record the framer found.
    private IReadOnlyList<string> HeaderNames(byte[] header)
    {
        if (header.Length == 0)
        {
            throw new ClaimsCsvHeaderException("The claims file is empty: it has no header.");
        }

        using CsvReader csv = CsvReader.Create(header, CsvInput.Options(Options.Separator, hasHeader: true));
        return [.. csv.Headers];
    }

    // The rows of one batch in file order: the framer's rejections between the good records CsvHelper reads.
    private IEnumerable<ClaimRow> ReadBatch(ClaimsCsvFramer framer, State state)
    {
        List<(int GoodBefore, CsvRejection Rejection)> rejections = framer.BatchRejections;
        List<long> lines = framer.BatchLines;
        List<(int Record, CsvRejection Rejection)> faults = framer.BatchFaults;
        int k = 0, f = 0;
        if (lines.Count > 0)
        {
            using CsvReader csv = CsvReader.Create(framer.Batch, CsvInput.Options(Options.Separator, hasHeader: false));
            int r = 0;
            for (; r < lines.Count && csv.Read(); r++)
            {
                while (k < rejections.Count && rejections[k].GoodBefore <= r)
                {
                    yield return ClaimRow.Of(rejections[k++].Rejection);
                }

                if (f < faults.Count && faults[f].Record == r)
                {
                    yield return state.Reject(csv, lines[r], faults[f++].Rejection);
                    continue;
                }

                yield return state.Convert(csv, lines[r]);
                while (state.TryTakePart(out ClaimRow? part))
                {
                    yield return part;
                }
            }

            // Never expected (the framer hands on only records CsvHelper reads as one each), but a row is never lost.
            for (; r < lines.Count; r++)
            {
                while (k < rejections.Count && rejections[k].GoodBefore <= r)
                {
                    yield return ClaimRow.Of(rejections[k++].Rejection);
                }

                yield return ClaimRow.Of(new CsvRejection(lines[r], null, null, "csv.malformed", "The record could not be split into fields.", string.Empty));
            }
        }

        while (k < rejections.Count)
        {
            yield return ClaimRow.Of(rejections[k++].Rejection);
        }
    }

    private sealed class Header
    {
        private Header(int[] index, IReadOnlyList<string> names)
        {
            Index = index;
            Names = names;
        }

        public IReadOnlyList<string> Names { get; }

        public int[] Index { get; }

        public int Count => Names.Count;

        public static Header Check(IReadOnlyList<string> names)
        {
            int[] index = new int[ClaimsCsv.Columns.Count];
            Array.Fill(index, -1);
            var unknown = new List<string>();
            var repeated = new List<string>();
            for (int i = 0; i < names.Count; i++)
            {
                string name = names[i].Trim().TrimStart('\uFEFF');
                if (name.StartsWith(ClaimsCsv.IgnoredColumnPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                int column = IndexOf(name);
                if (column < 0)
                {
                    unknown.Add(name);
                }
                else if (index[column] >= 0)
                {
                    repeated.Add(name);
                }
                else
                {
                    index[column] = i;
                }
            }

            string[] missing = [.. ClaimsCsv.RequiredColumns.Where(c => index[IndexOf(c)] < 0)];
            if (missing.Length > 0 || unknown.Count > 0 || repeated.Count > 0)
            {
                var message = new StringBuilder("The claims file's header is not usable:");
                if (missing.Length > 0)
                {
                    message.Append(" missing required column(s) ").Append(string.Join(", ", missing)).Append('.');
                }

                if (unknown.Exists(name => name.Contains('\uFFFD', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal)))
                {
                    message.Append(" The header is not valid in the file's encoding: give it (ClaimsCsvOptions.Encoding, normalize --encoding gb18030|big5|utf-16).");
                }

                if (unknown.Count > 0)
                {
                    message.Append(" unknown column(s) ").Append(string.Join(", ", unknown)).Append(" (known: ").Append(string.Join(", ", ClaimsCsv.Columns)).Append(")" + ".");
                }

                if (repeated.Count > 0)
                {
                    message.Append(" repeated column(s) ").Append(string.Join(", ", repeated)).Append('.');
                }

                throw new ClaimsCsvHeaderException(message.ToString());
            }

            return new Header(index, names);
        }

        private static int IndexOf(string name)
        {
            for (int i = 0; i < ClaimsCsv.Columns.Count; i++)
            {
                if (string.Equals(ClaimsCsv.Columns[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private sealed class State(ClaimsCsvReader owner, Header header) : IDisposable
    {
        // The ids read so far, in bounded memory (spilled to a temporary file beyond it); deleted when reading ends.
        private DuplicateIdSet? _ids;

        public void Dispose() => _ids?.Dispose();

        // Reused for every row (a row is converted before the next is read): the fields as read, and trimmed by column.
        private readonly string[] _fields = new string[header.Count];
        private readonly string[] _values = new string[ClaimsCsv.Columns.Count];

        // Values repeated in their column are decoded once, for the whole file.
        private readonly FieldStrings _strings = new(header.Count);

        // A record the framer found well-formed but whose text is at fault (an invalid byte, a control character):
        // rejected with its fields, so that the rejects file holds them in their columns to be fixed.
        public ClaimRow Reject(CsvReader csv, long line, CsvRejection fault)
        {
            string[] byColumn = new string[ClaimsCsv.Columns.Count];
            for (int c = 0; c < byColumn.Length; c++)
            {
                byColumn[c] = header.Index[c] is int k and >= 0 ? FormulaEscape.FromReading(csv.GetString(k)) : string.Empty;
            }

            return ClaimRow.Of(new CsvRejection(line, fault.Column, fault.RawField, fault.Code, fault.Reason, fault.RawRecord, byColumn));
        }

        public ClaimRow Convert(CsvReader csv, long line)
        {
            string[] fields = _fields;
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = FormulaEscape.FromReading(_strings.Get(csv, i)); // rejects files are escaped like every output
            }

            string[] values = _values;
            for (int c = 0; c < values.Length; c++)
            {
                values[c] = header.Index[c] is int k and >= 0 ? fields[k].Trim() : string.Empty;
            }

            ClaimsCsvOptions options = owner.Options;

            string Field(int column) => values[column];

            // The raw record and the fields by column are kept only for a rejection, so a good row does not pay for them.
            ClaimRow Reject(string? column, string code, string reason)
            {
                string[] byColumn = new string[ClaimsCsv.Columns.Count];
                for (int c = 0; c < byColumn.Length; c++)
                {
                    byColumn[c] = header.Index[c] >= 0 ? fields[header.Index[c]] : string.Empty;
                }

                return ClaimRow.Of(new CsvRejection(line, column, column is null ? null : values[IndexOfColumn(column)], code, reason, Encoding.UTF8.GetString(csv.RawRecord), byColumn));
            }

            if (string.Equals(Field(Column.Id), ClaimsCsv.Id, StringComparison.OrdinalIgnoreCase) && IsHeader(fields))
            {
                return Reject(null, "csv.header-repeated", "The row repeats the header (two files joined into one?); it is not a claim.");
            }

            foreach (int required in RequiredColumns)
            {
                if (Field(required).Length == 0)
                {
                    string name = ClaimsCsv.Columns[required];
                    return Reject(name, "field.missing", $"The required field '{name}' is empty.");
                }
            }

            string id = Field(Column.Id);
            if (options.DetectDuplicateIds
                && !(_ids ??= new DuplicateIdSet(options.TemporaryDirectory, options.DuplicateIdMemoryBudget, options.DuplicateIdFingerprintBits)).Add(id))
            {
                return Reject(ClaimsCsv.Id, "id.duplicate", $"The id '{id}' is used by an earlier row; ids are unique in a file.");
            }

            string basisText = Field(Column.Basis);
            MetricBasis? basis = null;
            if (basisText.Length > 0 && !options.Bases.TryFind(basisText, out basis))
            {
                return Reject(ClaimsCsv.Basis, "basis.unknown", $"No basis has the id '{basisText}'; see 'marketmetrics bases'.");
            }

            // Scope entries are checked now and applied once the basis is known (it may be inferred from the value).
            string scopeText = Field(Column.Scope);
            string[][]? scopeEntries = null;
            if (scopeText.Length > 0)
            {
                // The entries of a scope text are the same whenever it is printed: read once, shared (never written to).
                if (!_scopes.TryGet(scopeText, null, null, out (string[][]? Entries, string? Invalid) scope))
                {
                    _scopes.Add(scopeText, null, null, scope = ScopeEntries(scopeText));
                }

                if (scope.Invalid is not null)
                {
                    return Reject(ClaimsCsv.Scope, "scope.invalid", $"'{scope.Invalid}' is not a key=value pair.");
                }

                scopeEntries = scope.Entries;
            }

            string language = Field(Column.Language);
            bool zhaoIsTrillion = false;
            if (language.Length > 0)
            {
                if (!_languages.TryGet(language, null, null, out (bool Tag, bool Zhao) tag))
                {
                    _languages.Add(language, null, null, tag = (IsLanguageTag(language), QuantityParserOptions.ReadsZhaoAsTrillion(language)));
                }

                if (!tag.Tag)
                {
                    return Reject(ClaimsCsv.Language, "language.invalid", $"'{language}' is not a language tag such as zh-Hans, zh-TW, en or ja.");
                }

                zhaoIsTrillion = tag.Zhao;
            }

            string printed = Field(Column.Value);
            QuantityParser parser = zhaoIsTrillion ? TraditionalParser : options.QuantityParser;
            ParseResult<Figure> value = parser.Parse(printed);
            IReadOnlyList<FigurePart>? parts = null;
            Figure? figure;
            string? conversion = null;
            string toParse = printed;
            if (!value.Success && TrySplitConversion(parser, printed, out string? primaryText, out conversion))
            {
                // "51.8 billion yuan (US$7.3 billion)": the figure, and the publisher's conversion kept as printed.
                toParse = primaryText;
                value = parser.Parse(toParse);
            }

            List<(string Member, Figure Figure)>? each = null;
            if (!value.Success && Field(Column.Subject).Contains('+', StringComparison.Ordinal)
                && TrySplitRespectively(parser, toParse, Field(Column.Subject), out each, out string? respectivelyError))
            {
                if (respectivelyError is not null)
                {
                    return Reject(ClaimsCsv.Value, "value.ambiguous", respectivelyError);
                }

                // "29%, 20% and 13% respectively" of "Amazon+Microsoft+Google": one claim per member, in order.
            }

            if (each is not null)
            {
                figure = each[0].Figure;
            }
            else if (!value.TryGetValue(out figure))
            {
                // A row of a price table, "| DeepSeek-V3 | 0.5 元/百万 tokens | 2 元/百万 tokens |", whose column heads the scope notes
                // give ("表头: 输入(缓存命中) | 输入(缓存未命中)"): each cell read with its head as its label.
                if (TableRow(toParse, Field(Column.Subject), Field(Column.ScopeNotes)) is { } labelled)
                {
                    toParse = labelled;
                }

                ParseResult<IReadOnlyList<FigurePart>> compound = CompoundParser(parser).Parse(toParse);
                if (!compound.TryGetValue(out parts))
                {
                    return Reject(ClaimsCsv.Value, "value." + compound.Error!.CodeName, $"{compound.Error.Message} (at character {compound.Error.Position})");
                }

                figure = parts[0].Figure;
            }

            if (!string.Equals(figure.Text, printed, StringComparison.Ordinal))
            {
                // The figure keeps the value exactly as the file prints it (value_as_printed), "=5000亿tokens" included.
                figure = new Figure(figure.Value, figure.Unit, figure.Qualifier, figure.Scale, printed) { Modifiers = figure.Modifiers };
            }

            if ((figure.Unit.Dimension.Equals(Dimension.Count) || figure.Unit.Dimension.Equals(Dimension.TokenCount) || figure.Unit.Dimension.Equals(Dimension.Number))
                && PerTimeWord(Field(Column.ScopeNotes)) is { } perTime)
            {
                // "167次" with the scope notes "平均每秒可以同时调用": the figure is a rate whose time is printed apart from it; a
                // count read from the value alone would drop it.
                return Reject(ClaimsCsv.Value, "value.rate-in-scope-notes",
                    $"The scope notes say '{perTime}' of '{printed}', which is an amount with no time: write the rate in the value ('{printed}/秒', 'per second').");
            }

            // "over a third", "nearly half" (no digit, no unit, a proportion): a share in percent where the basis takes a share
            // and no plain number, stated or inferred.
            Figure? proportion = each is null && parts is null ? ProportionAsShare(figure) : null;
            if (proportion is not null && basis is not null && basis.Accepts(Dimension.Share) && !basis.Accepts(Dimension.Number))
            {
                figure = proportion;
            }

            string? basisInferred = null;
            if (basis is null)
            {
                BasisInference inference = BasisInferrer.Infer(figure, NullIfEmpty(Field(Column.ScopeNotes)), Field(Column.Subject), NullIfEmpty(Field(Column.Publisher)),
                    options.Bases, NullIfEmpty(Field(Column.Claimant)));
                if (!inference.Succeeded && proportion is not null
                    && BasisInferrer.Infer(proportion, NullIfEmpty(Field(Column.ScopeNotes)), Field(Column.Subject), NullIfEmpty(Field(Column.Publisher)),
                        options.Bases, NullIfEmpty(Field(Column.Claimant))) is { Succeeded: true, Basis: { } shareBasis } asShare && !shareBasis.Accepts(Dimension.Number))
                {
                    figure = proportion;
                    inference = asShare;
                }

                if (!inference.Succeeded)
                {
                    return Reject(ClaimsCsv.Basis, "basis.undecided", inference.Reason);
                }

                basis = inference.Basis;
                basisInferred = inference.Reason;
            }
            else if (parts is null && figure.IsChange && options.Bases.TryFind(MetricBasis.GrowthRate.Id, out _)
                && BasisInferrer.ChangeOfStatedLevel(basis, figure, printed, NullIfEmpty(Field(Column.ScopeNotes)), out string changeOf) is { } change)
            {
                // "降幅达到了85%" on model-unit-price: a change of the price, on growth-rate with measure=model-unit-price, marked
                // as inferred; a comparison with another subject (比行业低99%) is left on the stated basis and refused.
                basis = change;
                basisInferred = changeOf;
            }

            foreach (string[] kv in scopeEntries ?? [])
            {
                basis = basis.WithScope(kv[0], kv[1]);
            }

            // The published date comes first: a relative period (去年, 上季度) is resolved against it.
            PublishedDate? published = null;
            string? publishedPartial = null, partialWhy = null;
            if (Field(Column.Published) is { Length: > 0 } publishedText)
            {
                // Rows of a file mostly share their date: it is read (and labelled) once.
                if (!_published.TryGet(publishedText, null, null, out PublishedReading reading))
                {
                    _published.Add(publishedText, null, null, reading = ReadPublished(publishedText));
                }

                if (reading.Error is not null)
                {
                    return Reject(ClaimsCsv.Published, "published.invalid", reading.Error);
                }

                (published, publishedPartial, partialWhy) = (reading.Date, reading.Partial, reading.PartialWhy);
            }

            ReportingPeriod? period = null;
            string? periodResolution = null;
            Aggregation aggregation = Aggregation.Unspecified;
            if (Field(Column.Period) is { Length: > 0 } periodText)
            {
                // A fiscal period that names no company takes the subject's (else the claimant's) registered calendar.
                FiscalCalendar? calendar = CalendarOf(options.PeriodParser.FiscalCalendars, Field(Column.Subject), Field(Column.Claimant));
                // The same text, resolved against the same date with the same calendar, is the same period.
                if (!_periods.TryGet(periodText, published, calendar, out ParseResult<ParsedPeriod>? parsed))
                {
                    _periods.Add(periodText, published, calendar, parsed = options.PeriodParser.ParseRelativeTo(periodText, published, calendar));
                }

                if (!parsed.TryGetValue(out ParsedPeriod? p))
                {
                    return Reject(ClaimsCsv.Period, "period." + parsed.Error!.CodeName,
                        publishedPartial is not null && parsed.Error.Code == ParseErrorCode.NeedsPublishedDate
                            ? $"'{periodText.Trim()}' is relative to when it was published, and the published date '{publishedPartial}' {partialWhy}; give the claim's published date with its year to resolve it."
                            : parsed.Error.Message);
                }

                periodResolution = p.Resolution;

                period = p.Period;
                aggregation = p.Aggregation;
            }

            if (Field(Column.Aggregation) is { Length: > 0 } aggregationText)
            {
                Aggregation? stated = aggregationText switch
                {
                    _ when Is(aggregationText, "total") => Aggregation.Total,
                    _ when Is(aggregationText, "daily-average") || aggregationText == "日均" => Aggregation.DailyAverage,
                    _ when Is(aggregationText, "point-in-time") => Aggregation.PointInTime,
                    _ when Is(aggregationText, "annualized-run-rate") => Aggregation.AnnualizedRunRate,
                    _ when Is(aggregationText, "unspecified") => Aggregation.Unspecified,
                    _ => null,
                };
                if (stated is null)
                {
                    return Reject(ClaimsCsv.Aggregation, "aggregation.unknown", $"'{aggregationText}' is not total, daily-average, point-in-time or annualized-run-rate.");
                }

                aggregation = stated.Value;
            }

            string statusText = Field(Column.Status);
            FigureStatus? status = statusText switch
            {
                "" => FigureStatus.Reported,
                _ when Is(statusText, "reported") => FigureStatus.Reported,
                _ when Is(statusText, "estimate") => FigureStatus.Estimate,
                _ when Is(statusText, "forecast") => FigureStatus.Forecast,
                _ => null,
            };
            if (status is null)
            {
                return Reject(ClaimsCsv.Status, "status.unknown", $"'{Field(Column.Status)}' is not reported, estimate or forecast.");
            }

            string kindText = Field(Column.PublisherKind);
            PublisherKind? kind = kindText switch
            {
                "" => PublisherKind.Unknown,
                _ when Is(kindText, "unknown") => PublisherKind.Unknown,
                _ when Is(kindText, "vendor") => PublisherKind.Vendor,
                _ when Is(kindText, "analyst") => PublisherKind.Analyst,
                _ when Is(kindText, "media") => PublisherKind.Media,
                _ when Is(kindText, "filing") => PublisherKind.Filing,
                _ => null,
            };
            if (kind is null)
            {
                return Reject(ClaimsCsv.PublisherKind, "publisher-kind.unknown", $"'{Field(Column.PublisherKind)}' is not vendor, analyst, media or filing.");
            }

            string marketId = Field(Column.Market);
            Market? market = null;
            if (marketId.Length > 0 && !_markets.TryGet(marketId, null, null, out market))
            {
                _markets.Add(marketId, null, null, market = KnownMarket(options.Markets, marketId));
            }

            if (marketId.Length > 0 && market is null)
            {
                return Reject(ClaimsCsv.Market, "market.unknown", $"No market has the id '{marketId}'; see 'marketmetrics markets'.");
            }

            string publisher = Field(Column.Publisher);
            var claim = new Claim(id, Field(Column.Claimant), Field(Column.Subject), figure, basis)
            {
                Market = market,
                Period = period,
                Aggregation = aggregation,
                Status = status.Value,
                Publisher = publisher.Length == 0 ? null : PublisherOf(publisher, kind.Value),
                PublishedOn = published?.Day,
                Published = published is { Precision: DatePrecision.Day } ? null : published,
                PeriodResolution = periodResolution,
                PublishedAsPrinted = publishedPartial,
                Source = NullIfEmpty(Field(Column.Source)),
                Quote = NullIfEmpty(Field(Column.Quote)),
                ScopeNotes = NullIfEmpty(Field(Column.ScopeNotes)),
                Language = NullIfEmpty(language),
                BasisInferredFrom = basisInferred,
                PrintedConversion = conversion,
            };
            if (each is not null)
            {
                var memberRows = new List<ClaimRow>(each.Count);
                foreach ((string member, Figure memberFigure) in each)
                {
                    string label = member.Trim().ToLowerInvariant().Replace(' ', '-');
                    Figure printedFigure = new(memberFigure.Value, memberFigure.Unit, memberFigure.Qualifier, memberFigure.Scale, printed) { Modifiers = memberFigure.Modifiers };
                    memberRows.Add(ClaimRow.Of(line, PartOf(claim, id + "#" + label, member.Trim(), printedFigure, claim.Basis, claim.Status)));
                }

                for (int r = 1; r < memberRows.Count; r++)
                {
                    _parts.Enqueue(memberRows[r]);
                }

                return memberRows[0];
            }

            if (parts is null)
            {
                return ClaimRow.Of(line, claim);
            }

            // A value of several figures (input and output prices, tiers, the start and end of a change) is one claim per part,
            // each with the part's scope on its basis and an id of the row's id and the part's label.
            var rows = new List<ClaimRow>(parts.Count);
            foreach (FigurePart part in parts)
            {
                // A change beside its level, or derived from a start and an end, is on the basis of change its unit calls for,
                // measuring the row's basis.
                MetricBasis partBasis = part.Role is FigurePartRole.DerivedChange or FigurePartRole.StatedChange
                    ? (part.Figure.Unit.Dimension.Equals(Dimension.PercentagePoints) ? MetricBasis.ShareChange
                        : part.Figure.Unit.Dimension.Equals(Dimension.Multiple) ? MetricBasis.GrowthMultiple
                        : MetricBasis.GrowthRate).WithScope(ScopeKeys.Measure, basis.Id)
                    : basis;
                foreach (KeyValuePair<string, string> entry in part.Scope)
                {
                    if (partBasis.Scope[entry.Key] is { } stated && !string.Equals(stated, entry.Value, StringComparison.Ordinal)
                        && !(entry.Key == ScopeKeys.Measure && stated == TenderWinsNormalizer.CountAndAmount))
                    {
                        return Reject(ClaimsCsv.Scope, "scope.contradicts-value", $"The value's part '{part.Label}' says {entry.Key}={entry.Value} but the scope says {entry.Key}={stated}.");
                    }

                    partBasis = partBasis.WithScope(entry.Key, entry.Value);
                }

                // A part printed with its own year ("from $40 billion in 2024 to $46 billion in 2025") is of that year; the change
                // spans both, and a period the row states must be that span.
                ReportingPeriod? partPeriod = null;
                if (part.PeriodText is { } partPeriodText)
                {
                    if (!options.PeriodParser.Parse(partPeriodText).TryGetValue(out ParsedPeriod? own) || own.Period is null)
                    {
                        return Reject(ClaimsCsv.Value, "value.invalid-period", $"The value's part '{part.Label}' names the period '{partPeriodText}', which is not one.");
                    }

                    if (part.Role == FigurePartRole.DerivedChange && claim.Period is { } stated && !stated.Equals(own.Period))
                    {
                        return Reject(ClaimsCsv.Period, "period.contradicts-value",
                            $"The value runs from one year to another ({own.Period}), but the period says {stated}.");
                    }

                    partPeriod = own.Period;
                }

                Figure partFigure = new(part.Figure.Value, part.Figure.Unit, part.Figure.Qualifier, part.Figure.Scale, printed) { Modifiers = part.Figure.Modifiers };
                rows.Add(ClaimRow.Of(line, PartOf(claim, id + "#" + part.Label, claim.Subject, partFigure, partBasis,
                    part.Role == FigurePartRole.DerivedChange ? FigureStatus.Derived : claim.Status, partPeriod)));
            }

            for (int r = 1; r < rows.Count; r++)
            {
                _parts.Enqueue(rows[r]);
            }

            return rows[0];
        }

        private static readonly string[] TableHeads = ["表头:", "表头：", "表頭:", "表頭：", "columns:"];

        // The cells of a table row printed in the value, after the first cell naming the row's subject, each joined to the head of
        // its column from the scope notes: "输入(缓存命中)" + "0.5 元/百万 tokens"; a head that carries the unit in brackets,
        // "输入价格(元/千token)" or "Input (per 1M tokens)", takes the cell before its bracket: "输入价格 0.004 元/千token". Null
        // unless the heads and the cells are as many and the first cell is the subject; the labels are then read (or refused)
        // as any labelled value is.
        private static string? TableRow(string value, string subject, string notes)
        {
            int at = -1, width = 0;
            foreach (string head in TableHeads)
            {
                int i = notes.IndexOf(head, StringComparison.OrdinalIgnoreCase);
                if (i >= 0 && (at < 0 || i < at))
                {
                    at = i;
                    width = head.Length;
                }
            }

            if (at < 0 || subject.Length == 0)
            {
                return null;
            }

            int stop = notes.IndexOf(';', at);
            string[] heads = notes[(at + width)..(stop < 0 ? notes.Length : stop)].Split('|', StringSplitOptions.TrimEntries);
            string[] cells = value.Contains('|', StringComparison.Ordinal)
                ? value.Trim().Trim('|').Split('|', StringSplitOptions.TrimEntries)
                : value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != heads.Length + 1 || !string.Equals(cells[0], subject.Trim(), StringComparison.OrdinalIgnoreCase)
                || Array.Exists(heads, h => h.Length == 0) || Array.Exists(cells, c => c.Length == 0))
            {
                return null;
            }

            var text = new StringBuilder();
            for (int c = 0; c < heads.Length; c++)
            {
                string head = heads[c], cell = cells[c + 1];
                int open = head.IndexOfAny(['(', '（']);
                string inside = open < 0 ? string.Empty : head[(open + 1)..].TrimEnd(')', '）').Trim();
                bool unitInHead = open > 0 && (head[^1] is ')' or '）') && (inside.Contains('/', StringComparison.Ordinal) || inside.StartsWith("per ", StringComparison.OrdinalIgnoreCase));
                text.Append(c == 0 ? string.Empty : "; ")
                    .Append(unitInHead ? head[..open].Trim() + " " + cell + " " + inside : head + " " + cell);
            }

            return text.ToString();
        }

        private static readonly string[] PerTimeWords = ["每秒", "每分钟", "每分鐘", "每小时", "每小時", "per second", "per minute", "per hour"];

        // A word in the scope notes that makes the figure a rate per clock time.
        private static string? PerTimeWord(string notes)
        {
            if (notes.Length == 0)
            {
                return null;
            }

            foreach (string word in PerTimeWords)
            {
                if (notes.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return word;
                }
            }

            return null;
        }

        // One claim of a row of several (a part, a member of a listed group): everything the row says but the id, subject,
        // figure, basis and status, which are the part's.
        private static Claim PartOf(Claim row, string id, string subject, Figure figure, MetricBasis basis, FigureStatus status, ReportingPeriod? period = null) =>
            new(id, row.Claimant, subject, figure, basis)
            {
                Market = row.Market,
                Period = period ?? row.Period,
                Aggregation = row.Aggregation,
                Status = status,
                Publisher = row.Publisher,
                PublishedOn = row.PublishedOn,
                Published = row.GivenPublished,
                PeriodResolution = row.PeriodResolution,
                PublishedAsPrinted = row.PublishedAsPrinted,
                Source = row.Source,
                Quote = row.Quote,
                ScopeNotes = row.ScopeNotes,
                Language = row.Language,
                BasisInferredFrom = row.BasisInferredFrom,
                PrintedConversion = row.PrintedConversion,
            };

        // A proportion printed in words ("a third", "three quarters", "nearly half": no digit, unit 1, every finite bound strictly
        // between 0 and 1, not a change) as a share in percent; null for any other figure. "one" (1) and "half a million" are no
        // proportion.
        private static Figure? ProportionAsShare(Figure figure)
        {
            Interval value = figure.Value;
            if (figure.IsChange || !figure.Unit.Equals(Units.One) || figure.Text is not { } text || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
                || text.AsSpan().IndexOfAnyInRange('０', '９') >= 0 || (value.Low.IsUnbounded && value.High.IsUnbounded) || !HasFractionWord(text))
            {
                // A number in words that names no fraction (零点五, point five) may be a share in percent written without its
                // sign: which one is not printed.
                return null;
            }

            foreach (Bound bound in (ReadOnlySpan<Bound>)[value.Low, value.High])
            {
                if (!bound.IsUnbounded && (bound.Value <= 0m || bound.Value >= 1m))
                {
                    return null;
                }
            }

            return new Figure(value.Scale(100m), Units.Percent, figure.Qualifier, figure.Scale, text) { Modifiers = figure.Modifiers };
        }

        private static readonly string[] FractionWords = ["half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "分之", "半"];

        private static bool HasFractionWord(string text)
        {
            foreach (string word in FractionWords)
            {
                if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly Queue<ClaimRow> _parts = new();

        // Results that depend only on a field's text (and what is named with it), kept for the texts most recently read.
        private readonly RecentResults<(string[][]? Entries, string? Invalid)> _scopes = new();
        private readonly RecentResults<(bool Tag, bool Zhao)> _languages = new();
        private readonly RecentResults<PublishedReading> _published = new();
        private readonly RecentResults<ParseResult<ParsedPeriod>> _periods = new();
        private readonly RecentResults<Market?> _markets = new();
        private readonly RecentResults<Publisher> _publishers = new();

        // A published date as read from its text: a date, or a partial one kept as printed (and why it is partial), or an error.
        private readonly record struct PublishedReading(PublishedDate? Date, string? Partial, string? PartialWhy, string? Error);

        private static PublishedReading ReadPublished(string text)
        {
            if (TryIsoDate(text, out DateOnly day))
            {
                return new(PublishedDate.OnDay(day), null, null, null);
            }

            if (PublishedDate.IsPartial(text, out string? partialWhy))
            {
                // "11月25日", "10小时前": provenance kept as printed; no year is supplied, so nothing relative is resolved by it.
                return new(null, text.Trim(), partialWhy, null);
            }

            return PublishedDate.TryParse(text, out PublishedDate? published, out string? error) ? new(published, null, null, null) : new(null, null, null, error);
        }

        // The entries of a scope text, or the first pair that is not key=value.
        private static (string[][]? Entries, string? Invalid) ScopeEntries(string scopeText)
        {
            string[] pairs = scopeText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var entries = new string[pairs.Length][];
            for (int p = 0; p < pairs.Length; p++)
            {
                string[] kv = pairs[p].Split('=', 2, StringSplitOptions.TrimEntries);
                if (kv.Length != 2 || kv[0].Length == 0 || kv[1].Length == 0)
                {
                    return (null, pairs[p]);
                }

                entries[p] = kv;
            }

            return (entries, null);
        }

        // A publisher is immutable: rows that name the same one with the same kind share it.
        private Publisher PublisherOf(string name, PublisherKind kind)
        {
            if (_publishers.TryGet(name, null, null, out Publisher? known) && known.Kind == kind)
            {
                return known;
            }

            var publisher = new Publisher(name, kind);
            _publishers.Add(name, null, null, publisher);
            return publisher;
        }

        private (FiscalCalendarRegistry? Registry, string? Subject, string? Claimant, FiscalCalendar? Calendar) _lastCalendar;

        // The fiscal calendar of the subject, else of the claimant; the answer for the last pair of names is kept, since rows
        // mostly repeat them (a lookup hashes a name ignoring case, slowly for CJK names).
        private FiscalCalendar? CalendarOf(FiscalCalendarRegistry registry, string subject, string claimant)
        {
            if (ReferenceEquals(_lastCalendar.Registry, registry) && string.Equals(_lastCalendar.Subject, subject, StringComparison.Ordinal)
                && string.Equals(_lastCalendar.Claimant, claimant, StringComparison.Ordinal))
            {
                return _lastCalendar.Calendar;
            }

            FiscalCalendar? calendar = registry.TryFind(subject, out FiscalCalendar? own) || registry.TryFind(claimant, out own) ? own : null;
            _lastCalendar = (registry, subject, claimant, calendar);
            return calendar;
        }
        private QuantityParser? _traditional;
        private CompoundFigureParser? _compound;
        private CompoundFigureParser? _compoundTraditional;

        public bool TryTakePart([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClaimRow? part) => _parts.TryDequeue(out part);

        // 兆 is 10¹² in Traditional Chinese and Japanese: the same options with that one reading.
        private QuantityParser TraditionalParser => _traditional ??= new QuantityParser(new QuantityParserOptions
        {
            MaxInputLength = owner.Options.QuantityParser.Options.MaxInputLength,
            IgnoreUnknownWords = owner.Options.QuantityParser.Options.IgnoreUnknownWords,
            ZhaoIsTrillion = true,
        });

        private CompoundFigureParser CompoundParser(QuantityParser parser) => ReferenceEquals(parser, _traditional)
            ? _compoundTraditional ??= new CompoundFigureParser(parser)
            : _compound ??= new CompoundFigureParser(parser);

        // A figure in money followed by a bracketed amount in another currency, and nothing after it: "51.8 billion yuan (US$7.3
        // billion)", "逾4,200億美元（約新台幣12.9兆元）", "1,191億ドル(約12兆円)". The bracket must read as money on its own (an
        // approximation word before it, 規模 after it) and in a different currency from what precedes it; what precedes it is then
        // read as the value. The bracket is never added to, or averaged with, the figure.
        private static bool TrySplitConversion(QuantityParser parser, string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? primary,
            [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? conversion)
        {
            primary = conversion = null;
            string trimmed = text.TrimEnd();
            if (trimmed.Length < 4 || (trimmed[^1] != ')' && trimmed[^1] != '）'))
            {
                return false;
            }

            int open = trimmed.LastIndexOfAny(['(', '（']);
            if (open <= 0 || trimmed.IndexOfAny([')', '）'], open) != trimmed.Length - 1)
            {
                return false;
            }

            string inner = trimmed[(open + 1)..^1].Trim(), before = trimmed[..open].TrimEnd();
            if (!parser.Parse(inner).TryGetValue(out Figure? converted) || converted.Unit.Currency is not { } to || converted.IsChange)
            {
                return false;
            }

            // The figure before the bracket: one figure, or a level with its change ("前年同期比25%増の1,026億ドル").
            string? from = parser.Parse(before).TryGetValue(out Figure? single) ? single.Unit.Currency : LastCurrency(parser, before);
            if (from is null || string.Equals(from, to, StringComparison.Ordinal))
            {
                return false;
            }

            primary = before;
            conversion = inner;
            return true;
        }

        private static string? LastCurrency(QuantityParser parser, string text)
        {
            ParseResult<IReadOnlyList<FigurePart>> compound = new CompoundFigureParser(parser).Parse(text);
            return compound.TryGetValue(out IReadOnlyList<FigurePart>? parts) && parts.Count == 2 && parts[0].Figure.Unit.Currency is { } currency ? currency : null;
        }

        // "29%, 20% and 13% respectively", "33%, 20%, and 10%, respectively", "分别为29%、20%和13%" with a subject listing the members
        // ("Amazon+Microsoft+Google"): the figures pair with the members in order. True when the value has that shape; the error
        // is set when the figures do not pair one to one with the members, or are not all of one unit.
        private static bool TrySplitRespectively(QuantityParser parser, string text, string subject, out List<(string Member, Figure Figure)>? each, out string? error)
        {
            each = null;
            error = null;
            string t = text.Trim().TrimEnd('.', '。');
            if (t.EndsWith("respectively", StringComparison.OrdinalIgnoreCase))
            {
                t = t[..^"respectively".Length].TrimEnd(' ', ',', '，');
            }
            else if (t.StartsWith("分别为", StringComparison.Ordinal) || t.StartsWith("分別為", StringComparison.Ordinal)
                || t.StartsWith("分别是", StringComparison.Ordinal) || t.StartsWith("分別是", StringComparison.Ordinal))
            {
                t = t[3..].TrimStart();
            }
            else
            {
                return false;
            }

            string[] pieces = t.Replace(", and ", ",", StringComparison.Ordinal).Replace(" and ", ",", StringComparison.Ordinal)
                .Split([',', '，', '、', '和', '及'], StringSplitOptions.TrimEntries);
            string[] members = subject.Split('+', StringSplitOptions.TrimEntries);
            if (pieces.Length != members.Length || Array.Exists(members, m => m.Length == 0))
            {
                error = $"'{text}' pairs {pieces.Length} figures with {members.Length} members of '{subject}'; each member needs exactly one figure.";
                return true;
            }

            each = new List<(string, Figure)>(pieces.Length);
            for (int i = 0; i < pieces.Length; i++)
            {
                if (!parser.Parse(pieces[i]).TryGetValue(out Figure? f) || (each.Count > 0 && !f.Unit.Equals(each[0].Figure.Unit)))
                {
                    each = null;
                    error = $"'{pieces[i]}' in '{text}' is not one figure in the unit of the others; each member of '{subject}' needs one.";
                    return true;
                }

                each.Add((members[i], f));
            }

            return true;
        }

        // A BCP 47 tag as files print it: a primary language of 2-3 letters, then subtags of 2-8 letters or digits.
        private static bool IsLanguageTag(string tag)
        {
            string[] subtags = tag.Replace('_', '-').Split('-');
            if (subtags[0].Length is < 2 or > 3 || !subtags[0].All(char.IsAsciiLetter))
            {
                return false;
            }

            for (int i = 1; i < subtags.Length; i++)
            {
                if (subtags[i].Length is < 2 or > 8 || !subtags[i].All(char.IsAsciiLetterOrDigit))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsHeader(string[] fields)
        {
            for (int i = 0; i < fields.Length; i++)
            {
                if (!string.Equals(fields[i].Trim(), header.Names[i].Trim().TrimStart('\uFEFF'), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly Dictionary<string, int> ColumnIndex =
            ClaimsCsv.Columns.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

        private static int IndexOfColumn(string column) => ColumnIndex[column];

        private static readonly int[] RequiredColumns = [.. ClaimsCsv.RequiredColumns.Select(IndexOfColumn)];

        // Column positions in ClaimsCsv.Columns, looked up once.
        private static class Column
        {
            public static readonly int Id = IndexOfColumn(ClaimsCsv.Id);
            public static readonly int Claimant = IndexOfColumn(ClaimsCsv.Claimant);
            public static readonly int Subject = IndexOfColumn(ClaimsCsv.Subject);
            public static readonly int Basis = IndexOfColumn(ClaimsCsv.Basis);
            public static readonly int Scope = IndexOfColumn(ClaimsCsv.Scope);
            public static readonly int Value = IndexOfColumn(ClaimsCsv.Value);
            public static readonly int Period = IndexOfColumn(ClaimsCsv.Period);
            public static readonly int Aggregation = IndexOfColumn(ClaimsCsv.Aggregation);
            public static readonly int Market = IndexOfColumn(ClaimsCsv.Market);
            public static readonly int ScopeNotes = IndexOfColumn(ClaimsCsv.ScopeNotes);
            public static readonly int Publisher = IndexOfColumn(ClaimsCsv.Publisher);
            public static readonly int PublisherKind = IndexOfColumn(ClaimsCsv.PublisherKind);
            public static readonly int Published = IndexOfColumn(ClaimsCsv.Published);
            public static readonly int Source = IndexOfColumn(ClaimsCsv.Source);
            public static readonly int Quote = IndexOfColumn(ClaimsCsv.Quote);
            public static readonly int Status = IndexOfColumn(ClaimsCsv.Status);
            public static readonly int Language = IndexOfColumn(ClaimsCsv.Language);
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

        // Field values are compared with an ASCII case fold: culture-aware lower-casing costs more than the rest of a row.
        private static bool Is(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);

        private static Market? KnownMarket(IReadOnlyList<Market> markets, string id)
        {
            foreach (Market market in markets)
            {
                if (string.Equals(market.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    return market;
                }
            }

            return null;
        }

        // yyyy-MM-dd exactly, as DateOnly.TryParseExact reads it with the invariant culture, without its general machinery.
        private static bool TryIsoDate(string text, out DateOnly date)
        {
            date = default;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-'
                || !TryDigits(text.AsSpan(0, 4), out int year) || !TryDigits(text.AsSpan(5, 2), out int month) || !TryDigits(text.AsSpan(8, 2), out int day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateOnly(year, month, day);
            return true;
        }

        private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (char c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
