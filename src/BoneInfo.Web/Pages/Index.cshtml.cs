using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages;

[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(IArticleRepository articles) : PageModel
{
    // Conditions first, lab-result explainers last: that is the order a worried reader looks for them.
    public IReadOnlyList<CategoryGroup> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var published = await articles.ListPublishedAsync(cancellationToken);
        Categories = published
            .GroupBy(a => a.Category)
            .OrderBy(g => g.Any(a => a.Kind == ArticleKind.LabFinding))
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CategoryGroup(g.Key, g.ToList()))
            .ToList();
    }

    public sealed record CategoryGroup(string Name, IReadOnlyList<ArticleListItem> Articles)
    {
        public string Id => "category-" + string.Concat(Name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'));
    }
}
