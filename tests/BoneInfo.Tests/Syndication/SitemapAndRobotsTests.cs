using System.Globalization;
using System.Net;
using System.Xml.Linq;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Syndication;

[Trait("Category", "Integration")]
public sealed class SitemapAndRobotsTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<List<(string Loc, string? LastModified)>> SitemapAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        return document.Root.Elements(Ns + "url").Select(u => (u.Element(Ns + "loc")!.Value, u.Element(Ns + "lastmod")?.Value)).ToList();
    }

    [Fact]
    public async Task TheSitemapListsExactlyThePublishedArticlesWithWhenTheyChanged()
    {
        var entries = await SitemapAsync();

        var articles = entries.Where(e => e.Loc.StartsWith(BoneInfoFactory.BaseUrl + "/conditions/", StringComparison.Ordinal)).ToList();
        Assert.Equal(ContentLibrary.Articles.Keys.Order(), articles.Select(e => e.Loc[(BoneInfoFactory.BaseUrl + "/conditions/").Length..]).Order());
        Assert.All(articles, e => Assert.True(DateTime.TryParse(e.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _), $"{e.Loc}: lastmod '{e.LastModified}'"));
    }

    [Fact]
    public async Task TheSitemapListsTheGlossaryListsGenesAndSpanishPages()
    {
        var entries = await SitemapAsync();
        var locs = entries.Select(e => e.Loc).ToList();

        Assert.All(locs, loc => Assert.StartsWith(BoneInfoFactory.BaseUrl + "/", loc, StringComparison.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        foreach (var path in new[] { "/", "/conditions", "/genes", "/glossary", "/es/conditions", "/genes/ALPL" })
        {
            Assert.NotNull(entries.Single(e => e.Loc == BoneInfoFactory.BaseUrl + path).LastModified);
        }
        var spanish = ContentLibrary.Articles.Values.Where(a => a.Metadata.SummaryEs is not null).Select(a => $"{BoneInfoFactory.BaseUrl}/es/conditions/{a.Slug}");
        Assert.All(spanish, loc => Assert.Contains(loc, locs));
        Assert.DoesNotContain(locs, loc => loc.Contains("/admin", StringComparison.Ordinal) || loc.Contains("/account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RobotsAllowsPublicPagesKeepsCrawlersOutOfAdminAndAccountAndPointsToTheSitemap()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /account", $"Sitemap: {BoneInfoFactory.BaseUrl}/sitemap.xml"], lines);
    }
}
