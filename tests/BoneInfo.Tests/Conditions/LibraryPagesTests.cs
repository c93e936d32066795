using System.Net;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Conditions;

/// <summary>Real articles from content/ render their structured clinical data; the glossary lists its terms.</summary>
[Trait("Category", "Integration")]
public sealed class LibraryPagesTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task HypophosphatasiaShowsItsGeneCodesFeaturesLabsAndReferences()
    {
        var (response, page) = await app.GetPageAsync("/conditions/hypophosphatasia");
        var expected = ContentLibrary.Articles["hypophosphatasia"].Metadata;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ALPL", page.QuerySelector("#key-facts .gene")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#key-facts a[href^='https://omim.org/entry/']"), a => a.TextContent == "146300");
        Assert.Contains("Inheritance", page.QuerySelectorAll("#key-facts dt").Select(dt => dt.TextContent));
        Assert.Equal(expected.Phenotypes.Count, page.QuerySelectorAll("#features tbody tr").Length);
        Assert.Equal(
            ["Feature", "In plain words", "How often", "HPO id"],
            page.QuerySelectorAll("#features thead th").Select(th => th.TextContent));
        Assert.Contains(page.QuerySelectorAll("#lab-tests tbody tr"), tr => tr.TextContent.Contains("low", StringComparison.Ordinal));
        var references = page.QuerySelectorAll("#references li");
        Assert.Equal(expected.References.Count, references.Length);
        Assert.All(references, li => Assert.Matches("^https?://", li.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task OsteopetrosisListsItsGenesAndLinksToRelatedConditions()
    {
        var (_, page) = await app.GetPageAsync("/conditions/osteopetrosis");

        var genes = page.QuerySelectorAll("#key-facts .gene").Select(g => g.TextContent).ToList();
        Assert.Contains("CLCN7", genes);
        Assert.Contains("TCIRG1", genes);
        Assert.Contains("Marble bone disease", page.QuerySelector(".aka")!.TextContent, StringComparison.OrdinalIgnoreCase);
        var related = page.QuerySelectorAll("#related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/conditions/paget-disease-of-bone", related);
        Assert.Contains("Last reviewed", page.QuerySelector(".reviewed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHighAlpPageShowsItsComparisonTable()
    {
        var (_, page) = await app.GetPageAsync("/conditions/high-alkaline-phosphatase");

        var table = page.QuerySelectorAll(".article-body table")
            .Single(t => t.QuerySelectorAll("thead th").Select(th => th.TextContent).SequenceEqual(["Cause", "Why ALP rises", "Clues"]));
        var causes = table.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Contains(causes, c => c.Contains("Paget", StringComparison.Ordinal));
        Assert.Contains(causes, c => c.Contains("hyperparathyroidism", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Understanding a test result", page.QuerySelector(".kind")!.TextContent);
    }

    [Fact]
    public async Task TheGlossaryListsEveryTermWithAnAnchorArticlesLinkTo()
    {
        var (response, page) = await app.GetPageAsync("/glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var terms = page.QuerySelectorAll("dl.glossary dt");
        Assert.Equal(ContentLibrary.GlossaryTerms.Count, terms.Length);
        Assert.Contains(terms, dt => dt.Id == "osteoclast" && dt.TextContent == "Osteoclast");
        Assert.All(page.QuerySelectorAll("dl.glossary dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
        Assert.NotNull(page.QuerySelector("nav a[href='/glossary']"));
    }
}
