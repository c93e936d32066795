using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Publishing;

/// <summary>
/// What readers see changes here and nowhere else: an article's public content, its old slug's redirect and its
/// search entry change in one transaction, whether a reviewer publishes, the schedule fires or the import runs.
/// The workflow rules (who may publish, stale forms) are the editor's; this class only does the change.
/// </summary>
public sealed class Publication(BoneInfoDbContext db, RevisionWriter revisions, SearchIndex searchIndex, TimeProvider clock)
{
    /// <summary>Makes <paramref name="revision"/> the public content of <paramref name="article"/> (a tracked entity).</summary>
    public Task PublishAsync(Article article, ArticleRevision revision, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
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
            await db.SaveChangesAsync(cancellationToken);
            await searchIndex.IndexAsync(article, cancellationToken);
        }, cancellationToken);

    /// <summary>Takes a published article off the site and out of search.</summary>
    public Task ArchiveAsync(Article article, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            article.Archive(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await searchIndex.IndexAsync(article, cancellationToken);
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
        await InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var article = existing ?? db.Articles.Add(Article.FromContent(content, now)).Entity;
            if (existing is not null)
            {
                article.ReplaceFromImport(content, now);
            }
            var revision = await revisions.AppendAsync(article, content, RevisionAuthor.ContentImport, "Imported from content/", now, cancellationToken);
            await PublishAsync(article, revision, cancellationToken);
        }, cancellationToken);
        return outcome;
    }

    /// <summary>Runs <paramref name="work"/> in the caller's transaction if there is one, else in a new one.</summary>
    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
