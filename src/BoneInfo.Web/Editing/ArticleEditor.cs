using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// What the edit page's buttons do with a posted form: validate it with the content-file rules, then save,
/// submit, publish, schedule or archive through <see cref="EditorialService"/> and <see cref="Publisher"/>.
/// A step that would drop the editor's changes (publishing or archiving with unsaved edits) is refused.
/// </summary>
public sealed class ArticleEditor(BoneInfoDbContext db, EditorialService editorial, Publisher publisher, AutosaveStore autosaves)
{
    public async Task<EditorOutcome> RunAsync(EditorCommand command, ArticleForm form, Editor editor, DateTime? publishAtUtc, CancellationToken cancellationToken = default)
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

    private async Task<EditorOutcome> RunOnceAsync(EditorCommand command, ArticleForm form, Editor editor, DateTime? publishAtUtc, CancellationToken cancellationToken)
    {
        var mapping = ArticleFormMapper.Map(form);
        if (mapping.Content is not { } content)
        {
            return new EditorOutcome(OutcomeKind.Invalid, form.ArticleId, mapping.Errors);
        }
        var article = form.ArticleId is { } id ? await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (form.ArticleId is not null && article is null)
        {
            return new EditorOutcome(OutcomeKind.NotFound);
        }
        var working = article is null ? null : await editorial.WorkingRevisionAsync(article, cancellationToken);
        var changed = working is null || ArticleFingerprint.Of(working.ToContent()) != ArticleFingerprint.Of(content);
        if (changed && command is EditorCommand.Publish or EditorCommand.Schedule or EditorCommand.Archive)
        {
            return EditorOutcome.Invalid("", "You have changes that are not saved. Save them as a draft first (another reviewer then publishes them), or reload the page to drop them.");
        }
        var articleId = article?.Id ?? 0;
        return command switch
        {
            EditorCommand.Save when !changed => new EditorOutcome(OutcomeKind.Unchanged, articleId),
            EditorCommand.Save => await SaveAsync(form, content, editor, cancellationToken),
            EditorCommand.Submit => await SubmitAsync(form, content, changed, editor, cancellationToken),
            EditorCommand.Publish => await OutcomeAsync(await publisher.PublishAsync(articleId, form.Version, editor, cancellationToken), OutcomeKind.Published, form),
            EditorCommand.Schedule when publishAtUtc is null => EditorOutcome.Invalid("PublishAt", "Choose a date and time to publish at."),
            EditorCommand.Schedule => await OutcomeAsync(await publisher.ScheduleAsync(articleId, form.Version, publishAtUtc.Value, editor, cancellationToken), OutcomeKind.Scheduled, form),
            EditorCommand.Archive => await OutcomeAsync(await publisher.ArchiveAsync(articleId, form.Version, editor, cancellationToken), OutcomeKind.Archived, form),
            _ => EditorOutcome.Invalid("", "That button does nothing here."),
        };
    }

    private async Task<EditorOutcome> SaveAsync(ArticleForm form, ArticleContent content, Editor editor, CancellationToken cancellationToken) =>
        await OutcomeAsync(await SaveDraftAsync(form, content, editor, cancellationToken), OutcomeKind.Saved, form);

    private async Task<EditorOutcome> SubmitAsync(ArticleForm form, ArticleContent content, bool changed, Editor editor, CancellationToken cancellationToken)
    {
        var (articleId, version) = (form.ArticleId ?? 0, form.Version);
        if (changed)
        {
            var saved = await SaveDraftAsync(form, content, editor, cancellationToken);
            if (saved.Status != EditStatus.Done)
            {
                return await OutcomeAsync(saved, OutcomeKind.Saved, form);
            }
            (articleId, version) = (saved.ArticleId!.Value, saved.Version!.Value);
        }
        return await OutcomeAsync(await editorial.SubmitAsync(articleId, version, editor, cancellationToken), OutcomeKind.Submitted, form);
    }

    private async Task<EditResult> SaveDraftAsync(ArticleForm form, ArticleContent content, Editor editor, CancellationToken cancellationToken)
    {
        var change = new DraftChange(form.ArticleId, form.Version, content, form.ChangeSummary?.Trim() ?? "");
        var result = await editorial.SaveDraftAsync(change, editor, cancellationToken);
        if (result.Status == EditStatus.Done)
        {
            await autosaves.DiscardAsync(form.ArticleId, editor.Id, cancellationToken); // saved: the kept copy has done its job
        }
        return result;
    }

    private async Task<EditorOutcome> OutcomeAsync(EditResult result, OutcomeKind done, ArticleForm mine) => result.Status switch
    {
        EditStatus.Done => new EditorOutcome(done, result.ArticleId),
        EditStatus.AlreadyDone => new EditorOutcome(OutcomeKind.AlreadyPublished, result.ArticleId),
        EditStatus.Conflict => new EditorOutcome(OutcomeKind.Conflict, result.ArticleId, result.Errors?.Select(e => new FieldError("", e)).ToList(), await ConflictAsync(mine, result)),
        EditStatus.Forbidden => new EditorOutcome(OutcomeKind.Forbidden, mine.ArticleId, [.. result.Errors!.Select(e => new FieldError("", e))]),
        EditStatus.NotFound => new EditorOutcome(OutcomeKind.NotFound),
        _ => new EditorOutcome(OutcomeKind.Invalid, mine.ArticleId, [.. result.Errors!.Select(ArticleFormMapper.ErrorFor)]),
    };

    private async Task<EditConflict> ConflictAsync(ArticleForm mine, EditResult result)
    {
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == result.ArticleId);
        var current = result.Current ?? await editorial.WorkingRevisionAsync(article);
        var theirs = current is null ? new ArticleForm() : ArticleForm.From(current.ToContent(), article.Id, article.Version);
        var kept = ArticleForm.FromJson(mine.ToJson());
        (kept.ArticleId, kept.Version) = (article.Id, article.Version);
        return new EditConflict(kept, theirs, current, DiffExcerpt.AroundChanges(RevisionDiff.Build(theirs.ToComparableText(), kept.ToComparableText())));
    }
}
