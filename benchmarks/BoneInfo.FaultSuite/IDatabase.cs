namespace BoneInfo.FaultSuite;

/// <summary>The database the app runs on during the suite, and the faults the suite can put it through.</summary>
public interface IDatabase : IAsyncDisposable
{
    /// <summary>Where the data lives, for the report ("SQLite on a 128 MiB ext4 file system on a loop device").</summary>
    string Description { get; }

    /// <summary>The app's settings for this database, as environment variables.</summary>
    IReadOnlyDictionary<string, string> AppSettings { get; }

    /// <summary>Why the database cannot be made read-only here, or null when it can.</summary>
    string? ReadOnlyUnavailable { get; }

    /// <summary>Why the disk cannot be filled here, or null when it can.</summary>
    string? DiskFullUnavailable { get; }

    /// <summary>True when only a restart of the app ends the read-only state (<see cref="EndReadOnlyAsync"/> runs with the app stopped).</summary>
    bool ReadOnlyLastsUntilRestart { get; }

    Task BeginReadOnlyAsync();

    Task EndReadOnlyAsync();

    /// <summary>Takes the free space; says how much it took and how much is left.</summary>
    Task<string> FillDiskAsync();

    Task FreeDiskAsync();

    /// <summary>What the database holds after the run (the app stopped).</summary>
    Task<DatabaseFindings> ReadFindingsAsync();

    /// <summary>With --keep: a copy of the database in <paramref name="folder"/>, when it is a file the suite can copy.</summary>
    Task KeepCopyAsync(string folder);
}
