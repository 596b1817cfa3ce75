using System.Text;

namespace MarketMetrics.Serialization;

/// <summary>Text seen as UTF-8 bytes, for System.Text.Json and the claims CSV framer, which read and write bytes.</summary>
internal static class TextStreams
{
    /// <summary>The UTF-8 bytes of a text read as they are asked for (a lone surrogate becomes U+FFFD).</summary>
    internal sealed class Reading(TextReader source) : Stream
    {
        private const int Chars = 16 * 1024;
        private readonly char[] _chars = new char[Chars];
        private readonly byte[] _bytes = new byte[(Chars * 3) + 8];
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private int _position;
        private int _length;
        private bool _end;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_position == _length && !_end)
            {
                Encode(source.Read(_chars));
            }

            return Take(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (_position == _length && !_end)
            {
                Encode(await source.ReadAsync(_chars.AsMemory(), cancellationToken).ConfigureAwait(false));
            }

            return Take(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        // Encodes the chars just read; none read is the end of the text, where a high surrogate left over is flushed.
        private void Encode(int read)
        {
            _end = read == 0;
            _length = _encoder.GetBytes(_chars.AsSpan(0, read), _bytes, flush: _end);
            _position = 0;
        }

        private int Take(Span<byte> buffer)
        {
            int n = Math.Min(buffer.Length, _length - _position);
            _bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }

    /// <summary>UTF-8 bytes written as text to a writer, which is left open; a character split across writes is kept whole.</summary>
    internal sealed class Writing(TextWriter destination) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => destination.Write(_chars.AsSpan(0, Decode(buffer)));

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int n = Decode(buffer.Span);
            await destination.WriteAsync(_chars.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => destination.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => destination.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private int Decode(ReadOnlySpan<byte> bytes)
        {
            int needed = _decoder.GetCharCount(bytes, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            return _decoder.GetChars(bytes, _chars, flush: false);
        }
    }
}
