using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>
/// The editor's script posts the whole form here every 30 seconds while the text changes. It replaces the
/// editor's previous copy for the article and never makes a revision.
/// </summary>
public sealed class AutosaveModel(AutosaveStore autosaves) : PageModel, IAnswersStorageFailure
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(new { error = "The form was incomplete." });
        }
        var userId = User.UserId() ?? throw new InvalidOperationException("Autosave needs a signed-in editor.");
        Form.EditorId = userId;
        var savedAt = await autosaves.KeepAsync(Form.ArticleId, userId, Form, cancellationToken);
        return savedAt is null ? NotFound(new { error = "There is no such article." }) : new JsonResult(new { savedAt });
    }

    /// <summary>The editor's script shows <c>error</c> under the form; the browser's own copy is untouched.</summary>
    public IActionResult StorageFailed(StorageFault fault, string message) =>
        new JsonResult(new { error = $"No copy could be kept on the server just now ({fault.Reason}); this browser still has your text." })
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
        };
}
