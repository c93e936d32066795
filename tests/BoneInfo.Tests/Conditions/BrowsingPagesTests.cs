using System.Net;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Conditions;

/// <summary>The home page and the A–Z list, on the real articles in content/.</summary>
[Trait("Category", "Integration")]
public sealed class BrowsingPagesTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task HomeExplainsBoneInfoGroupsConditionsAndHasAWorkingSearchBox()
    {
        var (response, page) = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("Dense bone disorders", page.QuerySelectorAll("section.category h2").Select(h => h.TextContent));
        Assert.NotNull(page.QuerySelector("section.category a[href='/conditions/osteopetrosis']"));
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public async Task PagesHaveLandmarksForScreenReaders()
    {
        var (_, page) = await app.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AToZListsEveryPublishedArticleInTitleOrderWithSummaries()
    {
        var (response, page) = await app.GetPageAsync("/conditions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = page.QuerySelectorAll(".az dt a").Select(a => a.TextContent).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Contains("Osteopetrosis", titles);
        Assert.All(page.QuerySelectorAll(".az dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
    }

    [Fact]
    public async Task TheSearchBoxFiltersTheListByNameOrOtherName()
    {
        var (_, page) = await app.GetPageAsync("/conditions?q=marble%20bone");

        Assert.Equal(["Osteopetrosis"], page.QuerySelectorAll(".az dt a").Select(a => a.TextContent));
        Assert.Contains("1 article matches", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zzzz-nothing")]
    [InlineData("\"unbalanced (quote* AND -OR")]
    [InlineData("%F0%9F%A6%B4%E2%80%AE")]
    public async Task ASearchThatFindsNothingSaysSoAndOffersTheFullList(string q)
    {
        var (response, page) = await app.GetPageAsync("/conditions?q=" + q);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing matched", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVeryLongSearchIsCutNotRefused()
    {
        var (response, page) = await app.GetPageAsync("/conditions?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("h1"));
    }
}
