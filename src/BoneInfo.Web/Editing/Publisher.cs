using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using BoneInfo.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// The reviewer's steps: publish now, publish at a set time, archive. Each checks the rules (a reviewer, never on
/// their own revision, on the version they saw), lets <see cref="Publication"/> make the change, and audits it.
/// </summary>
public sealed class Publisher(BoneInfoDbContext db, RevisionWriter revisions, Publication publication, AuditLog audit, TimeProvider clock)
{
    public async Task<EditResult> PublishAsync(int articleId, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default) =>
        await db.Articles.FindAsync([articleId], cancellationToken) is { } article
            ? await PublishAsync(article, await revisions.WorkingAsync(article, cancellationToken), basedOnVersion, editor, cancellationToken)
            : EditResult.NotFound();

    /// <summary>Publishes an article already loaded (tracked) with its working revision: no second read.</summary>
    public async Task<EditResult> PublishAsync(Article article, ArticleRevision? working, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        if (working is not null && article.PublishedRevisionId == working.Id && article.ReviewState == ReviewState.None)
        {
            return EditResult.Success(EditOutcome.AlreadyPublished, article); // e.g. "Publish" clicked twice
        }
        if (Refusal(article, working, basedOnVersion, editor) is { } refusal)
        {
            return refusal;
        }
        await publication.PublishAsync(article, working!, () => audit.RecordAsync(AuditActions.Publish, article.Slug, $"revision {working!.Number}"), cancellationToken);
        return EditResult.Success(EditOutcome.Published, article);
    }

    /// <summary>Sets a future publish time; <see cref="ScheduledPublishing"/> publishes it then.</summary>
    public async Task<EditResult> ScheduleAsync(int articleId, int basedOnVersion, DateTime publishAtUtc, Editor editor, CancellationToken cancellationToken = default) =>
        await db.Articles.FindAsync([articleId], cancellationToken) is { } article
            ? await ScheduleAsync(article, await revisions.WorkingAsync(article, cancellationToken), basedOnVersion, publishAtUtc, editor, cancellationToken)
            : EditResult.NotFound();

    public async Task<EditResult> ScheduleAsync(Article article, ArticleRevision? working, int basedOnVersion, DateTime publishAtUtc, Editor editor, CancellationToken cancellationToken = default)
    {
        if (Refusal(article, working, basedOnVersion, editor) is { } refusal)
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
        await audit.RecordAsync(AuditActions.Schedule, article.Slug, $"revision {working!.Number} at {publishAtUtc:u}");
        return EditResult.Success(EditOutcome.Scheduled, article);
    }

    /// <summary>Publishes every article whose scheduled time has come. Returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.Where(a => a.ScheduledPublishAt != null && a.ScheduledPublishAt <= now).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var article in due)
        {
            // Every web node runs this check; the one whose claim succeeds publishes and audits, the others skip.
            var revision = await revisions.WorkingAsync(article, cancellationToken);
            if (await publication.PublishScheduledAsync(article, revision!, () =>
                audit.RecordAsync(AuditActions.Publish, article.Slug, $"revision {revision!.Number}, as scheduled"), cancellationToken))
            {
                published++;
            }
        }
        return published;
    }

    public async Task<EditResult> ArchiveAsync(Article article, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        if (!editor.IsReviewer)
        {
            return EditResult.Forbidden("Only a reviewer can archive an article.");
        }
        if (article.Version != basedOnVersion)
        {
            return EditResult.Stale(article, null);
        }
        await publication.ArchiveAsync(article, () => audit.RecordAsync(AuditActions.Archive, article.Slug), cancellationToken);
        return EditResult.Success(EditOutcome.Archived, article);
    }

    private static EditResult? Refusal(Article article, ArticleRevision? working, int basedOnVersion, Editor editor) =>
        article.Version != basedOnVersion ? EditResult.Stale(article, working)
        : !editor.IsReviewer ? EditResult.Forbidden("Only a reviewer can publish.")
        : working is null ? EditResult.Invalid("There is nothing to publish yet: save a draft first.")
        : working.AuthorId == editor.Id ? EditResult.Forbidden("You wrote this revision, so another reviewer must publish it.")
        : null;
}
