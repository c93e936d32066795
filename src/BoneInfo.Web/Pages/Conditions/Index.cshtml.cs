using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages.Conditions;

/// <summary>The A–Z list. A simple word filter (q) stands in until full-text search arrives.</summary>
[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(IArticleRepository articles) : PageModel
{
    private const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? RawQuery { get; set; }

    public string? Query { get; private set; }
    public IReadOnlyList<ArticleListItem> Articles { get; private set; } = [];
    public IEnumerable<string> Letters => Articles.Select(a => LetterOf(a.Title)).Distinct();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Normalize(RawQuery);
        var all = await articles.ListPublishedAsync(cancellationToken);
        Articles = Query is null ? all : all.Where(a => Matches(a, Query)).ToList();
    }

    public static string LetterOf(string title) =>
        title.Length > 0 && char.IsLetter(title[0]) ? char.ToUpperInvariant(title[0]).ToString() : "#";

    private static string? Normalize(string? query)
    {
        var trimmed = query?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
    }

    private static bool Matches(ArticleListItem article, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var haystack = string.Join(' ', [article.Title, article.Summary, .. article.OtherNames]);
        return words.All(w => haystack.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
