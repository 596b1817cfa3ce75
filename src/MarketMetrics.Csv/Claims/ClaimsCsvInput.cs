using System.Text;

namespace MarketMetrics.Csv;

/// <summary>Opens the bytes of a claims file as UTF-8: as they are, or transcoded from the encoding the options name or a
/// UTF-16 or UTF-32 byte order mark announces. Bytes the encoding cannot decode become U+FFFD, which the framer rejects.</summary>
internal static class ClaimsCsvInput
{
    public static Stream Open(Stream source, Encoding? encoding, out string? transcodedFrom)
    {
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            byte[] head = new byte[4];
            int n = 0;
            while (n < head.Length && source.Read(head, n, head.Length - n) is > 0 and var read)
            {
                n += read;
            }

            var input = new PrefixedStream(head.AsMemory(0, n), source);
            Encoding? announced = head.AsSpan(0, n) switch
            {
                [0xFF, 0xFE, 0, 0] => Encoding.UTF32,
                [0, 0, 0xFE, 0xFF] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
                [0xFF, 0xFE, ..] => Encoding.Unicode,
                [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
                _ => null,
            };
            if (announced is null)
            {
                transcodedFrom = null;
                return input;
            }

            encoding = announced;
            source = input;
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        transcodedFrom = encoding.WebName.ToUpperInvariant();
        return Encoding.CreateTranscodingStream(source, strict, new UTF8Encoding(false), leaveOpen: true);
    }

    // The bytes read to look for a byte order mark, then the rest of the source.
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer);
            }

            int n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The source read asynchronously ahead of the framer, which reads it synchronously: from what was read
    /// ahead, or from the source itself once that is used up.</summary>
    internal sealed class ReadAheadStream(Stream source) : Stream
    {
        private const int Ahead = 256 * 1024;
        private readonly byte[] _buffer = new byte[Ahead];
        private int _position;
        private int _length;
        private bool _end;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Reads the source until the buffer is full or the source ends.</summary>
        public async ValueTask FillAsync(CancellationToken cancellationToken)
        {
            if (_position > 0)
            {
                _buffer.AsSpan(_position, _length - _position).CopyTo(_buffer);
                _length -= _position;
                _position = 0;
            }

            while (_length < _buffer.Length && !_end)
            {
                int read = await source.ReadAsync(_buffer.AsMemory(_length), cancellationToken).ConfigureAwait(false);
                _end = read == 0;
                _length += read;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position == _length)
            {
                return _end ? 0 : source.Read(buffer);
            }

            int n = Math.Min(buffer.Length, _length - _position);
            _buffer.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
