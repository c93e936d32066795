using System.Net;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Conditions;

/// <summary>The condition page, on the fixed sample articles in TestContent/.</summary>
[Trait("Category", "Integration")]
public sealed class ConditionPageTests(TestContentFactory app) : IClassFixture<TestContentFactory>
{
    [Fact]
    public async Task ShowsTitleOtherNamesSummaryAndReviewedDate()
    {
        var (response, page) = await app.GetPageAsync("/conditions/sample-condition");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Sample bone condition", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Contains("Test bone disease, TBD", page.QuerySelector(".aka")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A made-up condition used by BoneInfo's tests", page.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-01-15", page.QuerySelector(".reviewed time")!.GetAttribute("datetime"));
        Assert.Contains("15 January 2026", page.QuerySelector(".reviewed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaysItIsEducationalInformationNotMedicalAdvice()
    {
        var (_, page) = await app.GetPageAsync("/conditions/sample-condition");

        Assert.Contains("not medical advice", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableOfContentsLinksToEverySectionOnThePage()
    {
        var (_, page) = await app.GetPageAsync("/conditions/sample-condition");

        var targets = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.Equal(["overview", "symptoms", "bones", "key-facts", "passed-on", "features", "lab-tests", "related", "references"], targets);
        Assert.All(targets, id => Assert.NotNull(page.GetElementById(id)));
    }

    [Fact]
    public async Task ReferencesAreNumberedAndLinkToTheirSources()
    {
        var (_, page) = await app.GetPageAsync("/conditions/sample-condition");

        var items = page.QuerySelectorAll("#references li");
        Assert.Equal(["ref-1", "ref-2"], items.Select(li => li.Id));
        Assert.Equal("https://doi.org/10.1000/test.1", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/second", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("#ref-1", page.QuerySelector(".article-body a[href^='#ref-']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task StructuredDataIsShownInKeyFactsAndTables()
    {
        var (_, page) = await app.GetPageAsync("/conditions/sample-condition");

        var facts = page.QuerySelector("#key-facts")!.TextContent;
        Assert.Contains("ALPL", facts, StringComparison.Ordinal);
        Assert.Contains("Endocrinologist", facts, StringComparison.Ordinal);
        Assert.Equal("https://www.orpha.net/en/disease/detail/99999", page.QuerySelector("#key-facts a[href*='orpha']")!.GetAttribute("href"));
        var row = page.QuerySelectorAll("#features tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Recurrent fractures", "Bones that break easily", "frequent", "HP:0002757"], row);
        Assert.Contains("low", page.QuerySelector("#lab-tests tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/conditions/unsafe-links", page.QuerySelector("#related a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnUnknownSlugIsARealNotFoundPageThatOffersTheAToZList()
    {
        var (response, page) = await app.GetPageAsync("/conditions/no-such-condition");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/conditions']"));
    }

    [Theory]
    [InlineData("/conditions/%F0%9F%A6%B4")]
    [InlineData("/conditions/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/conditions/a'%20OR%201=1--")]
    public async Task OddSlugsAreNotFoundNotErrors(string path)
    {
        var (response, _) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ABrokenContentFileDoesNotStopTheSiteAndIsNotPublished()
    {
        var (home, _) = await app.GetPageAsync("/");
        var (broken, _) = await app.GetPageAsync("/conditions/broken-front-matter");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, broken.StatusCode);
    }
}
