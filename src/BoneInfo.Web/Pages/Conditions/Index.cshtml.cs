using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages.Conditions;

/// <summary>
/// The A–Z list. A library of up to <see cref="WholeListLimit"/> articles is listed whole, grouped by letter; a larger
/// one shows the letters and the first letter's page (<see cref="LetterModel"/> serves the others). The word filter
/// (q) asks the search index, so no request reads the whole library.
/// </summary>
[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(IArticleRepository articles, ListFilter filter) : PageModel
{
    public const int WholeListLimit = 200;
    public const int FilterLimit = 200;
    private const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? RawQuery { get; set; }

    public string? Query { get; private set; }
    public IReadOnlyList<ArticleListItem> Articles { get; private set; } = [];
    public IReadOnlyList<string> Letters { get; private set; } = [];

    /// <summary>Set when the library is too large to list whole: the first letter's first page.</summary>
    public LetterPage? FirstLetter { get; private set; }

    /// <summary>More than <see cref="FilterLimit"/> articles match the filter; the first of them are shown.</summary>
    public bool MoreMatches { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Normalize(RawQuery);
        if (Query is not null)
        {
            var slugs = await filter.MatchingSlugsAsync(Query, FilterLimit + 1, cancellationToken);
            MoreMatches = slugs.Count > FilterLimit;
            Articles = slugs.Count == 0 ? [] : await articles.ListPublishedAsync(slugs.Take(FilterLimit).ToList(), cancellationToken);
        }
        else if (await articles.CountPublishedAsync(WholeListLimit + 1, cancellationToken) <= WholeListLimit)
        {
            Articles = await articles.ListAToZAsync(WholeListLimit, cancellationToken);
            Letters = Articles.Select(a => a.Initial).Distinct().ToList();
        }
        else
        {
            Letters = await articles.ListInitialsAsync(cancellationToken);
            FirstLetter = await LetterPage.LoadAsync(articles, Letters[0], 1, cancellationToken);
        }
    }

    private static string? Normalize(string? query)
    {
        var trimmed = query?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
    }
}
