using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Genes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages.Es.Conditions;

/// <summary>/es/conditions/{slug}: an article's Spanish summary, key facts and features, linking to the full English article.</summary>
[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class DetailsModel(IArticleRepository articles) : PageModel
{
    public Article Article { get; private set; } = null!;
    public string SummaryEs { get; private set; } = "";
    public IReadOnlySet<InheritancePattern> Patterns { get; private set; } = new HashSet<InheritancePattern>();

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is null)
        {
            return NotFound(); // a segment of only whitespace binds as no value
        }
        var article = await articles.GetPublishedAsync(slug, cancellationToken);
        if (article is null)
        {
            var current = await articles.FindRedirectAsync(slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent($"/es/conditions/{current}");
        }
        if (article.Metadata.SummaryEs is not { } summaryEs)
        {
            return NotFound(); // no Spanish summary yet: the English article is the page
        }
        (Article, SummaryEs, Patterns) = (article, summaryEs, InheritancePatterns.Of(article.Metadata));
        return Page();
    }
}
