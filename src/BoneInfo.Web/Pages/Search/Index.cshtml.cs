using BoneInfo.Web.Genes;
using BoneInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace BoneInfo.Web.Pages.Search;

[EnableRateLimiting(SearchSetup.RateLimitPolicy)]
public sealed class IndexModel(SearchService search, GeneIndex genes) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? RawQuery { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Exact { get; set; }

    public string Query { get; private set; } = "";
    public bool WasShortened { get; private set; }
    public SearchResponse? Outcome { get; private set; }

    /// <summary>The gene whose symbol the query is, if any: the page links to it.</summary>
    public Gene? Gene { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = QueryParser.Clean(RawQuery);
        WasShortened = RawQuery is not null && RawQuery.Trim().Length > QueryParser.LimitFor(RawQuery);
        if (Query.Length > 0)
        {
            Outcome = await search.SearchAsync(Query, SearchService.MaxLimit, Exact, cancellationToken);
            Gene = Query.Length <= 20 && !Query.Contains(' ', StringComparison.Ordinal) ? await genes.FindAsync(Query, cancellationToken) : null;
        }
    }
}
