using BoneInfo.Web.Accounts;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>
/// The editor's script posts the whole form here every 30 seconds while the text changes. It replaces the
/// editor's previous copy for the article and never makes a revision.
/// </summary>
public sealed class AutosaveModel(AutosaveStore autosaves) : PageModel
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
}
