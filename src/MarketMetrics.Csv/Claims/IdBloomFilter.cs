namespace MarketMetrics.Csv;

/// <summary>
/// A blocked Bloom filter over the 64-bit fingerprints of one spilled run of ids: about ten bits per entry, the seven
/// bits of an entry in one 64-byte block (one cache line per lookup), so about 1% of absent fingerprints answer "maybe".
/// "No" is certain; "maybe" is settled by reading the run.
/// </summary>
internal sealed class IdBloomFilter
{
    private const int BitsPerEntry = 10;
    private const int WordsPerBlock = 8; // 512 bits
    private const int Probes = 7;

    private readonly ulong[] _words;
    private readonly ulong _blocks;

    /// <summary>Creates a filter for <paramref name="entries"/> fingerprints.</summary>
    public IdBloomFilter(int entries)
    {
        long blocks = Math.Max(1, (((long)entries * BitsPerEntry) + 511) / 512);
        _blocks = (ulong)blocks;
        _words = new ulong[blocks * WordsPerBlock];
    }

    /// <summary>Gets the bytes the filter holds.</summary>
    public long Bytes => (long)_words.Length * sizeof(ulong);

    /// <summary>Adds a fingerprint.</summary>
    public void Add(ulong fingerprint)
    {
        int block = Block(fingerprint);
        ulong bits = Mix(fingerprint);
        for (int i = 0; i < Probes; i++)
        {
            int bit = (int)(bits >> (9 * i)) & 511;
            _words[block + (bit >> 6)] |= 1UL << (bit & 63);
        }
    }

    /// <summary>Whether the fingerprint may have been added: <see langword="false"/> is certain.</summary>
    public bool MayContain(ulong fingerprint)
    {
        int block = Block(fingerprint);
        ulong bits = Mix(fingerprint);
        for (int i = 0; i < Probes; i++)
        {
            int bit = (int)(bits >> (9 * i)) & 511;
            if ((_words[block + (bit >> 6)] & (1UL << (bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // The block from the fingerprint's high half, mapped onto the block count by a multiply (no division).
    private int Block(ulong fingerprint) => (int)(((fingerprint >> 32) * _blocks) >> 32) * WordsPerBlock;

    // The bit positions from a bijective mix of the whole fingerprint (SplitMix64's finaliser).
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
