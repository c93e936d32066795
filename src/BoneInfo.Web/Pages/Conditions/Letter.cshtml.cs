using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages.Conditions;

/// <summary>The articles under one letter of the A–Z list, fifty to a page (<see cref="LetterPage.Size"/>). Unknown letters and pages are not found.</summary>
[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class LetterModel(IArticleRepository articles) : PageModel
{
    public LetterPage Listing { get; private set; } = null!;
    public IReadOnlyList<string> Letters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string letter, CancellationToken cancellationToken)
    {
        // "page" is read from the query string by hand: Razor Pages keeps a route value of that name for itself.
        if (ArticleInitials.FromAddress(letter) is not { } initial || LetterPage.NumberFrom(Request.Query["page"]) is not { } number
            || await LetterPage.LoadAsync(articles, initial, number, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        Listing = page;
        Letters = await articles.ListInitialsAsync(cancellationToken);
        return Page();
    }
}
