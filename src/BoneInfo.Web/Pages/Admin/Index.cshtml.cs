using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin;

/// <summary>/admin: every article in any state, filtered by status and searched by title (a GET form).</summary>
public sealed class IndexModel(EditorialQueries articles) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label, StatusFilter Filter)> Statuses =
    [
        ("", "Any status", StatusFilter.All),
        ("published", "Published", StatusFilter.Published),
        ("draft", "Draft", StatusFilter.Draft),
        ("in-review", "In review", StatusFilter.InReview),
        ("archived", "Archived", StatusFilter.Archived),
    ];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<ArticleRow> Rows { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Statuses.FirstOrDefault(s => s.Value == (Status ?? ""));
        if (status.Value is null || Query?.Length > 200)
        {
            Problem = status.Value is null
                ? $"There is no status called '{Status}'. Choose one from the list."
                : "Search with at most 200 characters.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            (Status, Query) = (null, null);
        }
        Rows = await articles.ListAsync(status.Filter, Query, cancellationToken);
        return Page();
    }
}
