using System.Net;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Search;

[Trait("Category", "Integration")]
public sealed class SearchPageTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task ResultsShowTitleKindSnippetMatchedFindingsAndCount()
    {
        var (response, page) = await app.GetPageAsync("/search?q=bones+look+white+on+x-ray");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector(".result")!;
        Assert.Equal("/conditions/osteopetrosis", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Condition", first.QuerySelector(".tag")!.TextContent);
        Assert.NotEmpty(first.QuerySelectorAll(".snippet mark"));
        Assert.NotNull(first.QuerySelector(".why li mark"));
        Assert.Matches(@"^\d+ results? for", page.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task ACorrectionIsAnnouncedWithALinkToSearchTheOriginalWords()
    {
        var (_, page) = await app.GetPageAsync("/search?q=osteopetrossis");

        var notice = page.QuerySelector(".correction")!;
        Assert.Contains("Showing results for osteopetrosis", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=osteopetrossis&exact=true", notice.QuerySelector("a")!.GetAttribute("href"));

        var (_, exact) = await app.GetPageAsync("/search?q=osteopetrossis&exact=true");
        Assert.Null(exact.QuerySelector(".correction"));
    }

    [Fact]
    public async Task NothingFoundSaysSoAndOffersWaysOn()
    {
        var (response, page) = await app.GetPageAsync("/search?q=qqqqxxxx+zzzzwwww");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing found for “qqqqxxxx zzzzwwww”", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/conditions']"));
    }

    [Fact]
    public async Task ALongSearchIsShortenedWithANotice()
    {
        var (response, page) = await app.GetPageAsync("/search?q=" + string.Join("+", Enumerable.Repeat("bone", 2_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("only its first 500 characters", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSymptomPageRanksConditionsForSeveralFindingsAndExplainsThem()
    {
        var findings = Uri.EscapeDataString("infant\nnot gaining weight\nvomiting\nhigh calcium\nlow ALP");
        var (response, page) = await app.GetPageAsync("/symptoms?findings=" + findings);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector(".result")!;
        Assert.Equal("/conditions/hypophosphatasia", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.True(first.QuerySelectorAll(".why li").Length >= 3);
        Assert.NotEmpty(first.QuerySelectorAll(".apart li"));
        Assert.Equal(5, page.QuerySelectorAll(".chips li").Length);
        Assert.Contains("infant", page.QuerySelector("textarea#findings")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAFindingWithoutJavaScriptKeepsTheEarlierOnes()
    {
        var (_, page) = await app.GetPageAsync("/symptoms?findings=hearing+loss&add=enlarged+skull");

        Assert.Equal(["hearing loss", "enlarged skull"], page.QuerySelectorAll(".chips li").Select(li => li.FirstChild!.TextContent.Trim()));
        Assert.NotEmpty(page.QuerySelectorAll("datalist#finding-vocabulary option"));
        Assert.Contains("/conditions/paget-disease-of-bone", page.QuerySelectorAll(".result h2 a").Take(3).Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task SnippetsAreEscapedAroundTheHighlights()
    {
        await using var fixtures = new TestContentFactory();

        var (_, page) = await fixtures.GetPageAsync("/search?q=alert");

        var snippet = page.QuerySelector(".snippet")!;
        Assert.Empty(snippet.QuerySelectorAll("script, img"));
        Assert.Contains("<script>", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal("alert", snippet.QuerySelector("mark")!.TextContent);
    }
}
