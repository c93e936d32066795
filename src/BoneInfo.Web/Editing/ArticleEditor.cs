using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// What the edit page's buttons do with a posted form. Save and Submit validate the form with the content-file
/// rules and go through <see cref="EditorialService"/>; Publish, Schedule and Archive change no text, so they only
/// check that the form still matches the newest revision (no unsaved edits would be dropped) and go straight to
/// <see cref="Publisher"/> with the article loaded once.
/// </summary>
public sealed class ArticleEditor(BoneInfoDbContext db, RevisionWriter revisions, EditorialService editorial, Publisher publisher, AutosaveStore autosaves)
{
    public async Task<EditResult> RunAsync(EditorCommand command, ArticleForm form, Editor editor, DateTime? publishAtUtc, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunOnceAsync(command, form, editor, publishAtUtc, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save won the race between our version check and our write: run again to report it as a conflict.
            db.ChangeTracker.Clear();
            return await RunOnceAsync(command, form, editor, publishAtUtc, cancellationToken);
        }
    }

    private async Task<EditResult> RunOnceAsync(EditorCommand command, ArticleForm form, Editor editor, DateTime? publishAtUtc, CancellationToken cancellationToken)
    {
        var result = command switch
        {
            EditorCommand.Save or EditorCommand.Submit => await WriteAsync(command, form, editor, cancellationToken),
            EditorCommand.Publish or EditorCommand.Schedule or EditorCommand.Archive => await ReviewAsync(command, form, editor, publishAtUtc, cancellationToken),
            _ => EditResult.Invalid("That button does nothing here."),
        };
        return result.Outcome == EditOutcome.Conflict ? result with { Conflict = await ConflictAsync(form, result) } : result;
    }

    private async Task<EditResult> WriteAsync(EditorCommand command, ArticleForm form, Editor editor, CancellationToken cancellationToken)
    {
        var mapping = ArticleFormMapper.Map(form);
        if (mapping.Content is not { } content)
        {
            return new EditResult(EditOutcome.Invalid, form.ArticleId, Errors: mapping.Errors);
        }
        var article = form.ArticleId is { } id ? await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (form.ArticleId is not null && article is null)
        {
            return EditResult.NotFound();
        }
        var working = article is null ? null : await revisions.WorkingAsync(article, cancellationToken);
        var changed = working is null || ArticleFingerprint.Of(working.ToContent()) != ArticleFingerprint.Of(content);
        if (changed)
        {
            // Submit saves and submits in one transaction: told "conflict", the editor's text was not saved at all.
            var saved = await editorial.SaveDraftAsync(
                new DraftChange(form.ArticleId, form.Version, content, form.ChangeSummary?.Trim() ?? "", Submit: command == EditorCommand.Submit), editor, cancellationToken);
            if (saved.Succeeded)
            {
                await DiscardKeptCopyAsync(form.ArticleId, editor.Id, cancellationToken); // saved: the kept copy has done its job
            }
            return saved;
        }
        return command == EditorCommand.Save
            ? new EditResult(EditOutcome.Unchanged, article!.Id)
            : await editorial.SubmitAsync(article!.Id, form.Version, editor, cancellationToken);
    }

    private async Task<EditResult> ReviewAsync(EditorCommand command, ArticleForm form, Editor editor, DateTime? publishAtUtc, CancellationToken cancellationToken)
    {
        var article = form.ArticleId is { } id ? await db.Articles.FindAsync([id], cancellationToken) : null;
        if (form.ArticleId is not null && article is null)
        {
            return EditResult.NotFound();
        }
        var working = article is null ? null : await revisions.WorkingAsync(article, cancellationToken);
        if (article is null || working is null || Comparable(ArticleForm.From(working.ToContent(), article.Id, article.Version)) != Comparable(form))
        {
            // A form that differs because someone saved since it was loaded is a conflict, not the reviewer's own edit.
            return article is not null && working is not null && article.Version != form.Version
                ? EditResult.Stale(article, working)
                : EditResult.Invalid("You have changes that are not saved. Save them as a draft first (another reviewer then publishes them), or reload the page to drop them.");
        }
        return command switch
        {
            EditorCommand.Publish => await publisher.PublishAsync(article, working, form.Version, editor, cancellationToken),
            EditorCommand.Schedule when publishAtUtc is null => EditResult.Invalid("Choose a date and time to publish at.", "PublishAt"),
            EditorCommand.Schedule => await publisher.ScheduleAsync(article, working, form.Version, publishAtUtc.Value, editor, cancellationToken),
            _ => await publisher.ArchiveAsync(article, form.Version, editor, cancellationToken),
        };
    }

    /// <summary>
    /// Saved: the kept copy has done its job. If the database refuses even this, the copy stays (it is offered back
    /// and can be discarded); the revision is saved, and the editor must not be told otherwise.
    /// </summary>
    private async Task DiscardKeptCopyAsync(int? articleId, int editorId, CancellationToken cancellationToken)
    {
        try
        {
            await autosaves.DiscardAsync(articleId, editorId, cancellationToken);
        }
        catch (DbUpdateException ex) when (StorageFailure.Classify(ex) is not null)
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The form's text as the editor sees it; browsers post CRLF and may pad fields, which is not a change.</summary>
    private static string Comparable(ArticleForm form) =>
        string.Join('\n', form.ToComparableText().ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim())).Trim();

    private async Task<EditConflict> ConflictAsync(ArticleForm mine, EditResult result)
    {
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == result.ArticleId);
        var current = result.Current ?? await revisions.WorkingAsync(article);
        var theirs = current is null ? new ArticleForm() : ArticleForm.From(current.ToContent(), article.Id, article.Version);
        var kept = ArticleForm.FromJson(mine.ToJson());
        (kept.ArticleId, kept.Version) = (article.Id, article.Version);
        return new EditConflict(kept, theirs, current, DiffExcerpt.AroundChanges(RevisionDiff.Build(theirs.ToComparableText(), kept.ToComparableText())));
    }
}
