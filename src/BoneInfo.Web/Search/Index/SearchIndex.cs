using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>
/// Keeps the FTS5 tables in step with published articles. Callers run it inside the transaction that
/// changes the article, so the index never disagrees with what readers see.
/// </summary>
public sealed class SearchIndex(BoneInfoDbContext db, SearchIndexVersion version)
{
    // ArticleWords is contentless: removing a row needs the exact text it was given, which ArticleSearch still holds.
    private const string AllColumns = "title || ' ' || names || ' ' || summary || ' ' || findings || ' ' || genes || ' ' || labs || ' ' || body";

    public async Task IndexAsync(Article article, CancellationToken cancellationToken = default)
    {
        await RemoveAsync(article.Id, cancellationToken);
        if (article.Status == ArticleStatus.Published)
        {
            var d = SearchDocument.From(article);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO ArticleSearch(rowid, slug, title, names, summary, findings, genes, labs, body) VALUES ({d.Id}, {d.Slug}, {d.Title}, {d.Names}, {d.Summary}, {d.Findings}, {d.Genes}, {d.Labs}, {d.Body})",
                cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO ArticleWords(rowid, words) SELECT rowid, {AllColumns} FROM ArticleSearch WHERE rowid = {{0}}",
                [d.Id], cancellationToken);
        }
        version.Changed(db);
    }

    public async Task RemoveAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO ArticleWords(ArticleWords, rowid, words) SELECT 'delete', rowid, {AllColumns} FROM ArticleSearch WHERE rowid = {{0}}",
            [articleId], cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", cancellationToken);
        version.Changed(db);
    }

    /// <summary>Rebuilds both tables from the published articles, in one transaction.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleWords(ArticleWords) VALUES('delete-all')", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ArticleSearch", cancellationToken);
        var count = 0;
        await foreach (var article in db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await IndexAsync(article, cancellationToken);
            count++;
        }
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch) VALUES('optimize')", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        version.Changed();
        return count;
    }

    /// <summary>True when every published article is in the index (false after a migration on an existing database).</summary>
    public async Task<bool> IsCompleteAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);
        var indexed = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM ArticleSearch").SingleAsync(cancellationToken);
        return published == indexed;
    }
}

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
