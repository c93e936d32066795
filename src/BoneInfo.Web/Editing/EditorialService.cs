using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// The editorial workflow: every save is a new immutable revision; Draft → In review → Published (→ Archived).
/// Every step carries the article version the editor saw, and is refused with a conflict if it moved on.
/// </summary>
public sealed class EditorialService(BoneInfoDbContext db, Publisher publisher, AuditLog audit, TimeProvider clock)
{
    public async Task<EditResult> SaveDraftAsync(DraftChange change, Editor editor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = change.ArticleId is { } id ? await db.Articles.FindAsync([id], cancellationToken) : null;
        if (change.ArticleId is not null && article is null)
        {
            return EditResult.NotFound();
        }
        if (article is not null && article.Version != change.BasedOnVersion)
        {
            return EditResult.Conflict(article, await WorkingRevisionAsync(article, cancellationToken));
        }
        if (await SlugTakenAsync(change.Content.Slug, article?.Id, cancellationToken))
        {
            return EditResult.Invalid($"slug '{change.Content.Slug}' is already used by another article");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (article is null)
        {
            article = db.Articles.Add(Article.NewDraft(change.Content, now)).Entity;
            await db.SaveChangesAsync(cancellationToken);
        }
        var revision = await AddRevisionAsync(article.Id, change.Content, editor, change.ChangeSummary, now, cancellationToken);
        article.RecordSave(revision.Id, editor.Id, editor.Name, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Save, change.Content.Slug, $"revision {revision.Number}: {change.ChangeSummary}");
        return new EditResult(EditStatus.Done, article.Id, article.Version);
    }

    public async Task<EditResult> SubmitAsync(int articleId, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound();
        }
        if (article.Version != basedOnVersion)
        {
            return EditResult.Conflict(article, await WorkingRevisionAsync(article, cancellationToken));
        }
        if (article.ReviewState != ReviewState.Draft)
        {
            return EditResult.Invalid(article.ReviewState == ReviewState.InReview ? "This draft is already in review." : "There is no draft to submit: save your changes first.");
        }
        article.ReviewState = ReviewState.InReview;
        article.SubmittedById = editor.Id;
        article.Touch(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Submit, article.Slug);
        return new EditResult(EditStatus.Done, article.Id, article.Version);
    }

    /// <summary>Makes an old revision the working copy again, as a new revision on top (history is never rewritten).</summary>
    public async Task<EditResult> RestoreAsync(int articleId, int revisionNumber, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken);
        var old = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == revisionNumber, cancellationToken);
        if (article is null || old is null)
        {
            return EditResult.NotFound();
        }
        var result = await SaveDraftAsync(new DraftChange(articleId, basedOnVersion, old.ToContent(), $"Restored revision {revisionNumber}"), editor, cancellationToken);
        if (result.Status == EditStatus.Done)
        {
            await audit.RecordAsync(AuditActions.Restore, article.Slug, $"revision {revisionNumber}");
        }
        return result;
    }

    public Task<EditResult> PublishAsync(int articleId, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default) =>
        publisher.PublishAsync(articleId, basedOnVersion, editor, cancellationToken);

    public Task<ArticleRevision?> WorkingRevisionAsync(Article article, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == article.WorkingRevisionId, cancellationToken);

    private async Task<bool> SlugTakenAsync(string slug, int? articleId, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken)
        || await db.Revisions.AnyAsync(r => r.Slug == slug && r.ArticleId != articleId, cancellationToken)
        || await db.SlugRedirects.AnyAsync(s => s.OldSlug == slug && s.ArticleId != articleId, cancellationToken);

    private async Task<ArticleRevision> AddRevisionAsync(int articleId, ArticleContent content, Editor editor, string summary, DateTime now, CancellationToken cancellationToken)
    {
        var number = await db.Revisions.Where(r => r.ArticleId == articleId).Select(r => (int?)r.Number).MaxAsync(cancellationToken) ?? 0;
        var revision = db.Revisions.Add(ArticleRevision.Of(articleId, number + 1, content, editor.Id, editor.Name, summary, now)).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return revision;
    }
}
