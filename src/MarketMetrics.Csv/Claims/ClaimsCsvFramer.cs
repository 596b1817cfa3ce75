using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MarketMetrics.Csv;

/// <summary>
/// Splits a claims file into records on its bytes before CsvHelper reads them, and is the one authority on where a
/// record starts and ends: every non-empty physical line ends as part of one well-formed record handed on, or in
/// exactly one rejection. Well-formed records (RFC 4180 quoting, the header's field count, within the size limit,
/// valid UTF-8, no control characters) are copied into a batch, each ended by LF, that CsvHelper reads in place;
/// the batch's rejections carry the number of good records before them, so the reader hands both out in file order.
/// </summary>
/// <remarks>
/// A quote that is still open at the end of its line makes the record run on; when it has not closed within
/// <see cref="ClaimsCsvOptions.MaxQuotedFieldLines"/> lines, or by the end of the input, or when the record it closes
/// is not well-formed, the quote is taken for a mistake: the line where it opened is rejected
/// (<c>csv.unterminated-quote</c>) and each following line up to the next one that is a well-formed record on its
/// own is rejected too, naming the line where the quote opened. Reading goes on from that line.
/// </remarks>
internal sealed class ClaimsCsvFramer : IDisposable
{
    private const byte Quote = (byte)'"';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const int RawPrefix = 4096;
    private const int BatchTarget = 64 * 1024;

    // C0 controls other than tab, CR and LF, DEL, and the lead byte of the UTF-8 form of the C1 controls (C2 80–C2 9F).
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F, 0xC2]);

    private static readonly Encoding StrictGb18030 = CreateGb18030();

    private readonly Stream _source;
    private readonly byte _separator;
    private readonly int _maxRecordSize;
    private readonly int _maxQuotedLines;
    private readonly bool _allowControls;
    private readonly string? _transcodedFrom;
    private readonly bool _fromText;
    private readonly List<(int Start, int End, int Next)> _lines = [];
    private string[] _columnNames = [];
    private bool[] _ignored = [];

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferOffset;
    private long _line = 1;
    private bool _first = true;
    private int _expectedFields = -1;

    private byte[] _batch = ArrayPool<byte>.Shared.Rent(BatchTarget + 1024);
    private int _batchLength;

    public ClaimsCsvFramer(Stream source, ClaimsCsvOptions options, string? transcodedFrom, bool fromText = false)
    {
        _fromText = fromText;
        _source = source;
        _separator = (byte)options.Separator;
        _maxRecordSize = options.MaxRecordSize;
        _maxQuotedLines = options.MaxQuotedFieldLines;
        _allowControls = options.AllowControlCharacters;
        _transcodedFrom = transcodedFrom;
    }

    /// <summary>Gets the good records of the current batch, each ended by LF, for CsvHelper to read in place.</summary>
    public ReadOnlyMemory<byte> Batch => _batch.AsMemory(0, _batchLength);

    /// <summary>Gets the lines where the good records of the current batch start, in order.</summary>
    public List<long> BatchLines { get; } = [];

    /// <summary>Gets the good records of the current batch whose text is at fault (by index in the batch), with their rejection.</summary>
    public List<(int Record, CsvRejection Rejection)> BatchFaults { get; } = [];

    /// <summary>Gets the rejections of the current batch, each with the number of the batch's good records before it.</summary>
    public List<(int GoodBefore, CsvRejection Rejection)> BatchRejections { get; } = [];

    /// <summary>Reads the header record: its bytes ended by LF, or empty when the input has none.</summary>
    public byte[] ReadHeader()
    {
        _batchLength = 0;
        if (!FrameNext())
        {
            return [];
        }

        return Batch.ToArray();
    }

    /// <summary>Frames the next batch of records: about 64 KiB of good records, or up to 1,024 rejections. False at the end.</summary>
    public bool NextBatch()
    {
        _batchLength = 0;
        BatchLines.Clear();
        BatchRejections.Clear();
        BatchFaults.Clear();
        while (_batchLength < BatchTarget && BatchRejections.Count < 1024)
        {
            if (!FrameNext())
            {
                break;
            }
        }

        return _batchLength > 0 || BatchRejections.Count > 0;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            ArrayPool<byte>.Shared.Return(_batch);
            _buffer = [];
            _batch = [];
        }
    }

    // Frames the next record: copies a good one into the batch, or adds its rejections. False at the end of the input.
    private bool FrameNext()
    {
        if (!SkipEmptyLines())
        {
            return false;
        }

        if (_first)
        {
            _first = false;
            if (Available(3) >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
            {
                _start += 3;
                if (!SkipEmptyLines())
                {
                    return false;
                }
            }
        }

        long line = _line;
        long offset = _bufferOffset + _start;
        var state = new ScanState(line);
        _lines.Clear();
        int rel = 0;
        while (true)
        {
            int from = _start + rel;
            int index = _buffer.AsSpan(from, _end - from).IndexOfAny(Cr, Lf);
            int contentEnd, next;
            if (index < 0)
            {
                if (from == _end && _eof && _lines.Count > 0)
                {
                    break; // the input ends inside a quoted field
                }

                if (!_eof)
                {
                    if (_end - from > _maxRecordSize || _end - _start > LookaheadLimit)
                    {
                        SkipOversized(line, ref state, rel);
                        return true;
                    }

                    Fill();
                    continue;
                }

                contentEnd = _end;
                next = _end;
            }
            else
            {
                contentEnd = from + index;
                if (_buffer[contentEnd] == Cr && contentEnd + 1 == _end && !_eof)
                {
                    Fill(); // is the CR followed by an LF?
                    continue;
                }

                next = contentEnd + (_buffer[contentEnd] == Cr && contentEnd + 1 < _end && _buffer[contentEnd + 1] == Lf ? 2 : 1);
            }

            ReadOnlySpan<byte> content = _buffer.AsSpan(from, contentEnd - from);
            if (_lines.Count == 0 && !content.Contains(Quote))
            {
                state.Fields = content.Count(_separator) + 1; // the usual record: one line, no quote
            }
            else
            {
                Scan(content, ref state, _lines.Count, _separator);
            }

            state.LineEnded();
            _lines.Add((rel, contentEnd - _start, next - _start));
            rel = next - _start;
            if (!state.InQuote || (next == _end && _eof) || _lines.Count > _maxQuotedLines)
            {
                break;
            }

            if (rel > LookaheadLimit)
            {
                SkipOversized(line, ref state, rel);
                return true;
            }
        }

        int recordLength = _lines[^1].End;
        ReadOnlySpan<byte> record = _buffer.AsSpan(_start, recordLength);
        if (_expectedFields < 0)
        {
            // The header: handed on as it is; CsvHelper's header check names what is wrong with its names.
            if (state.InQuote || state.Fault is not null)
            {
                throw new ClaimsCsvHeaderException(string.Create(CultureInfo.InvariantCulture,
                    $"The claims file's header (line {line}) has a stray quote: {state.Fault ?? $"the quote opened at byte {state.OpenedColumn} is not closed on its line."}"));
            }

            _expectedFields = state.Fields;
            Consume(rel, _lines.Count);
            Hand(_start - rel, recordLength);
            return true;
        }

        if (state.InQuote || (_lines.Count > 1 && (state.Fault is not null || state.Fields != _expectedFields)))
        {
            Unterminated(line, state, rel);
            return true;
        }

        if (recordLength > _maxRecordSize)
        {
            Reject(line, "csv.field-too-long", TooLong(recordLength, exact: true), Raw(record[..Math.Min(RawPrefix, record.Length)]));
            Consume(rel, _lines.Count);
            return true;
        }

        if (state.Fault is { } fault)
        {
            Reject(line, "csv.malformed", fault, Raw(record));
            Consume(rel, _lines.Count);
            return true;
        }

        if (state.Fields != _expectedFields)
        {
            Reject(line, "csv.malformed", string.Create(CultureInfo.InvariantCulture,
                $"The record has {state.Fields} fields and the header {_expectedFields} (a wrong separator, an unquoted separator in a value, or a line break in an unquoted field)."), Raw(record));
            Consume(rel, _lines.Count);
            return true;
        }

        if (!Utf8.IsValid(record) || record.IndexOf("\uFFFD"u8) >= 0 || (!_allowControls && record.IndexOfAny(ControlBytes) >= 0))
        {
            // Rare: find the first fault outside the ignored (_-prefixed) columns, which the rejects file fills with text as read.
            if (TextFault(record, line, offset) is { } text)
            {
                // Handed on all the same, so the reader can give the rejection the row's fields.
                BatchFaults.Add((BatchLines.Count, new CsvRejection(line, text.Column, text.Field, text.Code, text.Reason, Raw(record))));
            }
        }

        BatchLines.Add(line);
        Consume(rel, _lines.Count);
        Hand(_start - rel, recordLength);
        return true;
    }

    // The quote that opened on the record's first line is a mistake: reject that line, then each line up to the next
    // one that is a well-formed record by itself, and go on from there.
    private void Unterminated(long line, in ScanState state, int rel)
    {
        string why = state.InQuote
            ? _lines.Count > _maxQuotedLines
                ? string.Create(CultureInfo.InvariantCulture, $"The quote opened at line {state.OpenedLine}, byte {state.OpenedColumn} is not closed within {_maxQuotedLines} lines (ClaimsCsvOptions.MaxQuotedFieldLines, normalize --max-quoted-lines); it is taken for a stray quote.")
                : string.Create(CultureInfo.InvariantCulture, $"The quote opened at line {state.OpenedLine}, byte {state.OpenedColumn} is never closed.")
            : string.Create(CultureInfo.InvariantCulture, $"The quote opened at line {state.OpenedLine}, byte {state.OpenedColumn} runs across {_lines.Count} lines into a record that is not well-formed; it is taken for a stray quote.");
        (int first, int firstEnd, _) = _lines[0];
        Reject(line, "csv.unterminated-quote", why, Raw(_buffer.AsSpan(_start + first, firstEnd - first)));
        int resume = _lines.Count;
        for (int i = 1; i < _lines.Count; i++)
        {
            (int s, int e, _) = _lines[i];
            ReadOnlySpan<byte> text = _buffer.AsSpan(_start + s, e - s);
            var alone = new ScanState(line + i);
            Scan(text, ref alone, 0, _separator);
            if (!alone.InQuote && alone.Fault is null && alone.Fields == _expectedFields)
            {
                resume = i;
                break;
            }

            Reject(line + i, "csv.unterminated-quote", Swallowed(state), Raw(text));
        }

        if (resume < _lines.Count)
        {
            Consume(_lines[resume].Start, resume);
        }
        else
        {
            Consume(rel, _lines.Count);
        }
    }

    // A record longer than the limit that is not complete yet: scanned to its end without being kept. `rel` is where
    // its first unscanned line starts; the lines before it are in _lines.
    private void SkipOversized(long line, ref ScanState state, int rel)
    {
        if (_expectedFields < 0)
        {
            throw new ClaimsCsvHeaderException(string.Create(CultureInfo.InvariantCulture,
                $"The claims file's header is longer than {_maxRecordSize:N0} bytes (ClaimsCsvOptions.MaxRecordSize); is it a claims file?"));
        }

        string raw = Raw(_buffer.AsSpan(_start, Math.Min(RawPrefix, _end - _start)));
        long length = rel;
        int lines = _lines.Count;
        long lineBytes = 0;
        _start += rel;
        while (true)
        {
            int index = _buffer.AsSpan(_start, _end - _start).IndexOfAny(Cr, Lf);
            if (index < 0 || (_buffer[_start + index] == Cr && _start + index + 1 == _end && !_eof))
            {
                int upTo = index < 0 ? _end : _start + index;
                Scan(_buffer.AsSpan(_start, upTo - _start), ref state, lines, _separator);
                length += upTo - _start;
                lineBytes += upTo - _start;
                _start = upTo;
                if (_eof)
                {
                    lines += lineBytes > 0 ? 1 : 0;
                    break;
                }

                Fill();
                continue;
            }

            int contentEnd = _start + index;
            Scan(_buffer.AsSpan(_start, index), ref state, lines, _separator);
            length += index;
            int next = contentEnd + (_buffer[contentEnd] == Cr && contentEnd + 1 < _end && _buffer[contentEnd + 1] == Lf ? 2 : 1);
            lines++;
            lineBytes = 0;
            state.LineEnded();
            _start = next;
            if (!state.InQuote || (next == _end && _eof) || lines > _maxQuotedLines)
            {
                break;
            }

            length += next - contentEnd;
        }

        _line += lines;
        if (state.InQuote)
        {
            Reject(line, "csv.unterminated-quote", string.Create(CultureInfo.InvariantCulture,
                $"The quote opened at line {state.OpenedLine}, byte {state.OpenedColumn} is not closed within {lines} lines and {_maxRecordSize:N0} bytes; it is taken for a stray quote."), raw);
            for (int i = 1; i < lines; i++)
            {
                Reject(line + i, "csv.unterminated-quote", Swallowed(state), string.Empty);
            }
        }
        else
        {
            Reject(line, "csv.field-too-long", TooLong(length, exact: false), raw);
        }
    }

    private static string Swallowed(in ScanState state) => string.Create(CultureInfo.InvariantCulture,
        $"The line is inside the quote opened at line {state.OpenedLine}, byte {state.OpenedColumn}, which is taken for a stray quote; fix that line and read the file again.");

    // How far a quoted field that has run over lines is kept for re-reading its lines should its quote be a stray one.
    private long LookaheadLimit => _maxRecordSize * 4L;

    private string TooLong(long length, bool exact) => string.Create(CultureInfo.InvariantCulture,
        $"The record is {(exact ? string.Empty : "at least ")}{length:N0} bytes long, beyond the limit of {_maxRecordSize:N0} bytes; raise it with ClaimsCsvOptions.MaxRecordSize (normalize --max-record-size). The rejects file keeps its first {RawPrefix:N0} bytes.");

    // The first invalid byte, U+FFFD or control character of a well-formed record, field by field, skipping the
    // columns the reader ignores; null when there is none.
    private (string Code, string Reason, string? Column, string? Field)? TextFault(ReadOnlySpan<byte> record, long line, long offset)
    {
        int start = 0;
        for (int field = 0; start <= record.Length; field++)
        {
            int end = FieldEnd(record, start);
            if (field >= _ignored.Length || !_ignored[field])
            {
                ReadOnlySpan<byte> text = record[start..end];
                string? column = field < _columnNames.Length ? _columnNames[field] : null;
                if (EncodingFault(text, record, start, line, offset) is { } encoding)
                {
                    return ("csv.invalid-encoding", encoding, column, Raw(text));
                }

                if (!_allowControls && ControlFault(text, start) is { } control)
                {
                    return ("csv.control-character", control, column, Raw(text));
                }
            }

            start = end + 1;
        }

        return null;
    }

    // Where the field that starts at `start` of a well-formed record ends (its separator, or the end of the record).
    private int FieldEnd(ReadOnlySpan<byte> record, int start)
    {
        if (start < record.Length && record[start] == Quote)
        {
            int j = start + 1;
            while (true)
            {
                j += record[j..].IndexOf(Quote);
                if (j + 1 < record.Length && record[j + 1] == Quote)
                {
                    j += 2;
                    continue;
                }

                return j + 1;
            }
        }

        int separator = record[start..].IndexOf(_separator);
        return separator < 0 ? record.Length : start + separator;
    }

    private string? EncodingFault(ReadOnlySpan<byte> text, ReadOnlySpan<byte> record, int start, long line, long offset)
    {
        if (Utf8.IsValid(text))
        {
            int replacement = text.IndexOf("\uFFFD"u8);
            if (replacement < 0)
            {
                return null;
            }

            int character = System.Text.Encoding.UTF8.GetCharCount(record[..(start + replacement)]) + 1;
            if (_fromText)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The record holds U+FFFD (the mark of text that was decoded wrongly, or of a lone surrogate) at character {character} of the record at line {line}.");
            }

            return _transcodedFrom is { } from
                ? string.Create(CultureInfo.InvariantCulture, $"The record holds bytes that are not valid {from} at character {character} of the record at line {line}.")
                : string.Create(CultureInfo.InvariantCulture, $"The record holds U+FFFD (the mark of text that was decoded wrongly before it was saved) at byte offset {offset + start + replacement} of the file (character {character} of the record at line {line}).");
        }

        Span<char> scratch = stackalloc char[256];
        int bad = 0;
        while (bad < text.Length)
        {
            OperationStatus status = Utf8.ToUtf16(text[bad..], scratch, out int read, out _, replaceInvalidSequences: false);
            bad += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                break;
            }
        }

        string hint = Gb18030Hint(record);
        return string.Create(CultureInfo.InvariantCulture,
            $"The record is not valid UTF-8: byte 0x{text[Math.Min(bad, text.Length - 1)]:X2} at byte offset {offset + start + bad} of the file (byte {start + bad + 1} of the record at line {line}).{hint}");
    }

    // A record that is not UTF-8 but reads cleanly as GB18030 (GBK) was most likely saved by a spreadsheet on Chinese Windows.
    private static string Gb18030Hint(ReadOnlySpan<byte> record)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(record.Length);
        try
        {
            int n = StrictGb18030.GetChars(record, chars);
            return chars.AsSpan(0, n).Contains('\uFFFD')
                ? string.Empty
                : " It reads cleanly as GB18030 (GBK), what spreadsheets on Chinese Windows save: read the file with ClaimsCsvOptions.Encoding set to GB18030 (normalize --encoding gb18030).";
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string? ControlFault(ReadOnlySpan<byte> text, int start)
    {
        int from = 0;
        while (true)
        {
            int i = text[from..].IndexOfAny(ControlBytes);
            if (i < 0)
            {
                return null;
            }

            i += from;
            int control = text[i] != 0xC2 ? text[i] : i + 1 < text.Length && text[i + 1] is >= 0x80 and <= 0x9F ? text[i + 1] : -1;
            if (control >= 0)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"The field holds the control character U+{control:X4} at byte {start + i + 1} of the record; control characters are not text (ClaimsCsvOptions.AllowControlCharacters, normalize --allow-control-characters, keeps them).");
            }

            from = i + 1;
        }
    }

    private void Reject(long line, string code, string reason, string raw) =>
        BatchRejections.Add((BatchLines.Count, new CsvRejection(line, null, null, code, reason, raw)));

    /// <summary>Names the columns after the header check, so that faults in ignored columns (<c>_raw</c> …) do not reject a row.</summary>
    public void SetColumns(IReadOnlyList<string> names)
    {
        _columnNames = new string[names.Count];
        _ignored = new bool[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            _columnNames[i] = names[i].Trim().TrimStart('\uFEFF');
            _ignored[i] = _columnNames[i].StartsWith(ClaimsCsv.IgnoredColumnPrefix, StringComparison.Ordinal);
        }
    }

    private static string Raw(ReadOnlySpan<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    private void Consume(int bytes, int lines)
    {
        _start += bytes;
        _line += lines;
    }

    // Copies a good record, ended by LF, into the batch.
    private void Hand(int start, int length)
    {
        if (_batchLength + length + 1 > _batch.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_batch.Length * 2, _batchLength + length + 1));
            _batch.AsSpan(0, _batchLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_batch);
            _batch = larger;
        }

        _buffer.AsSpan(start, length).CopyTo(_batch.AsSpan(_batchLength));
        _batchLength += length;
        _batch[_batchLength++] = Lf;
    }

    // Skips empty lines (counting them); false at the end of the input.
    private bool SkipEmptyLines()
    {
        while (true)
        {
            if (Available(2) == 0)
            {
                return false;
            }

            byte b = _buffer[_start];
            if (b == Lf)
            {
                _start++;
                _line++;
            }
            else if (b == Cr)
            {
                _start += _start + 1 < _end && _buffer[_start + 1] == Lf ? 2 : 1;
                _line++;
            }
            else
            {
                return true;
            }
        }
    }

    // The bytes available from _start, reading until there are at least `count` or the input ends.
    private int Available(int count)
    {
        while (_end - _start < count && !_eof)
        {
            Fill();
        }

        return _end - _start;
    }

    // Moves the unconsumed bytes to the front, grows the buffer when it is full, and reads more.
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        int read = _source.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    // The quoting state machine of RFC 4180 over the content of one line (no line break in it), resumable across
    // lines and chunks. Jumps to the next quote or separator with vectorised searches.
    private static void Scan(ReadOnlySpan<byte> text, ref ScanState state, int lineIndex, byte separator)
    {
        int i = 0;
        while (i < text.Length)
        {
            switch (state.Mode)
            {
                case ScanMode.FieldStart:
                    if (text[i] == Quote)
                    {
                        state.Mode = ScanMode.InQuote;
                        state.QuoteLine = state.Line + lineIndex;
                        state.QuoteColumn = i + 1;
                        i++;
                    }
                    else
                    {
                        state.Mode = ScanMode.Unquoted;
                    }

                    break;
                case ScanMode.Unquoted:
                    int j = text[i..].IndexOfAny(separator, Quote);
                    if (j < 0)
                    {
                        return;
                    }

                    i += j;
                    if (text[i] == separator)
                    {
                        state.Fields++;
                        state.Mode = ScanMode.FieldStart;
                    }
                    else
                    {
                        state.Fault ??= string.Create(CultureInfo.InvariantCulture,
                            $"A quote inside an unquoted field (field {state.Fields}, byte {i + 1}); quote the whole field and double the quote (\"\").");
                    }

                    i++;
                    break;
                case ScanMode.InQuote:
                    int q = text[i..].IndexOf(Quote);
                    if (q < 0)
                    {
                        return;
                    }

                    i += q + 1;
                    state.Mode = ScanMode.AfterQuote;
                    break;
                default: // AfterQuote: an escaped quote, the end of the field, or a fault
                    if (text[i] == Quote)
                    {
                        state.Mode = ScanMode.InQuote;
                        i++;
                    }
                    else if (text[i] == separator)
                    {
                        state.Fields++;
                        state.Mode = ScanMode.FieldStart;
                        i++;
                    }
                    else
                    {
                        state.Fault ??= string.Create(CultureInfo.InvariantCulture,
                            $"Text after the closing quote of field {state.Fields} (byte {i + 1} of its line); quote the whole field and double a quote inside it (\"\").");
                        state.Mode = ScanMode.Unquoted;
                    }

                    break;
            }
        }
    }

    private static Encoding CreateGb18030()
    {
        var encoding = (Encoding)CodePagesEncodingProvider.Instance.GetEncoding(54936)!.Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return encoding;
    }

    private enum ScanMode
    {
        FieldStart,
        Unquoted,
        InQuote,
        AfterQuote,
    }

    private struct ScanState(long line)
    {
        public ScanMode Mode;
        public int Fields = 1;
        public string? Fault;
        public long Line = line;
        public long QuoteLine;
        public int QuoteColumn;
        public long RunLine;
        public int RunColumn;

        public readonly long OpenedLine => RunLine != 0 ? RunLine : QuoteLine;

        public readonly int OpenedColumn => RunLine != 0 ? RunColumn : QuoteColumn;

        // Remembers the quote that made the record run past the end of its first line.
        public void LineEnded()
        {
            if (Mode == ScanMode.InQuote && RunLine == 0)
            {
                RunLine = QuoteLine;
                RunColumn = QuoteColumn;
            }
        }

        public readonly bool InQuote => Mode == ScanMode.InQuote;
    }
}
