using System.Text;
using System.Xml.Linq;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using BoneInfo.Web.Genes;
using BoneInfo.Web.Glossary;
using BoneInfo.Web.Site;
using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Syndication;

/// <summary>/sitemap.xml, /robots.txt and /feed.atom: how crawlers and feed readers find BoneInfo's pages and changes.</summary>
public static class SyndicationEndpoints
{
    public static IServiceCollection AddSyndication(this IServiceCollection services) => services.AddScoped<PublishedChanges>();

    public static IEndpointRouteBuilder MapSyndication(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        app.MapGet("/robots.txt", Robots).ExcludeFromDescription();
        app.MapGet("/feed.atom", FeedAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SitemapAsync(
        IArticleRepository articles, GeneIndex genes, IOptions<ContentOptions> content, SiteUrls urls, CancellationToken cancellationToken)
    {
        var published = await articles.ListPublishedDataAsync(cancellationToken);
        var glossary = GlossarySource.FilePath(content.Value);
        var glossaryChanged = File.Exists(glossary) ? File.GetLastWriteTimeUtc(glossary) : (DateTime?)null;
        return Xml(Sitemap.Build(published, genes.From(published), glossaryChanged, urls), "application/xml");
    }

    private static async Task<IResult> FeedAsync(PublishedChanges changes, SiteUrls urls, CancellationToken cancellationToken) =>
        Xml(AtomFeed.Build(await changes.RecentAsync(AtomFeed.Size, cancellationToken), urls), "application/atom+xml");

    private static IResult Robots(SiteUrls urls) => Results.Text(
        $"""
        User-agent: *
        Allow: /
        Disallow: /admin
        Disallow: /account

        Sitemap: {urls.Absolute("/sitemap.xml")}

        """,
        "text/plain", Encoding.UTF8);

    private static IResult Xml(XDocument document, string mediaType) =>
        Results.Text(document.Declaration + "\n" + document.ToString(), mediaType, Encoding.UTF8);
}
