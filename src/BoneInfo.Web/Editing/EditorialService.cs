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
        try
        {
            return await WriteRevisionAsync(article, change, editor, cancellationToken);
        }
        catch (DbUpdateException exception) when (article is null && exception is not DbUpdateConcurrencyException)
        {
            // Two new articles with one slug at once: on PostgreSQL the second insert breaks the unique index.
            db.ChangeTracker.Clear();
            if (await SlugTakenAsync(change.Content.Slug, null, cancellationToken))
            {
                return SlugTaken(change);
            }
            throw;
        }
    }

    /// <summary>
    /// The save proper, with its audit entries, in one transaction. An existing article is first claimed at the
    /// version the form was based on (a conditional update that changes nothing): from then on no other save of it can
    /// commit before this one (the row lock on PostgreSQL, the write lock on SQLite), so the next revision number is
    /// this save's alone, and a save that lost the race is told it is stale instead of failing on the unique number.
    /// </summary>
    private async Task<EditResult> WriteRevisionAsync(Article? article, DraftChange change, Editor editor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (article is not null && await db.Articles.Where(a => a.Id == article.Id && a.Version == change.BasedOnVersion)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, a => a.Version), cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            await db.Entry(article).ReloadAsync(cancellationToken);
            return EditResult.Stale(article, await revisions.WorkingAsync(article, cancellationToken));
        }
        if (await SlugTakenAsync(change.Content.Slug, article?.Id, cancellationToken))
        {
            return SlugTaken(change);
        }
        article ??= db.Articles.Add(Article.NewDraft(change.Content, now)).Entity;
        var revision = await revisions.AppendAsync(article, change.Content, editor.AsAuthor, change.ChangeSummary, now, cancellationToken);
        article.RecordSave(revision.Id, editor.Id, editor.Name, now);
        if (change.Submit)
        {
            MarkSubmitted(article, editor);
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Save, change.Content.Slug, $"revision {revision.Number}: {change.ChangeSummary}");
        if (change.Submit)
        {
            await audit.RecordAsync(AuditActions.Submit, article.Slug);
        }
        await transaction.CommitAsync(cancellationToken);
        return EditResult.Success(change.Submit ? EditOutcome.Submitted : EditOutcome.Saved, article);
    }

    private static EditResult SlugTaken(DraftChange change) =>
        EditResult.Invalid($"slug '{change.Content.Slug}' is already used by another article", nameof(ArticleForm.Slug));

    private static void MarkSubmitted(Article article, Editor editor)
    {
        article.ReviewState = ReviewState.InReview;
        article.SubmittedById = editor.Id;
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
        MarkSubmitted(article, editor);
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
