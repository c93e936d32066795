using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Site;

/// <summary>Absolute addresses on this site, from <c>Site:BaseUrl</c> (or, when it is not set, the request's own).</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor http)
{
    public string BaseUrl =>
        options.Value.BaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : http.HttpContext is { } context ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}" : "";

    /// <summary><paramref name="path"/> (starting with '/') on this site, as an absolute address.</summary>
    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
