using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages;

[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(IArticleRepository articles) : PageModel
{
    /// <summary>Cards per category; a category with more links to the A–Z list, so the page stays small at any library size.</summary>
    public const int ArticlesPerCategory = 12;
    private const int MaxCategories = 30;

    // Conditions first, lab-result explainers last: that is the order a worried reader looks for them.
    public IReadOnlyList<CategoryPreview> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var previews = await articles.PreviewCategoriesAsync(MaxCategories, ArticlesPerCategory, cancellationToken);
        Categories = previews
            .OrderBy(p => p.Articles.Any(a => a.Kind == ArticleKind.LabFinding))
            .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The id of a category's heading.</summary>
    public static string AnchorOf(string category) =>
        "category-" + string.Concat(category.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
