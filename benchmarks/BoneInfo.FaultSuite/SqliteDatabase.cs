using Microsoft.Data.Sqlite;

namespace BoneInfo.FaultSuite;

/// <summary>
/// The app's SQLite file on a file system of its own, so that the suite can fault that file system and nothing else
/// on the machine. See <see cref="DiskOfItsOwn"/> for which file system and which faults it allows.
/// </summary>
public sealed class SqliteDatabase : IDatabase
{
    private readonly DiskOfItsOwn _disk;

    private SqliteDatabase(DiskOfItsOwn disk) => _disk = disk;

    public static async Task<SqliteDatabase> CreateAsync(string workFolder, Action<string> log) =>
        new(await DiskOfItsOwn.MountAsync(workFolder, log));

    private string FilePath => Path.Combine(_disk.Folder, "boneinfo.db");

    public string Description => "SQLite on " + _disk.Description;

    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["ConnectionStrings__BoneInfo"] = $"Data Source={FilePath}",
    };

    public string? ReadOnlyUnavailable => _disk.ReadOnlyUnavailable;
    public string? DiskFullUnavailable => _disk.FillUnavailable;
    public bool ReadOnlyLastsUntilRestart => true;

    public Task BeginReadOnlyAsync() => _disk.FailToReadOnlyAsync();

    public Task EndReadOnlyAsync() => _disk.RemountAsync();

    public Task<string> FillDiskAsync() => _disk.FillAsync();

    public Task FreeDiskAsync() => _disk.FreeAsync();

    public async Task<DatabaseFindings> ReadFindingsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        await connection.OpenAsync();
        return await DatabaseFindings.ReadAsync(connection, await DatabaseFindings.ScalarAsync(connection, "PRAGMA integrity_check"));
    }

    public Task KeepCopyAsync(string folder)
    {
        foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" }.Where(File.Exists))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _disk.DisposeAsync();
}
