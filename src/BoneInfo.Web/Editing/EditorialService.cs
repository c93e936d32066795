using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// The writer's steps: every save is a new immutable revision; Draft → In review (→ published by <see cref="Publisher"/>).
/// Every step carries the article version the editor saw, and is refused with a conflict if it moved on.
/// </summary>
public sealed class EditorialService(BoneInfoDbContext db, RevisionWriter revisions, AuditLog audit, TimeProvider clock)
{
    public async Task<EditResult> SaveDraftAsync(DraftChange change, Editor editor, CancellationToken cancellationToken = default)
    {
        var article = change.ArticleId is { } id ? await db.Articles.FindAsync([id], cancellationToken) : null;
        if (change.ArticleId is not null && article is null)
        {
            return EditResult.NotFound();
        }
        if (article is not null && article.Version != change.BasedOnVersion)
        {
            return EditResult.Stale(article, await revisions.WorkingAsync(article, cancellationToken));
        }
        if (await SlugTakenAsync(change.Content.Slug, article?.Id, cancellationToken))
        {
            return EditResult.Invalid($"slug '{change.Content.Slug}' is already used by another article", nameof(ArticleForm.Slug));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        article ??= db.Articles.Add(Article.NewDraft(change.Content, now)).Entity;
        var revision = await revisions.AppendAsync(article, change.Content, editor.AsAuthor, change.ChangeSummary, now, cancellationToken);
        article.RecordSave(revision.Id, editor.Id, editor.Name, now);
        await db.SaveChangesAsync(cancellationToken);
        // In the transaction: a save and its audit entry commit together, so a refused write never leaves one without the other.
        await audit.RecordAsync(AuditActions.Save, change.Content.Slug, $"revision {revision.Number}: {change.ChangeSummary}");
        await transaction.CommitAsync(cancellationToken);
        return EditResult.Success(EditOutcome.Saved, article);
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
            return EditResult.Stale(article, await revisions.WorkingAsync(article, cancellationToken));
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
        return EditResult.Success(EditOutcome.Submitted, article);
    }

    /// <summary>Makes an old revision the working copy again, as a new revision on top (history is never rewritten).</summary>
    public async Task<EditResult> RestoreAsync(int articleId, int revisionNumber, int basedOnVersion, Editor editor, CancellationToken cancellationToken = default)
    {
        var old = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == revisionNumber, cancellationToken);
        if (old is null)
        {
            return EditResult.NotFound();
        }
        var result = await SaveDraftAsync(new DraftChange(articleId, basedOnVersion, old.ToContent(), $"Restored revision {revisionNumber}"), editor, cancellationToken);
        if (result.Succeeded)
        {
            var article = await db.Articles.FindAsync([articleId], cancellationToken); // tracked by the save: no second read
            await audit.RecordAsync(AuditActions.Restore, article!.Slug, $"revision {revisionNumber}");
        }
        return result;
    }

    private async Task<bool> SlugTakenAsync(string slug, int? articleId, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken)
        || await db.Revisions.AnyAsync(r => r.Slug == slug && r.ArticleId != articleId, cancellationToken)
        || await db.SlugRedirects.AnyAsync(s => s.OldSlug == slug && s.ArticleId != articleId, cancellationToken);
}
