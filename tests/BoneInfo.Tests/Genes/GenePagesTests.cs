using System.Net;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Genes;

/// <summary>/genes lists every gene the published articles name; /genes/{symbol} says what BoneInfo knows of one.</summary>
[Trait("Category", "Integration")]
public sealed class GenePagesTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task TheIndexListsEveryGeneOfTheArticlesFromAToZ()
    {
        var (response, page) = await app.GetPageAsync("/genes");
        var expected = ContentLibrary.Articles.Values.SelectMany(a => a.Metadata.Genes.Select(g => g.Symbol)).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll(".az dt a").ToList();
        Assert.Equal(expected, links.Select(a => a.TextContent));
        Assert.All(links, a => Assert.Equal("/genes/" + a.TextContent, a.GetAttribute("href")));
        Assert.Contains("alkaline phosphatase, biomineralization associated", page.QuerySelector(".az")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGenePageGivesItsNameInheritanceAndTheArticlesThatNameIt()
    {
        var (response, page) = await app.GetPageAsync("/genes/CLCN7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CLCN7", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("chloride voltage-gated channel 7", page.QuerySelector(".lead")!.TextContent);
        var facts = page.QuerySelector("#key-facts")!.TextContent;
        Assert.Contains("Autosomal recessive or autosomal dominant", facts, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("#conditions tbody tr").Single(tr => tr.QuerySelector("a")!.GetAttribute("href") == "/conditions/osteopetrosis");
        Assert.Equal(ContentLibrary.Articles["osteopetrosis"].Metadata.Genes.Single(g => g.Symbol == "CLCN7").Inheritance, row.QuerySelectorAll("td")[1].TextContent);
        Assert.NotNull(page.QuerySelector("a[href^='https://www.genenames.org/']"));
    }

    [Fact]
    public async Task ConditionPagesLinkTheirGenesToTheGenePages()
    {
        var (_, page) = await app.GetPageAsync("/conditions/hypophosphatasia");

        Assert.Equal("/genes/ALPL", page.QuerySelector("#key-facts a:has(.gene)")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchingForAGeneSymbolLinksToItsPage()
    {
        var (_, page) = await app.GetPageAsync("/search?q=tcirg1");

        Assert.Equal("/genes/TCIRG1", page.QuerySelector(".gene-link a")!.GetAttribute("href"));
        Assert.Equal("/conditions/osteopetrosis", page.QuerySelector(".result h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ASymbolInOtherCaseRedirectsToTheApprovedSpelling()
    {
        var (response, _) = await app.GetPageAsync("/genes/alpl");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/genes/ALPL", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/genes/NOSUCHGENE")]
    [InlineData("/genes/%3Cscript%3E")]
    [InlineData("/genes/a'%20OR%201=1--")]
    [InlineData("/genes/" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("/genes/%20%20")]
    [InlineData("/genes/%0D%0A")]
    public async Task AnUnknownOrOddSymbolIsTheNotFoundPage(string path)
    {
        var (response, page) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }
}
