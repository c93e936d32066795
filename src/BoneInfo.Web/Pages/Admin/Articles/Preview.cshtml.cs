using BoneInfo.Web.Markdown;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>
/// The live preview: POST the edit form, get back the body as HTML from the same Markdown pipeline as the public
/// page (raw HTML off, unsafe URLs dropped). Antiforgery-checked like every post; 401 when not signed in.
/// </summary>
public sealed class PreviewModel(MarkdownRenderer markdown) : PageModel
{
    [BindProperty(Name = "Form.Body")]
    public string? Body { get; set; }

    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public ContentResult OnPost() => Content(markdown.Render(Body ?? "").Html, "text/html; charset=utf-8");
}
