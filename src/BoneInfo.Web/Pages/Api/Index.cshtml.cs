using BoneInfo.Web.PublicApi;
using BoneInfo.Web.Search;
using BoneInfo.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Pages.Api;

/// <summary>/api: what the public API offers, for people who write programs.</summary>
public sealed class IndexModel(SiteUrls urls, IOptions<SearchRateLimitOptions> searchLimits) : PageModel
{
    public string BaseUrl => urls.BaseUrl;
    public SearchRateLimitOptions SearchLimits => searchLimits.Value;
    public static int MaxPageSize => ConditionsApi.MaxPageSize;

    public void OnGet()
    {
    }
}
