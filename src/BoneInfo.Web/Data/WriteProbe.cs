using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

/// <summary>
/// Tries to write, leaving nothing behind: a new table inside a transaction that is rolled back (it needs the write
/// lock, permission to write and, on SQLite, room for one more page), then on SQLite a committed rewrite of the
/// file's unused <c>user_version</c> with its own value (a real write to the disk, which a full disk refuses).
/// Used by /health only while a write failure is recorded, to notice that the fault has cleared. After a full disk,
/// small writes can pass again (SQLite reuses the space its WAL file already has) while a save still fails, so the
/// fault also lasts until the disk holding a SQLite database has <see cref="RoomAfterFullDisk"/> free.
/// </summary>
public static class WriteProbe
{
    public const long RoomAfterFullDisk = 16L * 1024 * 1024;

    /// <summary>Null when a write would succeed; otherwise the fault that stops it (<paramref name="recorded"/>: the one last met).</summary>
    public static async Task<StorageFault?> RunAsync(BoneInfoDbContext db, StorageFault? recorded, CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        try
        {
            // Through the context, so the connection is set up exactly as every write's is.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            if (sqlite)
            {
                await ScalarAsync(connection, "PRAGMA busy_timeout = 250", cancellationToken); // the next open sets it back
                await RolledBackAsync(connection, "BEGIN IMMEDIATE", "CREATE TABLE boneinfo_write_probe (x INTEGER)", cancellationToken);
                var version = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA user_version", cancellationToken), CultureInfo.InvariantCulture);
                await ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version}"), cancellationToken);
                if (recorded?.Kind == StorageFaultKind.DiskFull && FreeBytes(connection.DataSource) < RoomAfterFullDisk)
                {
                    return recorded;
                }
            }
            else
            {
                await RolledBackAsync(connection, "BEGIN", "CREATE TEMP TABLE boneinfo_write_probe (x integer)", cancellationToken);
            }
            return null;
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is { } fault)
        {
            return fault;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Free space on the disk that holds <paramref name="file"/>; unknown (as if plenty) where it cannot be read.</summary>
    private static long FreeBytes(string file)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            return new DriveInfo(OperatingSystem.IsWindows() ? Path.GetPathRoot(folder)! : folder).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return long.MaxValue;
        }
    }

    private static async Task RolledBackAsync(DbConnection connection, string begin, string write, CancellationToken cancellationToken)
    {
        await ScalarAsync(connection, begin, cancellationToken);
        try
        {
            await ScalarAsync(connection, write, cancellationToken);
        }
        finally
        {
            await RollBackAsync(connection);
        }
    }

    private static async Task RollBackAsync(DbConnection connection)
    {
        try
        {
            await ScalarAsync(connection, "ROLLBACK", CancellationToken.None);
        }
#pragma warning disable CA1031 // The failed statement already ended the transaction, or the connection is gone: nothing is left to undo.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>One statement per command: SQLite reports an error of a statement after one that returns rows only when read.</summary>
    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 2; // SQLite retries a busy lock until this runs out; a health check must not wait long
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
