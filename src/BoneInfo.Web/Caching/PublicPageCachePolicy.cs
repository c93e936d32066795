using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Caching;

/// <summary>
/// Output caching for public pages: the same bytes for every anonymous reader until an editor publishes again.
/// Signed-in requests are neither served from nor stored in the cache (an editor's page, with its account bar,
/// never reaches a reader), and a response that sets a cookie or is not a 200 is not stored. Entries are tagged
/// with the article they show, so a publish evicts exactly that article and the lists.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "public-page";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true;
        var cacheable = anonymous && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PageCache.Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(PageCache.AllPagesTag);
        if (http.Request.RouteValues.TryGetValue("slug", out var slug) && slug is string s)
        {
            context.Tags.Add(PageCache.ArticleTag(s));
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
