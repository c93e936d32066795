using System.Net.Sockets;
using BoneInfo.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BoneInfo.Tests.Data;

/// <summary>Which failures are the machine's or the database server's (a storage fault) and which are not.</summary>
[Trait("Category", "Unit")]
public sealed class StorageFailureTests
{
    [Theory]
    [InlineData(13, StorageFaultKind.DiskFull, "disk full")]
    [InlineData(8, StorageFaultKind.ReadOnly, "database is read-only")]
    [InlineData(10, StorageFaultKind.DiskError, "disk error")]
    [InlineData(778, StorageFaultKind.DiskError, "disk error")] // SQLITE_IOERR_WRITE, an extended code
    [InlineData(5, StorageFaultKind.Busy, "database busy")]
    [InlineData(6, StorageFaultKind.Busy, "database busy")]
    public void SqliteFaultsAreNamedEvenInsideTheSaveChangesException(int code, StorageFaultKind kind, string reason)
    {
        var failure = new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("refused", code));

        Assert.Equal(new StorageFault(kind), StorageFailure.Classify(failure));
        Assert.Equal(reason, StorageFailure.Classify(failure)!.Reason);
    }

    [Theory]
    [InlineData("53100", "ERROR", StorageFaultKind.DiskFull)]
    [InlineData("25006", "ERROR", StorageFaultKind.ReadOnly)]
    [InlineData("55P03", "ERROR", StorageFaultKind.Busy)]
    [InlineData("57P01", "FATAL", StorageFaultKind.Unreachable)]
    [InlineData("55000", "FATAL", StorageFaultKind.Unreachable)]
    [InlineData("08006", "ERROR", StorageFaultKind.Unreachable)]
    public void PostgreSqlFaultsAreNamedBySqlStateAndSeverity(string sqlState, string severity, StorageFaultKind kind) =>
        Assert.Equal(kind, StorageFailure.Classify(new PostgresException("refused", severity, severity, sqlState))?.Kind);

    [Fact]
    public void ABrokenSocketUnderNpgsqlIsAnUnreachableDatabase() =>
        Assert.Equal(StorageFaultKind.Unreachable,
            StorageFailure.Classify(new NpgsqlException("Exception while reading from stream", new SocketException((int)SocketError.ConnectionReset)))?.Kind);

    [Fact]
    public void BugsAndBadDataAreNotStorageFaults()
    {
        Assert.Null(StorageFailure.Classify(new InvalidOperationException("a bug")));
        Assert.Null(StorageFailure.Classify(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'", 19)));
        Assert.Null(StorageFailure.Classify(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.Null(StorageFailure.Classify(new SqliteException("file is not a database", 26)));
    }

    [Fact]
    public void ACancelledRequestIsNotAStorageFaultWhateverItInterrupted() =>
        Assert.Null(StorageFailure.Classify(new OperationCanceledException("the client went away", new SqliteException("interrupted", 5))));
}
