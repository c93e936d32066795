using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Hosting;
using BoneInfo.Web.Markdown;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>
/// /admin/articles/{id}/edit and /admin/articles/new: the article as form fields, a preview through the public
/// page's Markdown pipeline, and the workflow buttons. Every failure re-shows the editor's own text.
/// </summary>
public sealed partial class EditModel(ArticleEditor editor, EditorialQueries articles, AutosaveStore autosaves, MarkdownRenderer markdown, TimeProvider clock)
    : PageModel, IAnswersStorageFailure
{
    [BindProperty]
    public DateTime? PublishAt { get; set; }

    [BindProperty]
    public string? Command { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? recover, string? restore, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = State?.Working is { } working ? ArticleForm.From(working.ToContent(), id, State.Version) : NewArticleForm();
        Form.EditorId = UserId;
        if (recover is not null)
        {
            return await RecoverAsync(id, recover, cancellationToken);
        }
        var copy = await autosaves.FindAsync(id, UserId, cancellationToken);
        if (restore == "server" && copy is not null)
        {
            Form = ArticleForm.FromJson(copy.FormJson);
            (Form.ArticleId, Form.EditorId) = (id, UserId);
            Message = $"Your unsaved text from {copy.SavedAt:yyyy-MM-dd HH:mm} UTC is back in the form. Save it to keep it.";
        }
        else
        {
            ServerCopy = copy;
            Message = DoneMessages.For(done);
            ClearLocalCopy = Message is not null;
        }
        return Show(StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        (Form.ArticleId, Form.EditorId) = (id, UserId);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid || !Enum.TryParse<EditorCommand>(Command, ignoreCase: true, out var command))
        {
            ModelState.AddModelError("", "The form was incomplete. Your text is below; reload the page if this happens again.");
            return Show(StatusCodes.Status400BadRequest);
        }
        if (command == EditorCommand.Preview)
        {
            return Show(StatusCodes.Status200OK);
        }
        var publishAt = PublishAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null;
        var outcome = await editor.RunAsync(command, Form, Editor.From(User), publishAt, cancellationToken);
        return await RespondAsync(outcome, outcome.Done, cancellationToken);
    }

    public async Task<IActionResult> OnPostDiscardAutosaveAsync(int? id, CancellationToken cancellationToken)
    {
        await autosaves.DiscardAsync(id, UserId, cancellationToken);
        return SeeOther(EditorRoutes.Edit(id));
    }

    /// <summary>Text posted after the session expired, back after signing in: saved as a draft at once if it still can be.</summary>
    private async Task<IActionResult> RecoverAsync(int? id, string token, CancellationToken cancellationToken)
    {
        var recovered = await autosaves.TakeForSignInAsync(token, UserId, cancellationToken);
        if (recovered.Form is not { } form)
        {
            Message = recovered.BelongsToOtherEditor
                ? "That kept text was written by another editor; it stays kept for them."
                : "There was no kept text to bring back: it was already saved, or it is more than 7 days old.";
            return Show(StatusCodes.Status200OK);
        }
        Form = form;
        (Form.ArticleId, Form.EditorId) = (id, UserId);
        var outcome = await editor.RunAsync(EditorCommand.Save, Form, Editor.From(User), null, cancellationToken);
        Message = "You were signed out before your changes were saved. Nothing was lost: your text is below.";
        return await RespondAsync(outcome, outcome.Outcome == EditOutcome.Saved ? "recovered" : outcome.Done, cancellationToken);
    }

    private async Task<IActionResult> RespondAsync(EditResult outcome, string done, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            return SeeOther($"{EditorRoutes.Edit(outcome.ArticleId)}?done={done}");
        }
        if (outcome.Outcome == EditOutcome.NotFound)
        {
            return NotFound();
        }
        if (outcome.Outcome is EditOutcome.Conflict or EditOutcome.Invalid)
        {
            // Kept on the server too, so that leaving this page (or "Take theirs") still offers the text back.
            await autosaves.KeepAsync(Form.ArticleId, UserId, Form, cancellationToken);
        }
        await LoadAsync(outcome.Conflict?.Mine.ArticleId ?? Form.ArticleId, cancellationToken);
        Conflict = outcome.Conflict;
        foreach (var error in Conflict is null ? outcome.Errors ?? [] : []) // a conflict explains itself
        {
            ModelState.AddModelError(error.Field.Length == 0 || error.Field == "PublishAt" ? error.Field : ArticleForm.Prefix + error.Field, error.Message);
        }
        return Show(StatusCodeOf(outcome.Outcome));
    }

    /// <summary>The database refused the write: the page again, with the posted text, saying that nothing was saved.</summary>
    public IActionResult StorageFailed(StorageFault fault, string message)
    {
        ModelState.AddModelError("", message);
        NotSaved = true;
        return Show(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The status of the page shown when a step did not succeed (a success redirects).</summary>
    private static int StatusCodeOf(EditOutcome outcome) => outcome switch
    {
        EditOutcome.Invalid => StatusCodes.Status422UnprocessableEntity,
        EditOutcome.Conflict => StatusCodes.Status409Conflict,
        EditOutcome.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status200OK,
    };

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        State = id is { } articleId ? await articles.FindAsync(articleId, cancellationToken) : null;
        return id is null || State is not null;
    }

    private PageResult Show(int statusCode)
    {
        Preview = markdown.Render(Form.Body ?? "");
        Response.StatusCode = statusCode;
        return Page();
    }

    private StatusCodeResult SeeOther(string url)
    {
        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private ArticleForm NewArticleForm() =>
        new() { Kind = "condition", Reviewed = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
}
