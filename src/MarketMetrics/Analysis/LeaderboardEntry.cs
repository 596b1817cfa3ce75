namespace MarketMetrics.Analysis;

/// <summary>One subject's place on a <see cref="Leaderboard"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LeaderboardEntry
{
    internal LeaderboardEntry(int position, bool tied, ComparableRecord record, int claims)
    {
        Position = position;
        Tied = tied;
        Record = record;
        Claims = claims;
    }

    /// <summary>Gets the position: 1 + the number of entries certainly ahead of this one.</summary>
    public int Position { get; }

    /// <summary>Gets a value indicating whether another entry overlaps this one, so their order is unknown.</summary>
    public bool Tied { get; }

    /// <summary>Gets the subject's record: of several records of one subject in the set, the latest published (the
    /// later in the input when the dates do not decide).</summary>
    public ComparableRecord Record { get; }

    /// <summary>Gets how many records of this subject the set held; all but <see cref="Record"/> were set aside.</summary>
    public int Claims { get; }

    /// <summary>Gets the subject id.</summary>
    public string Subject => Record.Subject;

    /// <summary>Formats as <c>position subject value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Position}{(Tied ? "=" : string.Empty)} {Subject} {Record.Value}";
}
