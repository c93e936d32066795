using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BoneInfo.Web.Search;

/// <summary>
/// Keeps the FTS5 tables in step with published articles. With the index in the main SQLite database, callers
/// run <see cref="IndexAsync"/> inside the transaction that changes the article, so the index never disagrees with
/// what readers see. With a read model (<see cref="SearchStore.IsReadModel"/>), <see cref="IndexAsync"/> waits for
/// the commit: <see cref="CommittedAsync"/> then catches the local file up by article version, and
/// <see cref="SearchIndexFollower"/> does the same every few seconds for what other nodes published.
/// </summary>
public sealed class SearchIndex(BoneInfoDbContext db, SearchStore store, SearchIndexVersion version, SearchReadModelState readModel)
{
    // ArticleWords is contentless: removing a row needs the exact text it was given, which ArticleSearch still holds.
    private const string AllColumns = "title || ' ' || names || ' ' || summary || ' ' || findings || ' ' || genes || ' ' || labs || ' ' || body";

    // A change committed on another node is found by its UpdatedAt; looking back this far covers transactions
    // that committed after a newer one and clocks that differ a little between nodes.
    private static readonly TimeSpan LookBack = TimeSpan.FromMinutes(2);

    /// <summary>The index in the main SQLite database (tests and benchmarks that build their own context).</summary>
    public SearchIndex(BoneInfoDbContext db, SearchIndexVersion version) : this(db, new SearchStore(db), version, new SearchReadModelState())
    {
    }

    private DatabaseFacade Index => store.Database;

    /// <summary>The article changed (publish, archive, import): its entry follows, now or once the change commits.</summary>
    public async Task IndexAsync(Article article, CancellationToken cancellationToken = default)
    {
        if (!store.IsReadModel)
        {
            await WriteAsync(article, cancellationToken);
        }
    }

    /// <summary>The transaction that changed articles has committed: a read model catches up now, on this node.</summary>
    public async Task CommittedAsync(CancellationToken cancellationToken = default)
    {
        if (store.IsReadModel)
        {
            await CatchUpAsync(cancellationToken);
        }
    }

    public async Task RemoveAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await Index.ExecuteSqlRawAsync(
            $"INSERT INTO ArticleWords(ArticleWords, rowid, words) SELECT 'delete', rowid, {AllColumns} FROM ArticleSearch WHERE rowid = {{0}}",
            [articleId], cancellationToken);
        await Index.ExecuteSqlInterpolatedAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", cancellationToken);
        if (store.IsReadModel)
        {
            await Index.ExecuteSqlInterpolatedAsync($"DELETE FROM IndexedArticles WHERE Id = {articleId}", cancellationToken);
        }
        version.Changed(store.Context);
    }

    /// <summary>Rebuilds both tables from the published articles, in one transaction.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        if (store.IsReadModel)
        {
            await ((SearchIndexDbContext)store.Context).CreateTablesAsync(cancellationToken);
        }
        await readModel.Gate.WaitAsync(cancellationToken);
        try
        {
            // Read before the articles: whatever changes while the rebuild runs is newer and caught up next.
            var newest = store.IsReadModel ? await NewestChangeAsync(cancellationToken) : null;
            await using var transaction = await Index.BeginTransactionAsync(cancellationToken);
            await Index.ExecuteSqlRawAsync("INSERT INTO ArticleWords(ArticleWords) VALUES('delete-all')", cancellationToken);
            await Index.ExecuteSqlRawAsync("DELETE FROM ArticleSearch", cancellationToken);
            if (store.IsReadModel)
            {
                await Index.ExecuteSqlRawAsync("DELETE FROM IndexedArticles", cancellationToken);
            }
            var count = 0;
            await foreach (var article in db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await WriteAsync(article, cancellationToken);
                count++;
            }
            await Index.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch) VALUES('optimize')", cancellationToken);
            if (newest is { } mark)
            {
                await SearchReadModelState.SaveAsync(Index, mark, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            readModel.Newest = newest;
            version.Changed();
            return count;
        }
        finally
        {
            readModel.Gate.Release();
        }
    }

    /// <summary>True when every published article is in the index (false after a migration on an existing
    /// database). A read model is complete once this process has built it, or resumed it from its file
    /// (<see cref="ResumeAsync"/>).</summary>
    public async Task<bool> IsCompleteAsync(CancellationToken cancellationToken = default)
    {
        if (store.IsReadModel)
        {
            return readModel.Newest is not null || await ResumeAsync(cancellationToken);
        }
        var published = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);
        // FTS5's own table of document sizes has one small row per indexed article; counting the index itself reads
        // every article's text (seconds at 100 000 articles, at every start).
        var indexed = await Index.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM ArticleSearch_docsize").SingleAsync(cancellationToken);
        return published == indexed;
    }

    /// <summary>
    /// A restarted node starts from its own file when this build wrote it: it catches up what changed since the file's
    /// mark, and keeps the file only if it then holds as many published articles, at the same versions, as the
    /// database (a database restored from an older backup does not). Otherwise the caller rebuilds it.
    /// </summary>
    private async Task<bool> ResumeAsync(CancellationToken cancellationToken)
    {
        await ((SearchIndexDbContext)store.Context).CreateTablesAsync(cancellationToken);
        if (await SearchReadModelState.LoadAsync(Index, cancellationToken) is not { } mark)
        {
            return false;
        }
        readModel.Newest = mark;
        await CatchUpAsync(cancellationToken);
        var published = await db.Articles.Where(a => a.Status == ArticleStatus.Published)
            .GroupBy(_ => 1).Select(g => new Totals(g.Count(), g.Sum(a => (long)a.Id), g.Sum(a => (long)a.Version)))
            .SingleOrDefaultAsync(cancellationToken) ?? new Totals(0, 0, 0);
        var indexed = await Index.SqlQuery<Totals>(
            $"SELECT COUNT(*) AS Count, COALESCE(SUM(Id), 0) AS Ids, COALESCE(SUM(Version), 0) AS Versions FROM IndexedArticles").SingleAsync(cancellationToken);
        if (published == indexed)
        {
            return true;
        }
        readModel.Newest = null;
        return false;
    }

    private sealed record Totals(int Count, long Ids, long Versions);

    /// <summary>
    /// Compares the index with the published articles: every published article indexed once under its current slug,
    /// nothing else indexed. Returns the differences, one line each; none when they agree.
    /// </summary>
    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, a.Slug }).ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        var indexed = await Index.SqlQuery<IndexedSlug>($"SELECT rowid AS Id, slug AS Slug FROM ArticleSearch").ToListAsync(cancellationToken);
        var problems = new List<string>();
        problems.AddRange(indexed.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => $"article {g.Key} is indexed {g.Count()} times"));
        problems.AddRange(indexed.Where(i => !published.ContainsKey(i.Id)).Select(i => $"'{i.Slug}' (article {i.Id}) is in the index but not published"));
        problems.AddRange(indexed.Where(i => published.TryGetValue(i.Id, out var slug) && slug != i.Slug).Select(i => $"article {i.Id} is indexed as '{i.Slug}' but published as '{published[i.Id]}'"));
        var seen = indexed.Select(i => i.Id).ToHashSet();
        problems.AddRange(published.Where(p => !seen.Contains(p.Key)).Select(p => $"'{p.Value}' (article {p.Key}) is published but not in the index"));
        return problems;
    }

    private sealed record IndexedSlug(int Id, string Slug);

    /// <summary>
    /// Brings the read model up to the main database: every article changed since the newest change already seen
    /// (less <see cref="LookBack"/>) whose version differs from the indexed one is written again or removed.
    /// Returns how many entries changed.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await readModel.Gate.WaitAsync(cancellationToken);
        try
        {
            if (readModel.Newest is not { } newest)
            {
                return 0; // not built or resumed yet; the start-up covers everything
            }
            var since = newest > DateTime.MinValue + LookBack ? newest - LookBack : DateTime.MinValue;
            var recent = await db.Articles.AsNoTracking().Where(a => a.UpdatedAt >= since)
                .Select(a => new { a.Id, a.Version, a.Status, a.UpdatedAt }).ToListAsync(cancellationToken);
            if (recent.Count == 0)
            {
                return 0;
            }
            var indexed = await IndexedVersionsAsync(recent.Select(r => r.Id), cancellationToken);
            var stale = recent.Where(r => r.Status == ArticleStatus.Published
                ? indexed.GetValueOrDefault(r.Id) != r.Version
                : indexed.ContainsKey(r.Id)).Select(r => r.Id).ToArray();
            var seen = recent.Max(r => r.UpdatedAt);
            var caughtUp = seen > newest ? seen : newest;
            if (stale.Length > 0)
            {
                var articles = await db.Articles.AsNoTracking().Where(a => stale.Contains(a.Id)).ToListAsync(cancellationToken);
                await using var transaction = await Index.BeginTransactionAsync(cancellationToken);
                foreach (var article in articles)
                {
                    await WriteAsync(article, cancellationToken);
                }
                await SearchReadModelState.SaveAsync(Index, caughtUp, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            readModel.Newest = caughtUp;
            return stale.Length;
        }
        finally
        {
            readModel.Gate.Release();
        }
    }

    private async Task WriteAsync(Article article, CancellationToken cancellationToken)
    {
        await RemoveAsync(article.Id, cancellationToken);
        if (article.Status == ArticleStatus.Published)
        {
            var d = SearchDocument.From(article);
            await Index.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO ArticleSearch(rowid, slug, title, names, summary, findings, genes, labs, body) VALUES ({d.Id}, {d.Slug}, {d.Title}, {d.Names}, {d.Summary}, {d.Findings}, {d.Genes}, {d.Labs}, {d.Body})",
                cancellationToken);
            await Index.ExecuteSqlRawAsync(
                $"INSERT INTO ArticleWords(rowid, words) SELECT rowid, {AllColumns} FROM ArticleSearch WHERE rowid = {{0}}",
                [d.Id], cancellationToken);
            if (store.IsReadModel)
            {
                await Index.ExecuteSqlInterpolatedAsync($"INSERT INTO IndexedArticles(Id, Version) VALUES ({article.Id}, {article.Version})", cancellationToken);
            }
        }
        version.Changed(store.Context);
    }

    private async Task<DateTime?> NewestChangeAsync(CancellationToken cancellationToken) =>
        await db.Articles.MaxAsync(a => (DateTime?)a.UpdatedAt, cancellationToken) ?? DateTime.MinValue;

    private async Task<Dictionary<int, int>> IndexedVersionsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ids);
        return await Index.SqlQuery<IndexedArticle>($"SELECT Id, Version FROM IndexedArticles WHERE Id IN (SELECT value FROM json_each({json}))")
            .ToDictionaryAsync(a => a.Id, a => a.Version, cancellationToken);
    }

    private sealed record IndexedArticle(int Id, int Version);
}
