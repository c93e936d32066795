namespace BoneInfo.Web.Site;

public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The site's public address, e.g. <c>https://boneinfo.example.org</c>: canonical links, Open Graph, the sitemap,
    /// the feed and the API's links start with it. Empty: the address each request came in on (development).
    /// </summary>
    public string BaseUrl { get; set; } = "";

    public static bool IsValid(SiteOptions options) =>
        options.BaseUrl.Length == 0
        || (Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0);
}
