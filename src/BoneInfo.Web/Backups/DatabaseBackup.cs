using BoneInfo.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Backups;

/// <summary>What a backup or restore did, for the command line and the log.</summary>
public sealed record BackupResult(bool Succeeded, string Message, long Bytes = 0, int Articles = 0);

/// <summary>
/// Online backups of the SQLite database with <c>VACUUM INTO</c>: one consistent snapshot taken inside a read
/// transaction, so the site keeps serving and editors keep writing while it runs (WAL mode). A backup is checked
/// (<c>PRAGMA integrity_check</c> and its articles counted) before it is called good; so is a file before it is
/// restored. PostgreSQL is backed up with its own tools (see docs/operations.md).
/// </summary>
public sealed class DatabaseBackup(BoneInfoDbContext db)
{
    public async Task<BackupResult> BackupAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return new(false, "This database is not SQLite: back it up with pg_dump (see docs/operations.md).");
        }
        var target = Path.GetFullPath(path);
        if (File.Exists(target))
        {
            return new(false, $"{target} already exists; choose a new file name.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}", cancellationToken);
        }
        catch (Exception)
        {
            File.Delete(target); // cut short (shutdown, full disk): no half file left to pass for a backup
            throw;
        }
        var check = await CheckAsync(target, cancellationToken);
        return check.Succeeded ? check with { Message = $"Backed up to {target}: {check.Articles} articles, {check.Bytes:N0} bytes, integrity ok." } : check;
    }

    /// <summary>Whether <paramref name="path"/> is a sound BoneInfo database: integrity check passes and it has articles.</summary>
    public static async Task<BackupResult> CheckAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return new(false, $"{path} does not exist.");
        }
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            var integrity = (string?)await Scalar(connection, "PRAGMA integrity_check", cancellationToken);
            if (integrity != "ok")
            {
                return new(false, $"{path} failed the integrity check: {integrity}");
            }
            var articles = Convert.ToInt32(await Scalar(connection, "SELECT COUNT(*) FROM Articles", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return new(true, $"{path}: integrity ok, {articles} articles.", new FileInfo(path).Length, articles);
        }
        catch (SqliteException ex)
        {
            return new(false, $"{path} is not a BoneInfo database: {ex.Message}");
        }
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
