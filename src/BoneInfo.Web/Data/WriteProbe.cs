using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

/// <summary>
/// Tries a write and rolls it back: a new table inside a transaction, which needs the write lock, permission to
/// write and (SQLite) room for one more page. Used by /health only while a write failure is recorded, to notice
/// that the fault has cleared. It leaves nothing behind; a disk that is physically full is only met when a write
/// reaches the disk, that is, by the next real save.
/// </summary>
public static class WriteProbe
{
    /// <summary>Null when the write would succeed; otherwise the fault that stops it.</summary>
    public static async Task<StorageFault?> RunAsync(BoneInfoDbContext db, CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        try
        {
            // Through the context, so the connection is set up exactly as every write's is.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            try
            {
                // One statement per command: SQLite reports an error of a statement after one that returns rows only when read.
                string[] statements = sqlite
                    ? ["PRAGMA busy_timeout = 250", "BEGIN IMMEDIATE", "CREATE TABLE boneinfo_write_probe (x INTEGER)"]
                    : ["BEGIN", "CREATE TEMP TABLE boneinfo_write_probe (x integer)"];
                foreach (var statement in statements)
                {
                    await ExecuteAsync(connection, statement, cancellationToken);
                }
                return null;
            }
            finally
            {
                await RollBackAsync(connection);
            }
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

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 2; // SQLite retries a busy lock until this runs out; a health check must not wait long
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task RollBackAsync(DbConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK", CancellationToken.None); // the next open sets busy_timeout back
        }
#pragma warning disable CA1031 // No transaction was begun, or the connection is gone: either way nothing is left to undo.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
