using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoneInfo.Web.Data;

/// <summary>
/// Runs on every opened connection: WAL lets readers work while an import or editor writes; <c>synchronous = FULL</c>
/// syncs the WAL to disk at every commit, so a save the editor was told succeeded survives a power cut, not only a
/// killed process (NORMAL would keep the file sound but could lose the last commits); the busy timeout makes a
/// writer wait for a lock instead of failing at once. The bundled SQLite defaults to FULL already; saying it here
/// keeps it so under any other build. docs/architecture.md has the reasoning and what the crash tests show.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
