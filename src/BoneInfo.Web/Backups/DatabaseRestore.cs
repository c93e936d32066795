using Microsoft.Data.Sqlite;

namespace BoneInfo.Web.Backups;

/// <summary>
/// Puts a checked backup in place of the SQLite database while the app is stopped. The current file is kept
/// beside it (<c>.before-restore-…</c>), so a restore can itself be undone; the next start applies any newer
/// migrations to the restored file.
/// </summary>
public static class DatabaseRestore
{
    private static readonly string[] Sidecars = ["-wal", "-shm"];

    public static async Task<BackupResult> RestoreAsync(string backupPath, string databasePath, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var check = await DatabaseBackup.CheckAsync(Path.GetFullPath(backupPath), cancellationToken);
        if (!check.Succeeded)
        {
            return check with { Message = "Nothing was restored. " + check.Message };
        }
        SqliteConnection.ClearAllPools();
        var kept = $"{databasePath}.before-restore-{clock.GetUtcNow():yyyyMMdd-HHmmss}";
        if (File.Exists(databasePath))
        {
            File.Move(databasePath, kept);
        }
        foreach (var sidecar in Sidecars.Select(s => databasePath + s).Where(File.Exists))
        {
            File.Move(sidecar, kept + sidecar[databasePath.Length..]);
        }
        File.Copy(Path.GetFullPath(backupPath), databasePath);
        return check with { Message = $"Restored {check.Articles} articles from {backupPath}; the previous database is kept as {kept}." };
    }
}
