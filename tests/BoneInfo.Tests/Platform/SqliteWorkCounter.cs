using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace BoneInfo.Tests.Platform;

/// <summary>
/// How much work SQLite does for a context's queries: virtual-machine instructions (counted in steps of
/// <see cref="Step"/> by <c>sqlite3_progress_handler</c> on every connection the context opens) and commands sent.
/// A query that reads every article does work in proportion to the library; a bounded one does not.
/// </summary>
public sealed class SqliteWorkCounter : IDbConnectionInterceptor, IDbCommandInterceptor
{
    private const int Step = 100;
    private long _instructions;
    private int _commands;

    public long Instructions => Interlocked.Read(ref _instructions);
    public int Commands => _commands;

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Count(connection);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Count(connection);
        return Task.CompletedTask;
    }

    public DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _commands);
        return result;
    }

    private void Count(DbConnection connection) =>
        raw.sqlite3_progress_handler(((SqliteConnection)connection).Handle, Step, _ =>
        {
            Interlocked.Add(ref _instructions, Step);
            return 0;
        }, null);
}
