using System.Text;

namespace MarketMetrics.Csv.Tests;

/// <summary>
/// The duplicate-id check in bounded memory: exact across the in-memory table and the runs spilled to a real temporary
/// file, with fingerprints forced to collide, against a <see cref="HashSet{T}"/> of strings, and leaving no file behind.
/// </summary>
public sealed class DuplicateIdCheckTests : IDisposable
{
    private const string Header = "id,claimant,subject,basis,value,period,market";
    private const int TinyBudget = 4096;

    // The duplicate check's temporary folder (empty but while it spills), and the claims files' folder.
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mm-dup-" + Guid.NewGuid().ToString("N"))).FullName;
    private readonly string _data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mm-dup-data-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        Directory.Delete(_data, recursive: true);
    }

    [Theory]
    [InlineData(1, TinyBudget, 64)]
    [InlineData(2, 65_536, 4)]
    [InlineData(3, 16_384, 0)]
    [InlineData(4, 65_536, 12)]
    [InlineData(5, 1 << 20, 64)]
    public void Add_RandomIdsWithRepeats_AnswersAsAHashSetOfStrings(int seed, int budget, int fingerprintBits)
    {
        var random = new Random(seed);
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var seen = new List<string>();
        using var set = new DuplicateIdSet(_directory, budget, fingerprintBits);
        int repeats = 0;
        int operations = fingerprintBits == 0 ? 2_000 : 20_000;
        for (int i = 0; i < operations; i++)
        {
            // A third of the adds repeat an earlier id, from anywhere before (in the table or in any spilled run).
            string id = seen.Count > 0 && random.Next(3) == 0 ? seen[random.Next(seen.Count)] : RandomId(random);
            bool expected = reference.Add(id);
            set.Add(id).Should().Be(expected, $"add #{i} of '{id}' (first time: {expected})");
            if (expected)
            {
                seen.Add(id);
            }
            else
            {
                repeats++;
            }
        }

        repeats.Should().BeGreaterThan(operations / 4);
        if (budget < 1 << 20)
        {
            set.SpilledRuns.Should().BeGreaterThan(3, "the budget is far below the ids added");
        }
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1)]
    public void Add_EveryIdAgainAfterSpills_IsSeenAtEveryPosition_AndNewIdsAreNot(int fingerprintBits)
    {
        using var set = new DuplicateIdSet(_directory, TinyBudget, fingerprintBits);
        const int n = 3_000;
        for (int i = 0; i < n; i++)
        {
            set.Add("id-" + i).Should().BeTrue();
        }

        set.SpilledRuns.Should().BeGreaterThan(5);
        for (int i = n - 1; i >= 0; i--)
        {
            set.Add("id-" + i).Should().BeFalse($"id-{i} was added");
        }

        for (int i = 0; i < n; i++)
        {
            set.Add("id-" + i + "x").Should().BeTrue($"id-{i}x is new");
            set.Add("id-" + i + "x").Should().BeFalse($"id-{i}x was just added");
        }
    }

    [Fact]
    public void Add_AllFingerprintsEqual_DistinctIdsAreAccepted_EqualOnesRejected()
    {
        // Zero bits kept: every id has the same fingerprint, so only the byte comparison tells them apart.
        using var set = new DuplicateIdSet(_directory, 2048, fingerprintBits: 0);
        string[] ids = ["a", "b", "ab", "ba", "a ", "A", "火山引擎", "火山引擎1", "/1", "😀", "\uD83D", "\uFFFD", "\uDE00\uD83D", string.Empty, new string('z', 5000)];
        for (int round = 0; round < 40; round++)
        {
            foreach (string id in ids)
            {
                set.Add(id + "/" + round).Should().BeTrue($"'{id}/{round}' is new");
            }
        }

        set.SpilledRuns.Should().BeGreaterThan(2);
        for (int round = 39; round >= 0; round--)
        {
            foreach (string id in ids)
            {
                set.Add(id + "/" + round).Should().BeFalse($"'{id}/{round}' was added");
            }
        }
    }

    [Fact]
    public void Add_LoneSurrogateAndReplacementCharacter_AreDifferentIds()
    {
        // Both would be the bytes EF BF BD if the lone surrogate were encoded with replacement.
        using var set = new DuplicateIdSet(_directory);
        set.Add("x\uD800").Should().BeTrue();
        set.Add("x\uFFFD").Should().BeTrue();
        set.Add("x\uD800").Should().BeFalse();
        set.Add("x\uFFFD").Should().BeFalse();
    }

    [Fact]
    public void Dispose_DeletesTheTemporaryFile()
    {
        string path;
        using (var set = new DuplicateIdSet(_directory, TinyBudget))
        {
            for (int i = 0; i < 2_000; i++)
            {
                set.Add("k" + i);
            }

            path = set.TemporaryFile!;
            File.Exists(path).Should().BeTrue();
            Path.GetDirectoryName(path).Should().Be(_directory);
        }

        File.Exists(path).Should().BeFalse();
        Directory.EnumerateFileSystemEntries(_directory).Should().BeEmpty();
    }

    [Fact]
    public void Add_FolderThatDoesNotExist_ThrowsNamingIt_AndAnswersNoMore()
    {
        string missing = Path.Combine(_directory, "no-such-folder");
        using var set = new DuplicateIdSet(missing, TinyBudget);
        Action fill = () =>
        {
            for (int i = 0; i < 2_000; i++)
            {
                set.Add("k" + i);
            }
        };

        fill.Should().Throw<IOException>().Which.Message.Should().Contain(missing);
        set.Invoking(s => s.Add("k0")).Should().Throw<InvalidOperationException>("an answer without the spilled ids could miss a duplicate");
    }

    [Theory]
    [InlineData(64, TinyBudget)]
    [InlineData(3, 16_384)]
    public void Read_FileWithRepeatsBeforeAndAfterSpills_RejectsExactlyTheLaterOccurrences(int fingerprintBits, int budget)
    {
        var random = new Random(17 + fingerprintBits);
        var lines = new List<string> { Header };
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var firstIds = new List<string>();
        var expectedDuplicates = new List<(long Line, string Id)>();
        for (int i = 0; i < 4_000; i++)
        {
            string id = firstIds.Count > 0 && random.Next(5) == 0 ? firstIds[random.Next(firstIds.Count)] : "k" + RandomId(random, csvSafe: true);
            if (reference.Add(id))
            {
                firstIds.Add(id);
            }
            else
            {
                expectedDuplicates.Add((lines.Count + 1, id));
            }

            lines.Add($"{id},a,b,maas-revenue,{(i % 90) + 1}億元,2024,");
        }

        string file = WriteFile(lines);
        var options = new ClaimsCsvOptions { TemporaryDirectory = _directory, DuplicateIdMemoryBudget = budget, DuplicateIdFingerprintBits = fingerprintBits };
        var rejected = new List<(long Line, string Id)>();
        int accepted = 0;
        bool spilled = false;
        using (FileStream stream = File.OpenRead(file))
        {
            foreach (ClaimRow row in new ClaimsCsvReader(options).Read(stream))
            {
                spilled |= Directory.EnumerateFiles(_directory, "marketmetrics-ids-*").Any();
                if (row.Accepted)
                {
                    accepted++;
                    continue;
                }

                CsvRejection rejection = row.Rejection!;
                rejection.Code.Should().Be("id.duplicate");
                rejection.Column.Should().Be("id");
                rejection.RawRecord.Should().StartWith(rejection.RawField + ",");
                rejection.Reason.Should().Be($"The id '{rejection.RawField}' is used by an earlier row; ids are unique in a file.");
                rejected.Add((rejection.LineNumber, rejection.RawField!));
            }
        }

        spilled.Should().BeTrue("a few KiB cannot hold 4,000 ids");
        expectedDuplicates.Count.Should().BeGreaterThan(500);
        rejected.Should().Equal(expectedDuplicates);
        accepted.Should().Be(4_000 - expectedDuplicates.Count);
        Directory.EnumerateFiles(_directory, "marketmetrics-ids-*").Should().BeEmpty("the temporary file is deleted when reading ends");
    }

    [Fact]
    public void Read_AbandonedOrFailedEnumeration_LeavesNoTemporaryFile()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 3_000; i++)
        {
            lines.Add($"k{i},a,b,maas-revenue,5億元,2024,");
        }

        string file = WriteFile(lines);
        var options = new ClaimsCsvOptions { TemporaryDirectory = _directory, DuplicateIdMemoryBudget = TinyBudget };

        int read = 0;
        using (FileStream stream = File.OpenRead(file))
        {
            foreach (ClaimRow row in new ClaimsCsvReader(options).Read(stream))
            {
                if (++read == 2_000)
                {
                    Directory.EnumerateFiles(_directory).Should().ContainSingle("the ids were spilled by now");
                    break;
                }
            }
        }

        Directory.EnumerateFiles(_directory).Should().BeEmpty("breaking out of the loop disposes the enumerator");

        Action failing = () =>
        {
            using FileStream stream = File.OpenRead(file);
            foreach (ClaimRow row in new ClaimsCsvReader(options).Read(stream))
            {
                if (row.LineNumber == 2_500)
                {
                    throw new InvalidOperationException("the consumer failed");
                }
            }
        };
        failing.Should().Throw<InvalidOperationException>();
        Directory.EnumerateFiles(_directory).Should().BeEmpty("an exception in the loop disposes the enumerator too");
    }

    [Fact]
    public async Task ReadAsync_RepeatsAfterSpills_RejectedAsBySyncRead_AndNoFileLeft()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 3_000; i++)
        {
            lines.Add($"k{(i % 3 == 2 ? i / 2 : i)},a,b,maas-revenue,5億元,2024,");
        }

        string file = WriteFile(lines);
        var options = new ClaimsCsvOptions { TemporaryDirectory = _directory, DuplicateIdMemoryBudget = TinyBudget };
        List<(long, string?)> sync;
        using (FileStream stream = File.OpenRead(file))
        {
            sync = [.. new ClaimsCsvReader(options).Read(stream).Where(r => !r.Accepted).Select(r => (r.LineNumber, r.Rejection!.RawField))];
        }

        var async = new List<(long, string?)>();
        await using (FileStream stream = File.OpenRead(file))
        {
            await foreach (ClaimRow row in new ClaimsCsvReader(options).ReadAsync(stream))
            {
                if (!row.Accepted)
                {
                    async.Add((row.LineNumber, row.Rejection!.RawField));
                }
            }
        }

        // Row i (0-based, at line i + 2) repeats k{i/2} when i % 3 == 2, which an earlier row used when i/2 % 3 != 2.
        var expected = Enumerable.Range(0, 3_000).Where(i => i % 3 == 2 && (i / 2) % 3 != 2).Select(i => ((long)i + 2, (string?)("k" + (i / 2)))).ToList();
        sync.Should().Equal(expected);
        async.Should().Equal(expected);
        Directory.EnumerateFiles(_directory).Should().BeEmpty();
    }

    [Fact]
    public void Read_TemporaryDirectoryThatDoesNotExist_IsAnIOExceptionNamingIt_NotAMissedDuplicate()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 3_000; i++)
        {
            lines.Add($"k{i % 2_500},a,b,maas-revenue,5億元,2024,");
        }

        string file = WriteFile(lines);
        string missing = Path.Combine(_directory, "gone");
        var options = new ClaimsCsvOptions { TemporaryDirectory = missing, DuplicateIdMemoryBudget = TinyBudget };
        int rows = 0;
        Action read = () =>
        {
            using FileStream stream = File.OpenRead(file);
            foreach (ClaimRow row in new ClaimsCsvReader(options).Read(stream))
            {
                row.Accepted.Should().BeTrue("no id repeats before the failure");
                rows++;
            }
        };

        read.Should().Throw<IOException>().Which.Message.Should().Contain(missing).And.Contain("TemporaryDirectory");
        rows.Should().BeGreaterThan(0).And.BeLessThan(2_500);
    }

    [Fact]
    public void Read_DefaultBudget_ThousandsOfIds_NoTemporaryFile()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 2_000; i++)
        {
            lines.Add($"k{i % 1_500},a,b,maas-revenue,5億元,2024,");
        }

        string file = WriteFile(lines);
        var options = new ClaimsCsvOptions { TemporaryDirectory = _directory };
        using FileStream stream = File.OpenRead(file);
        var rejected = new List<long>();
        foreach (ClaimRow row in new ClaimsCsvReader(options).Read(stream))
        {
            Directory.EnumerateFiles(_directory).Should().BeEmpty("2,000 ids fit in memory");
            if (!row.Accepted)
            {
                rejected.Add(row.LineNumber);
            }
        }

        rejected.Should().Equal(Enumerable.Range(1_502, 500).Select(i => (long)i));
    }

    // Ids of 1 to 40 characters (now and then 3,000) from ASCII, CJK, accented letters and emoji (surrogate pairs).
    private static string RandomId(Random random, bool csvSafe = false)
    {
        int length = random.Next(50) == 0 ? 3_000 : random.Next(1, 41);
        var id = new StringBuilder(length);
        while (id.Length < length)
        {
            switch (random.Next(csvSafe ? 3 : 5))
            {
                case 0:
                    id.Append((char)('a' + random.Next(26)));
                    break;
                case 1:
                    id.Append((char)('0' + random.Next(10)));
                    break;
                case 2:
                    id.Append((char)(0x4E00 + random.Next(2_000)));
                    break;
                case 3:
                    id.Append((char)(0xC0 + random.Next(64)));
                    break;
                default:
                    id.Append(char.ConvertFromUtf32(0x1F600 + random.Next(64)));
                    break;
            }
        }

        return id.ToString();
    }

    private string WriteFile(List<string> lines)
    {
        string path = Path.Combine(_data, "claims-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }
}
