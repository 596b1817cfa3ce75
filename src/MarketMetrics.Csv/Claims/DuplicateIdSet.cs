using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace MarketMetrics.Csv;

/// <summary>
/// The ids a claims file has used so far, in a fixed memory budget, checked exactly: an id is "seen" only when an earlier
/// id has the same UTF-16 text, never on a hash alone.
/// </summary>
/// <remarks>
/// Each id is kept as its key (its UTF-8 bytes; an id that is not valid UTF-16, such as a lone surrogate, as a 0xFF byte
/// and its UTF-16 code units, which no UTF-8 key equals) and a 64-bit fingerprint of the key (XxHash3). Ids go into an
/// open-addressing table of fingerprints and key offsets, with the keys in a byte arena; a fingerprint match is settled
/// by comparing the bytes. When the table or the arena reaches the budget, its entries are sorted by fingerprint and
/// written as one run to a temporary file (created then, in <c>directory</c>, deleted on <see cref="Dispose"/>); each
/// run keeps a Bloom filter and a sparse index in memory, about 1.3 bytes per spilled id, and is read back
/// (<see cref="RandomAccess"/>, not mapped) only on a Bloom hit, when the bytes are compared again. Disk errors are
/// <see cref="IOException"/>s: a lookup that cannot be answered is never taken for "not seen".
/// </remarks>
internal sealed class DuplicateIdSet : IDisposable
{
    /// <summary>The memory budget of the table and the arena by default: 24 MiB.</summary>
    public const long DefaultMemoryBudget = 24L << 20;

    private const int SlotBytes = sizeof(ulong) + sizeof(int);
    private const int InitialSlots = 1 << 10;
    private const int InitialArena = 1 << 16;
    private const int WriteBufferBytes = 1 << 16;

    private readonly string? _directory;
    private readonly ulong _fingerprintMask;
    private readonly int _maxSlots;
    private readonly int _maxArena;
    private readonly List<DuplicateIdRun> _runs = [];

    private ulong[] _fingerprints;
    private int[] _offsets; // the key's arena offset plus one; 0 marks an empty slot
    private int _count;
    private byte[] _arena;
    private int _arenaUsed;
    private byte[] _key = new byte[256];
    private byte[] _readBuffer = [];
    private byte[]? _writeBuffer;
    private SafeFileHandle? _file;
    private string? _path;
    private long _fileLength;
    private bool _broken;
    private bool _disposed;

    /// <summary>Creates an empty set.</summary>
    /// <param name="directory">Where the temporary file goes; <see langword="null"/> for <see cref="Path.GetTempPath"/>.</param>
    /// <param name="memoryBudget">The bytes the table and the arena may take (a single key longer than the arena's share is held alone).</param>
    /// <param name="fingerprintBits">How many bits of the fingerprint are kept: 64, or fewer to force collisions in tests.</param>
    public DuplicateIdSet(string? directory, long memoryBudget = DefaultMemoryBudget, int fingerprintBits = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryBudget, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(fingerprintBits, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fingerprintBits, 64);
        _directory = directory;
        _fingerprintMask = fingerprintBits == 64 ? ulong.MaxValue : (1UL << fingerprintBits) - 1;

        // Half the budget (at most) for the table, a power of two of slots; the rest for the arena.
        long slots = 16;
        while (slots * 2 * SlotBytes <= memoryBudget / 2 && slots * 2 <= 1 << 30)
        {
            slots *= 2;
        }

        _maxSlots = (int)slots;
        _maxArena = (int)Math.Min(int.MaxValue, Math.Max(256, memoryBudget - (slots * SlotBytes)));
        _fingerprints = new ulong[Math.Min(InitialSlots, _maxSlots)];
        _offsets = new int[_fingerprints.Length];
        _arena = new byte[Math.Min(InitialArena, _maxArena)];
    }

    /// <summary>Gets how many runs were spilled to the temporary file.</summary>
    public int SpilledRuns => _runs.Count;

    /// <summary>Gets the path of the temporary file, or <see langword="null"/> while nothing was spilled.</summary>
    public string? TemporaryFile => _path;

    /// <summary>Adds an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when no earlier id had this text; <see langword="false"/> when one did (the set is unchanged).</returns>
    /// <exception cref="IOException">The temporary file could not be created, written or read.</exception>
    public bool Add(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_broken)
        {
            throw new InvalidOperationException("The duplicate-id check failed on an earlier id (see that exception); it cannot answer for later ones.");
        }

        int length = Encode(id);
        ulong fingerprint = XxHash3.HashToUInt64(_key.AsSpan(0, length)) & _fingerprintMask;

        // In memory: probe from the fingerprint's slot until an empty one.
        int mask = _fingerprints.Length - 1;
        int slot = (int)(fingerprint & (uint)mask);
        while (_offsets[slot] != 0)
        {
            if (_fingerprints[slot] == fingerprint && DuplicateIdRun.KeyAt(_arena, _offsets[slot] - 1).SequenceEqual(_key.AsSpan(0, length)))
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        // On disk: each run's Bloom filter, then its blocks on a hit.
        try
        {
            foreach (DuplicateIdRun run in _runs)
            {
                if (run.Contains(_file!, fingerprint, _key.AsSpan(0, length), ref _readBuffer))
                {
                    return false;
                }
            }

            int needed = DuplicateIdRun.LengthSize(length) + length;
            if (_count + 1 > MaxLoad(_fingerprints.Length) || _arenaUsed + needed > _arena.Length)
            {
                MakeRoom(needed);
                slot = EmptySlot(_fingerprints, _offsets, fingerprint);
            }

            int offset = _arenaUsed;
            _arenaUsed += DuplicateIdRun.WriteLength(_arena.AsSpan(offset), length);
            _key.AsSpan(0, length).CopyTo(_arena.AsSpan(_arenaUsed));
            _arenaUsed += length;
            _fingerprints[slot] = fingerprint;
            _offsets[slot] = offset + 1;
            _count++;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _broken = true;
            throw new IOException($"The duplicate-id check could not use its temporary file {Describe()}: {e.Message} Set ClaimsCsvOptions.TemporaryDirectory (the CLI: TMPDIR) to a folder with room, or turn the check off.", e);
        }
        catch
        {
            _broken = true;
            throw;
        }
    }

    /// <summary>Closes and deletes the temporary file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _file?.Dispose();
        if (_path is not null)
        {
            try
            {
                File.Delete(_path); // opened with DeleteOnClose; this is for platforms where that did not delete it
            }
            catch (IOException)
            {
                // Already gone, or the folder went away: nothing is left to delete.
            }
        }

        _runs.Clear();
        _fingerprints = [];
        _offsets = [];
        _arena = [];
    }

    private static int MaxLoad(int slots) => slots - (slots >> 2);

    // Grows the table (up to the budget) or the arena, or spills both to a run when they reached the budget.
    private void MakeRoom(int needed)
    {
        if (_count + 1 > MaxLoad(_fingerprints.Length))
        {
            if (_fingerprints.Length < _maxSlots)
            {
                GrowTable();
            }
            else
            {
                Spill();
            }
        }

        if (_arenaUsed + needed > _arena.Length)
        {
            if ((long)_arenaUsed + needed <= _maxArena)
            {
                Array.Resize(ref _arena, (int)Math.Min(_maxArena, Math.Max((long)_arena.Length * 2, (long)_arenaUsed + needed)));
            }
            else
            {
                if (_count > 0)
                {
                    Spill();
                }

                if (needed > _arena.Length)
                {
                    _arena = new byte[Math.Max(needed, Math.Min(_maxArena, _arena.Length * 2))];
                }
            }
        }
    }

    private void GrowTable()
    {
        var fingerprints = new ulong[_fingerprints.Length * 2];
        var offsets = new int[fingerprints.Length];
        for (int i = 0; i < _offsets.Length; i++)
        {
            if (_offsets[i] != 0)
            {
                int slot = EmptySlot(fingerprints, offsets, _fingerprints[i]);
                fingerprints[slot] = _fingerprints[i];
                offsets[slot] = _offsets[i];
            }
        }

        _fingerprints = fingerprints;
        _offsets = offsets;
    }

    private static int EmptySlot(ulong[] fingerprints, int[] offsets, ulong fingerprint)
    {
        int mask = fingerprints.Length - 1;
        int slot = (int)(fingerprint & (uint)mask);
        while (offsets[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    // Sorts the table's entries by fingerprint in place, writes them as a run, and empties the table and the arena.
    private void Spill()
    {
        int n = 0;
        for (int i = 0; i < _offsets.Length; i++)
        {
            if (_offsets[i] != 0)
            {
                _fingerprints[n] = _fingerprints[i];
                _offsets[n] = _offsets[i];
                n++;
            }
        }

        Array.Sort(_fingerprints, _offsets, 0, n);
        SafeFileHandle file = _file ?? Open();
        _writeBuffer ??= new byte[WriteBufferBytes];
        DuplicateIdRun run = DuplicateIdRun.Write(file, _fileLength, _fingerprints, _offsets, n, _arena, _writeBuffer);
        _runs.Add(run);
        _fileLength = run.End;
        Array.Clear(_offsets);
        _count = 0;
        _arenaUsed = 0;
    }

    private SafeFileHandle Open()
    {
        string directory = _directory ?? Path.GetTempPath();
        _path = Path.Combine(directory, "marketmetrics-ids-" + Guid.NewGuid().ToString("N") + ".tmp");
        _file = File.OpenHandle(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        return _file;
    }

    private string Describe() => _path is not null ? $"'{_path}'" : $"in '{_directory ?? Path.GetTempPath()}'";

    // The id's key into _key: its UTF-8 bytes, or, for text that is not valid UTF-16, 0xFF and its UTF-16 code units.
    private int Encode(string id)
    {
        int most = (id.Length * 3) + 1;
        if (_key.Length < most)
        {
            _key = new byte[Math.Max(most, _key.Length * 2)];
        }

        if (Utf8.FromUtf16(id, _key, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return written;
        }

        _key[0] = 0xFF;
        ReadOnlySpan<byte> units = MemoryMarshal.AsBytes(id.AsSpan());
        units.CopyTo(_key.AsSpan(1));
        return units.Length + 1;
    }
}
