using Microsoft.AspNetCore.Http.Features;

namespace BoneInfo.Web.Caching;

/// <summary>
/// Freshness and compression rules by who is asking: anonymous readers of public pages may keep a page a minute
/// and use it stale while revalidating; editors' pages and anything under /admin or /account are never stored.
/// Compression is switched off where a page can hold a secret (an antiforgery token, a signed-in session), so
/// reflected input and a secret are never compressed together (BREACH).
/// </summary>
public sealed class CacheHeaders(RequestDelegate next)
{
    public const string PublicPage = "public, max-age=60, stale-while-revalidate=600";
    public const string Private = "private, no-store";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var privatePage = path.StartsWithSegments("/admin") || path.StartsWithSegments("/account")
            || context.User.Identity?.IsAuthenticated == true;
        if (privatePage && context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }
        context.Response.OnStarting(static state =>
        {
            var (http, isPrivate) = ((HttpContext, bool))state;
            if (isPrivate)
            {
                http.Response.Headers.CacheControl = Private;
            }
            else if (http.Response.StatusCode == StatusCodes.Status200OK && !http.Response.Headers.ContainsKey("Cache-Control")
                && http.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null)
            {
                http.Response.Headers.CacheControl = PublicPage;
            }
            return Task.CompletedTask;
        }, (context, privatePage));
        return next(context);
    }
}

/// <summary>
/// A public page, the same for every anonymous reader: marked cacheable for browsers. Pages carry it with
/// <c>[OutputCache(PolicyName = PublicPageCachePolicy.Name)]</c>, which caches them on the server.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicPageAttribute : Attribute;
