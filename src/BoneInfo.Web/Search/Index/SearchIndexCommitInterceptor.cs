using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoneInfo.Web.Search;

/// <summary>Tells <see cref="SearchIndexVersion"/> when a transaction that changed the index has ended.</summary>
public sealed class SearchIndexCommitInterceptor(SearchIndexVersion version) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        version.TransactionEnded(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.TransactionEnded(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        version.TransactionEnded(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.TransactionEnded(eventData.Context);
        return Task.CompletedTask;
    }
}
