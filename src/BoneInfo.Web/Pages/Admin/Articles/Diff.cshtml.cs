using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>The changes between any two revisions of an article: front matter and body, side by side.</summary>
public sealed class DiffModel(EditorialQueries articles) : PageModel
{
    public int ArticleId { get; private set; }
    public string Title { get; private set; } = "";
    public ArticleRevision From { get; private set; } = null!;
    public ArticleRevision To { get; private set; } = null!;
    public IReadOnlyList<DiffRow> Rows { get; private set; } = [];

    /// <summary>A read-only page: without this, Razor Pages would render it for a POST with no model.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(int id, int from, int to, CancellationToken cancellationToken)
    {
        if (await articles.RevisionPairAsync(id, from, to, cancellationToken) is not var (before, after))
        {
            return NotFound();
        }
        (ArticleId, Title, From, To) = (id, after.Title, before, after);
        Rows = RevisionDiff.Build(Comparable(before), Comparable(after));
        return Page();
    }

    /// <summary>The revision as one text: the fields a reader sees, then the structured data, then the body.</summary>
    public static string Comparable(ArticleRevision r) => string.Join('\n',
        $"Title: {r.Title}", $"Slug: {r.Slug}", $"Kind: {r.Kind}", $"Category: {r.Category}", $"Summary: {r.Summary}",
        $"Reviewed: {r.ReviewedOn:yyyy-MM-dd}",
        System.Text.Json.JsonSerializer.Serialize(r.Metadata, IndentedJson),
        "", r.Body);

    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };
}
