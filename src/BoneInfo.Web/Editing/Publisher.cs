using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// Publishing: a reviewer makes the working revision public. The page content, the slug redirect and the
/// search index change in one transaction. A reviewer never publishes their own revision.
/// </summary>
public sealed class Publisher(BoneInfoDbContext db, SearchIndex searchIndex, AuditLog audit, TimeProvider clock)
{
    public async Task<EditResult> PublishAsync(int articleId, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound();
        }
        var revision = await db.Revisions.SingleOrDefaultAsync(r => r.Id == article.WorkingRevisionId, cancellationToken);
        if (revision is not null && article.PublishedRevisionId == revision.Id && article.ReviewState == ReviewState.None)
        {
            return new EditResult(EditStatus.AlreadyDone, article.Id, article.Version); // e.g. "Publish" clicked twice
        }
        if (article.Version != basedOnVersion)
        {
            return EditResult.Conflict(article, revision);
        }
        if (CheckReviewer(editor, revision) is { } refusal)
        {
            return refusal;
        }
        await PublishRevisionAsync(article, revision!, cancellationToken);
        await audit.RecordAsync(AuditActions.Publish, article.Slug, $"revision {revision!.Number}");
        return new EditResult(EditStatus.Done, article.Id, article.Version);
    }

    /// <summary>Sets a future publish time; <see cref="ScheduledPublishing"/> publishes it then.</summary>
    public async Task<EditResult> ScheduleAsync(int articleId, int basedOnVersion, DateTime publishAtUtc, Editor editor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound();
        }
        var revision = await db.Revisions.SingleOrDefaultAsync(r => r.Id == article.WorkingRevisionId, cancellationToken);
        if (article.Version != basedOnVersion)
        {
            return EditResult.Conflict(article, revision);
        }
        if (CheckReviewer(editor, revision) is { } refusal)
        {
            return refusal;
        }
        if (publishAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            return EditResult.Invalid("Choose a publish time in the future, or publish now.");
        }
        article.ScheduledPublishAt = publishAtUtc;
        article.ScheduledById = editor.Id;
        article.Touch(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Schedule, article.Slug, $"revision {revision!.Number} at {publishAtUtc:u}");
        return new EditResult(EditStatus.Done, article.Id, article.Version);
    }

    /// <summary>Publishes every article whose scheduled time has come. Returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.Where(a => a.ScheduledPublishAt != null && a.ScheduledPublishAt <= now).ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            var revision = await db.Revisions.SingleAsync(r => r.Id == article.WorkingRevisionId, cancellationToken);
            await PublishRevisionAsync(article, revision, cancellationToken);
            await audit.RecordAsync(AuditActions.Publish, article.Slug, $"revision {revision.Number}, as scheduled");
        }
        return due.Count;
    }

    public async Task<EditResult> ArchiveAsync(int articleId, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound();
        }
        if (!editor.IsReviewer)
        {
            return EditResult.Forbidden("Only a reviewer can archive an article.");
        }
        if (article.Version != basedOnVersion)
        {
            return EditResult.Conflict(article, null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        article.Archive(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await searchIndex.IndexAsync(article, cancellationToken); // no longer published: removed from search
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Archive, article.Slug);
        return new EditResult(EditStatus.Done, article.Id, article.Version);
    }

    private static EditResult? CheckReviewer(Editor editor, ArticleRevision? revision) =>
        !editor.IsReviewer ? EditResult.Forbidden("Only a reviewer can publish.")
        : revision is null ? EditResult.Invalid("There is nothing to publish yet: save a draft first.")
        : revision.AuthorId == editor.Id ? EditResult.Forbidden("You wrote this revision, so another reviewer must publish it.")
        : null;

    private async Task PublishRevisionAsync(Article article, ArticleRevision revision, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (article.PublishedRevisionId is not null && article.Slug != revision.Slug)
        {
            // The old address keeps working (301) and the new slug is no longer a redirect to anything.
            db.SlugRedirects.RemoveRange(db.SlugRedirects.Where(s => s.OldSlug == revision.Slug || s.OldSlug == article.Slug));
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = article.Slug, ArticleId = article.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        article.Publish(revision, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await searchIndex.IndexAsync(article, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
