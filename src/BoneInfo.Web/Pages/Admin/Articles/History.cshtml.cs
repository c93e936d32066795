using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>Every revision of an article, newest first, with compare and restore (restore adds a revision on top).</summary>
public sealed class HistoryModel(EditorialQueries articles, EditorialService editorial) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>The only action posted here is Restore; any other POST is a bad request, not an empty page.</summary>
    public IActionResult OnPost() => BadRequest();

    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, int version, CancellationToken cancellationToken)
    {
        var result = await editorial.RestoreAsync(id, number, version, Editor.From(User), cancellationToken);
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Message = $"Revision {number} was restored as a new draft revision. Submit it for review to publish it.";
                return RedirectToPage(new { id });
            case EditOutcome.NotFound:
                return NotFound();
            default:
                await LoadAsync(id, cancellationToken);
                Message = result.Outcome == EditOutcome.Conflict
                    ? "The article changed while this page was open, so nothing was restored. Here is the current history: try again."
                    : string.Join(" ", result.Errors?.Select(e => e.Message) ?? []);
                Response.StatusCode = result.Outcome == EditOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await articles.HistoryAsync(id, cancellationToken) is not { } history)
        {
            return false;
        }
        (Article, Revisions) = history;
        return true;
    }
}
