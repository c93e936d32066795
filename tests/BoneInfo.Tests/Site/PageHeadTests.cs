using System.Net;
using AngleSharp.Dom;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Site;

/// <summary>Every public page describes itself: title, description, canonical address, Open Graph and Twitter tags, the feed.</summary>
[Trait("Category", "Integration")]
public sealed class PageHeadTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    public static readonly TheoryData<string> PublicPages =
    [
        "/", "/conditions", "/conditions/hypophosphatasia", "/conditions/low-alkaline-phosphatase", "/glossary",
        "/search", "/symptoms", "/account/signin", "/genes", "/genes/ALPL", "/api", "/es/conditions", "/es/conditions/camurati-engelmann-disease",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task EveryPublicPageHasATitleDescriptionCanonicalLinkAndSocialTags(string path)
    {
        var (response, page) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(" · BoneInfo", Assert.Single(page.QuerySelectorAll("head title")).TextContent, StringComparison.Ordinal);
        var description = Meta(page, "name", "description");
        Assert.InRange(description.Length, 40, 400);
        Assert.Equal(BoneInfoFactory.BaseUrl + path, Assert.Single(page.QuerySelectorAll("link[rel=canonical]")).GetAttribute("href"));
        Assert.Equal(BoneInfoFactory.BaseUrl + path, Meta(page, "property", "og:url"));
        Assert.Equal(description, Meta(page, "property", "og:description"));
        Assert.Equal(description, Meta(page, "name", "twitter:description"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:title")));
        Assert.Equal("summary", Meta(page, "name", "twitter:card"));
        Assert.Equal("/feed.atom", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TitlesAndDescriptionsAreSpecificToEachPage()
    {
        var heads = new List<(string Title, string Description)>();
        foreach (var path in PublicPages)
        {
            var (_, page) = await app.GetPageAsync(path);
            heads.Add((page.Title!, Meta(page, "name", "description")));
        }

        Assert.Equal(heads.Count, heads.Select(h => h.Title).Distinct().Count());
        Assert.Equal(heads.Count, heads.Select(h => h.Description).Distinct().Count());
    }

    [Fact]
    public async Task AConditionPageIsDescribedByItsSummaryAsAnArticle()
    {
        var (_, page) = await app.GetPageAsync("/conditions/hypophosphatasia");

        Assert.Equal(ContentLibrary.Articles["hypophosphatasia"].Summary, Meta(page, "name", "description"));
        Assert.Equal("Hypophosphatasia", Meta(page, "property", "og:title"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
    }

    [Theory]
    [InlineData("/search?q=low+alp")]
    [InlineData("/symptoms?findings=fractures")]
    [InlineData("/conditions/no-such-condition")]
    public async Task ResultAndErrorPagesAreNotIndexedAndClaimNoCanonicalAddress(string path)
    {
        var (_, page) = await app.GetPageAsync(path);

        Assert.Equal("noindex", Meta(page, "name", "robots"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")));
    }

    [Fact]
    public async Task AFilteredListIsCanonicallyTheWholeList()
    {
        var (_, page) = await app.GetPageAsync("/conditions?q=marble");

        Assert.Equal(BoneInfoFactory.BaseUrl + "/conditions", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    private static string Meta(IDocument page, string attribute, string name) =>
        Assert.Single(page.QuerySelectorAll($"head meta[{attribute}='{name}']")).GetAttribute("content") ?? "";
}
