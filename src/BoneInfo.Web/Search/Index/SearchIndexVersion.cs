using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>
/// Bumped on every index change so in-memory caches (catalog, vocabulary, suggestions) know to reload. A change
/// made inside a transaction is bumped again when that transaction ends (<see cref="SearchIndexCommitInterceptor"/>):
/// a cache that reloaded in between saw the data from before the commit and must not keep it.
/// </summary>
public sealed class SearchIndexVersion
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _uncommitted = [];
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Changed() => Interlocked.Increment(ref _value);

    public void Changed(DbContext context)
    {
        Changed();
        if (context.Database.CurrentTransaction is not null)
        {
            _uncommitted.AddOrUpdate(context, this);
        }
    }

    /// <summary>The transaction of <paramref name="context"/> committed or rolled back.</summary>
    public void TransactionEnded(DbContext? context)
    {
        if (context is not null && _uncommitted.Remove(context))
        {
            Changed();
        }
    }
}
