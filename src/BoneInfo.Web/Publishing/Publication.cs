using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Publishing;

/// <summary>
/// What readers see changes here and nowhere else: an article's public content (its body rendered to HTML with it),
/// its old slug's redirect and its search entry change in one transaction, whether a reviewer publishes, the
/// schedule fires or the import runs.
/// The workflow rules (who may publish, stale forms) are the editor's; this class only does the change.
/// </summary>
/// <remarks>Cached public pages showing the article, and every list, are evicted once the change has committed.</remarks>
public sealed class Publication(
    BoneInfoDbContext db, RevisionWriter revisions, SearchIndex searchIndex, MarkdownRenderer markdown, TimeProvider clock, PageCache? pageCache = null)
{
    /// <summary>
    /// Makes <paramref name="revision"/> the public content of <paramref name="article"/> (a tracked entity), then runs
    /// <paramref name="record"/> (the audit) in the same transaction: a publish is never committed without its entry.
    /// </summary>
    public Task PublishAsync(Article article, ArticleRevision revision, Func<Task>? record = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync([article.Slug, revision.Slug], async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (article.PublishedRevisionId is not null && article.Slug != revision.Slug)
            {
                // The old address keeps working (301) and the new slug is no longer a redirect to anything.
                db.SlugRedirects.RemoveRange(db.SlugRedirects.Where(s => s.OldSlug == revision.Slug || s.OldSlug == article.Slug));
                db.SlugRedirects.Add(new SlugRedirect { OldSlug = article.Slug, ArticleId = article.Id, CreatedAt = now });
            }
            // The editor reads revisions without tracking; publish the tracked copy (attaching it if none) so its time is saved.
            var tracked = db.Revisions.Local.FirstOrDefault(r => r.Id == revision.Id) ?? db.Revisions.Attach(revision).Entity;
            article.Publish(tracked, now);
            PublishedRendering.Render(article, markdown);
            await db.SaveChangesAsync(cancellationToken);
            await searchIndex.IndexAsync(article, cancellationToken);
            if (record is not null)
            {
                await record();
            }
        }, cancellationToken);

    /// <summary>
    /// Publishes a scheduled revision if this call claims the schedule, then runs <paramref name="record"/> (the
    /// audit) in the same transaction. The claim is a conditional update (schedule cleared only where it still holds
    /// the due time): with several web nodes, or two checks racing, exactly one sees a row change and publishes;
    /// on PostgreSQL the other waits on the row lock and then finds the schedule gone. Returns false if it was gone.
    /// </summary>
    public async Task<bool> PublishScheduledAsync(Article article, ArticleRevision revision, Func<Task> record, CancellationToken cancellationToken = default)
    {
        var due = article.ScheduledPublishAt;
        var claimed = false;
        await InTransactionAsync([article.Slug, revision.Slug], async () =>
        {
            claimed = await db.Articles.Where(a => a.Id == article.Id && a.ScheduledPublishAt == due)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ScheduledPublishAt, (DateTime?)null), cancellationToken) == 1;
            if (claimed)
            {
                await PublishAsync(article, revision, record, cancellationToken);
            }
        }, cancellationToken);
        return claimed;
    }

    /// <summary>Takes a published article off the site and out of search; <paramref name="record"/> commits with it.</summary>
    public Task ArchiveAsync(Article article, Func<Task>? record = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync([article.Slug], async () =>
        {
            article.Archive(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await searchIndex.IndexAsync(article, cancellationToken);
            await (record?.Invoke() ?? Task.CompletedTask);
        }, cancellationToken);

    /// <summary>Adds or refreshes an article from a content file; never overwrites an article edited in the app.</summary>
    public async Task<ImportOutcome> ImportAsync(ArticleContent content, CancellationToken cancellationToken = default)
    {
        var existing = await db.Articles.SingleOrDefaultAsync(a => a.Slug == content.Slug, cancellationToken);
        var outcome = ImportRules.Decide(existing, content);
        if (outcome is not (ImportOutcome.Added or ImportOutcome.Updated))
        {
            return outcome;
        }
        await InTransactionAsync([content.Slug], async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var article = existing ?? db.Articles.Add(Article.FromContent(content, now)).Entity;
            if (existing is not null)
            {
                article.ReplaceFromImport(content, now);
            }
            var revision = await revisions.AppendAsync(article, content, RevisionAuthor.ContentImport, "Imported from content/", now, cancellationToken);
            await PublishAsync(article, revision, cancellationToken: cancellationToken);
        }, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the caller's transaction if there is one (the caller finishes up after its
    /// own commit), else in a new one; after a commit here, a node-local search index catches up at once
    /// (<see cref="SearchIndex.CommittedAsync"/>) and the cached pages of <paramref name="slugs"/> and the lists go.
    /// </summary>
    private async Task InTransactionAsync(string[] slugs, Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await work();
            await transaction.CommitAsync(cancellationToken);
        }
        await searchIndex.CommittedAsync(cancellationToken);
        if (pageCache is not null)
        {
            await pageCache.EvictAsync(slugs, cancellationToken);
        }
    }
}
