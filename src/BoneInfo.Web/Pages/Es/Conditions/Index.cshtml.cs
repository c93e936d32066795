using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages.Es.Conditions;

/// <summary>/es/conditions: the articles that have a Spanish summary, A to Z.</summary>
[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(IArticleRepository articles) : PageModel
{
    public IReadOnlyList<PublishedArticle> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Articles = (await articles.ListPublishedDataAsync(cancellationToken)).Where(a => a.Metadata.SummaryEs is not null).ToList();
}
