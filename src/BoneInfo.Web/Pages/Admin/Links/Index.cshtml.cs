using BoneInfo.Web.Content;
using BoneInfo.Web.Glossary;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Links;

/// <summary>Internal links in published articles that land nowhere. Any signed-in editor may look.</summary>
public sealed class IndexModel(PublishedContent published, GlossarySource glossary) : PageModel
{
    public IReadOnlyList<BrokenLink> Broken { get; private set; } = [];

    public int ArticleCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = await published.LoadAsync(cancellationToken);
        ArticleCount = articles.Count;
        Broken = LinkChecker.Check(articles, glossary.Terms.Select(t => t.Id).ToHashSet());
    }
}
