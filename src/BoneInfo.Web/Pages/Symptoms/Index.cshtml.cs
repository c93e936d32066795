using BoneInfo.Web.Caching;
using BoneInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace BoneInfo.Web.Pages.Symptoms;

/// <summary>
/// Findings in, ranked conditions out. Works as a plain GET form: the findings travel in the address,
/// one per line, so a result can be bookmarked or shared with a colleague.
/// </summary>
[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
[EnableRateLimiting(SearchSetup.RateLimitPolicy)]
public sealed class IndexModel(SearchService search) : PageModel
{
    public const int MaxFindings = 60;

    [BindProperty(SupportsGet = true, Name = "findings")]
    public string? RawFindings { get; set; }

    [BindProperty(SupportsGet = true, Name = "add")]
    public string? Add { get; set; }

    public IReadOnlyList<string> Findings { get; private set; } = [];
    public IReadOnlyList<string> Vocabulary { get; private set; } = [];
    public SearchResponse? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Findings = (RawFindings ?? "").Split(['\n', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Append(Add?.Trim() ?? "")
            .Select(QueryParser.Clean)
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxFindings)
            .ToList();
        Vocabulary = await search.FindingLabelsAsync(cancellationToken);
        if (Findings.Count > 0)
        {
            Outcome = await search.SearchAsync(string.Join('\n', Findings), 10, cancellationToken: cancellationToken);
        }
    }

    public string LinkWithout(string finding) =>
        "/symptoms?findings=" + Uri.EscapeDataString(string.Join('\n', Findings.Where(f => f != finding)));
}
