using Microsoft.Data.Sqlite;
using Npgsql;

namespace BoneInfo.Web.Data;

public enum StorageFaultKind
{
    DiskFull,
    ReadOnly,
    DiskError,
    Busy,
    Unreachable,
}

/// <summary>Why the database refused or could not take a write, in words for /health, the log and the editor.</summary>
public sealed record StorageFault(StorageFaultKind Kind)
{
    public string Reason => Kind switch
    {
        StorageFaultKind.DiskFull => "disk full",
        StorageFaultKind.ReadOnly => "database is read-only",
        StorageFaultKind.DiskError => "disk error",
        StorageFaultKind.Busy => "database busy",
        _ => "database unreachable",
    };
}

/// <summary>
/// The one place that tells a storage fault (the machine or the database server, not the request) from a bug:
/// SQLite's FULL, READONLY, IOERR (the disk failed or its file system was made read-only under the open file), BUSY
/// and LOCKED, and PostgreSQL's lost or refused connections, full disk,
/// read-only transactions and lock timeouts. Everything else, including a cancelled request, is not a storage fault.
/// </summary>
public static class StorageFailure
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoError = 10, SqliteFull = 13;

    public static StorageFault? Classify(Exception exception)
    {
        for (Exception? e = exception; e is not null and not OperationCanceledException; e = e.InnerException)
        {
            if (KindOf(e) is { } kind)
            {
                return new StorageFault(kind);
            }
        }
        return null;
    }

    private static StorageFaultKind? KindOf(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteFull => StorageFaultKind.DiskFull,
            SqliteReadOnly => StorageFaultKind.ReadOnly,
            SqliteIoError => StorageFaultKind.DiskError,
            SqliteBusy or SqliteLocked => StorageFaultKind.Busy,
            _ => null,
        },
        PostgresException postgres => KindOf(postgres),
        // Not an error the server sent: the socket failed, timed out or was closed under the connection.
        NpgsqlException { IsTransient: true } => StorageFaultKind.Unreachable,
        _ => null,
    };

    private static StorageFaultKind? KindOf(PostgresException postgres) => postgres.SqlState switch
    {
        PostgresErrorCodes.DiskFull => StorageFaultKind.DiskFull,
        PostgresErrorCodes.ReadOnlySqlTransaction => StorageFaultKind.ReadOnly,
        PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected => StorageFaultKind.Busy,
        // FATAL ends the session (a terminated backend, a database closed to connections); class 08 is the connection.
        _ when postgres.Severity is "FATAL" or "PANIC" || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) => StorageFaultKind.Unreachable,
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections => StorageFaultKind.Unreachable,
        _ => null,
    };
}
