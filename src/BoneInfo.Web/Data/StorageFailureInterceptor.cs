using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BoneInfo.Web.Data;

/// <summary>
/// Watches every command, connection and transaction of the app's contexts: a storage fault
/// (<see cref="StorageFailure"/>) is recorded in <see cref="StorageHealth"/>, a committed write clears it, and an
/// opened connection clears a lost one. A lost PostgreSQL connection also empties its pool, so the connections the
/// server dropped are not handed to the next requests one after another.
/// </summary>
public sealed class StorageFailureInterceptor(StorageHealth health)
    : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Record(eventData.Exception, command.Connection);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception, command.Connection);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Record(eventData.Exception, connection);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception, connection);
        return Task.CompletedTask;
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => health.Answered();

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        health.Answered();
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Record(eventData.Exception, transaction.Connection);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception, transaction.Connection);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => health.WriteSucceeded();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        health.WriteSucceeded();
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return ValueTask.FromResult(result);
    }

    /// <summary>Saved outside a transaction means committed; inside one, the commit decides.</summary>
    private void Saved(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            health.WriteSucceeded();
        }
    }

    private void Record(Exception exception, DbConnection? connection)
    {
        if (StorageFailure.Classify(exception) is not { } fault)
        {
            return;
        }
        health.Failed(fault);
        if (fault.Kind == StorageFaultKind.Unreachable && connection is NpgsqlConnection npgsql)
        {
            NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
