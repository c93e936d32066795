using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoneInfo.Web.Data;

/// <summary>
/// Runs once on every new SQLite connection: WAL lets readers work while an import or editor writes;
/// <c>synchronous = FULL</c> syncs the WAL to disk at every commit, so a save the editor was told succeeded survives a
/// power cut, not only a killed process (NORMAL would keep the file sound but could lose the last commits); the busy
/// timeout makes a writer wait for a lock instead of failing at once. The bundled SQLite defaults to FULL already;
/// saying it here keeps it so under any other build (docs/architecture.md). The settings stay with the connection, so
/// one taken again from the pool (EF Core opens one for each query) is not set up again: that was more statements
/// per query, a millisecond on a page of a dozen queries.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkPrepared(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkPrepared(connection);
    }

    // The native handle is what the pool keeps and hands out again; the SqliteConnection object around it is not.
    private static bool IsPrepared(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Prepared.TryGetValue(handle, out _);

    private static void MarkPrepared(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, handle);
        }
    }
}
