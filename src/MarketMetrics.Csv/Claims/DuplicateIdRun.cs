using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace MarketMetrics.Csv;

/// <summary>
/// One run of ids spilled by <see cref="DuplicateIdSet"/> to its temporary file: entries sorted by fingerprint, each
/// the fingerprint (8 bytes, little-endian), the key's length (7 bits a byte) and the key's bytes. In memory it keeps a
/// Bloom filter of the fingerprints and a sparse index (the first fingerprint and file offset of every block of about
/// 4 KiB), so that a lookup reads at most the blocks that can hold its fingerprint, and only on a Bloom hit.
/// </summary>
internal sealed class DuplicateIdRun
{
    private const int BlockBytes = 4096;

    private readonly IdBloomFilter _bloom;
    private readonly ulong[] _firsts;
    private readonly long[] _starts;
    private readonly long _end;

    private DuplicateIdRun(IdBloomFilter bloom, ulong[] firsts, long[] starts, long end)
    {
        _bloom = bloom;
        _firsts = firsts;
        _starts = starts;
        _end = end;
    }

    /// <summary>Gets the file offset just past the run.</summary>
    public long End => _end;

    /// <summary>Gets the bytes the run keeps in memory (Bloom filter and sparse index).</summary>
    public long MemoryBytes => _bloom.Bytes + (_firsts.Length * (long)(sizeof(ulong) + sizeof(long)));

    /// <summary>Writes a run of <paramref name="count"/> entries, already sorted by fingerprint, at <paramref name="offset"/> of the file.</summary>
    /// <param name="file">The temporary file, open for writing.</param>
    /// <param name="offset">Where the run starts.</param>
    /// <param name="fingerprints">The sorted fingerprints.</param>
    /// <param name="keys">For each fingerprint, its key's offset in <paramref name="arena"/> plus one.</param>
    /// <param name="count">How many entries.</param>
    /// <param name="arena">The keys, each as its length (7 bits a byte) and its bytes.</param>
    /// <param name="buffer">A write buffer.</param>
    public static DuplicateIdRun Write(SafeFileHandle file, long offset, ulong[] fingerprints, int[] keys, int count, byte[] arena, byte[] buffer)
    {
        var bloom = new IdBloomFilter(count);
        var firsts = new List<ulong>((count / 200) + 1);
        var starts = new List<long>((count / 200) + 1);
        long flushed = offset; // the file offset of buffer[0]
        int used = 0;
        long blockStart = offset - BlockBytes; // the first entry starts a block
        Span<byte> head = stackalloc byte[sizeof(ulong) + 5];
        for (int i = 0; i < count; i++)
        {
            ulong fingerprint = fingerprints[i];
            bloom.Add(fingerprint);
            ReadOnlySpan<byte> key = KeyAt(arena, keys[i] - 1);
            long position = flushed + used;
            if (position - blockStart >= BlockBytes)
            {
                firsts.Add(fingerprint);
                starts.Add(position);
                blockStart = position;
            }

            BinaryPrimitives.WriteUInt64LittleEndian(head, fingerprint);
            int headLength = sizeof(ulong) + WriteLength(head[sizeof(ulong)..], key.Length);
            Put(head[..headLength]);
            Put(key);
        }

        Flush();
        return new DuplicateIdRun(bloom, [.. firsts], [.. starts], flushed);

        void Put(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > buffer.Length - used)
            {
                Flush();
                if (bytes.Length > buffer.Length)
                {
                    RandomAccess.Write(file, bytes, flushed);
                    flushed += bytes.Length;
                    return;
                }
            }

            bytes.CopyTo(buffer.AsSpan(used));
            used += bytes.Length;
        }

        void Flush()
        {
            if (used > 0)
            {
                RandomAccess.Write(file, buffer.AsSpan(0, used), flushed);
                flushed += used;
                used = 0;
            }
        }
    }

    /// <summary>Whether the run holds the key: a Bloom miss answers at once; a hit reads the blocks that can hold the
    /// fingerprint and compares the bytes of every entry that has it.</summary>
    /// <param name="file">The temporary file.</param>
    /// <param name="fingerprint">The key's fingerprint.</param>
    /// <param name="key">The key's bytes.</param>
    /// <param name="buffer">A read buffer, grown when a block is larger.</param>
    /// <exception cref="IOException">The file could not be read, or does not hold what was written.</exception>
    public bool Contains(SafeFileHandle file, ulong fingerprint, ReadOnlySpan<byte> key, ref byte[] buffer)
    {
        if (!_bloom.MayContain(fingerprint))
        {
            return false;
        }

        // Entries with this fingerprint start at the earliest in the last block whose first fingerprint is below it.
        int upper = LowerBound(_firsts, fingerprint);
        if (upper == 0 && (_firsts.Length == 0 || _firsts[0] > fingerprint))
        {
            return false;
        }

        int start = Math.Max(upper - 1, 0);
        for (int block = start; block < _firsts.Length; block++)
        {
            if (block > start && _firsts[block] > fingerprint)
            {
                return false;
            }

            long from = _starts[block];
            long to = block + 1 < _starts.Length ? _starts[block + 1] : _end;
            int length = checked((int)(to - from));
            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            Span<byte> bytes = buffer.AsSpan(0, length);
            ReadExactly(file, bytes, from);
            int at = 0;
            while (at < bytes.Length)
            {
                if (bytes.Length - at < sizeof(ulong) + 1)
                {
                    throw Corrupt(from + at);
                }

                ulong entry = BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
                at += sizeof(ulong);
                int keyLength = ReadLength(bytes, ref at);
                if (keyLength < 0 || keyLength > bytes.Length - at)
                {
                    throw Corrupt(from + at);
                }

                if (entry == fingerprint && bytes.Slice(at, keyLength).SequenceEqual(key))
                {
                    return true;
                }

                if (entry > fingerprint)
                {
                    return false;
                }

                at += keyLength;
            }
        }

        return false;
    }

    /// <summary>The key stored at an offset of an arena: its length (7 bits a byte), then its bytes.</summary>
    public static ReadOnlySpan<byte> KeyAt(byte[] arena, int offset)
    {
        int at = offset;
        int length = ReadLength(arena, ref at);
        return arena.AsSpan(at, length);
    }

    /// <summary>Writes a length 7 bits a byte, low bits first, and returns how many bytes it took (1 to 5).</summary>
    public static int WriteLength(Span<byte> destination, int length)
    {
        uint value = (uint)length;
        int i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    /// <summary>How many bytes <see cref="WriteLength"/> takes for a length.</summary>
    public static int LengthSize(int length) => length < 0x80 ? 1 : length < 0x4000 ? 2 : length < 0x200000 ? 3 : length < 0x10000000 ? 4 : 5;

    /// <summary>Reads a length written by <see cref="WriteLength"/>; -1 when it runs past the bytes or overflows.</summary>
    public static int ReadLength(ReadOnlySpan<byte> source, ref int at)
    {
        uint value = 0;
        for (int shift = 0; shift < 35 && at < source.Length; shift += 7)
        {
            byte b = source[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value > int.MaxValue ? -1 : (int)value;
            }
        }

        return -1;
    }

    private static int LowerBound(ulong[] sorted, ulong value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> destination, long offset)
    {
        int done = 0;
        while (done < destination.Length)
        {
            int read = RandomAccess.Read(file, destination[done..], offset + done);
            if (read <= 0)
            {
                throw new IOException($"The duplicate-id check's temporary file ended at byte {offset + done}, before the {destination.Length} bytes written at {offset}: it was truncated or replaced while being read.");
            }

            done += read;
        }
    }

    private static IOException Corrupt(long offset) =>
        new($"The duplicate-id check's temporary file does not hold what was written (at byte {offset}): it was changed while being read.");
}
