using AngleSharp.Dom;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Conditions;

/// <summary>Condition pages draw the inheritance patterns their genes state, as inline SVG with a text alternative and caption.</summary>
[Trait("Category", "Integration")]
public sealed class InheritanceDiagramTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private async Task<IReadOnlyList<IElement>> FiguresAsync(string slug)
    {
        var (_, page) = await app.GetPageAsync($"/conditions/{slug}");
        Assert.Empty(page.QuerySelectorAll("[style]")); // the CSP forbids inline styles
        return page.QuerySelectorAll("#passed-on figure.pedigree").ToList();
    }

    [Theory]
    [InlineData("hypophosphatasia", "pedigree-autosomalrecessive pedigree-autosomaldominant")]
    [InlineData("osteopetrosis", "pedigree-autosomalrecessive pedigree-autosomaldominant")]
    [InlineData("x-linked-hypophosphatemia", "pedigree-xlinkeddominant")]
    [InlineData("camurati-engelmann-disease", "pedigree-autosomaldominant")]
    [InlineData("pycnodysostosis", "pedigree-autosomalrecessive")]
    [InlineData("paget-disease-of-bone", "")]
    [InlineData("tumor-induced-osteomalacia", "")]
    [InlineData("osteomalacia-and-rickets", "")]
    [InlineData("low-alkaline-phosphatase", "")]
    public async Task ThePatternsDrawnAreThoseTheArticleStates(string slug, string expected) =>
        Assert.Equal(expected, string.Join(' ', (await FiguresAsync(slug)).Select(f => f.Id)));

    [Fact]
    public async Task EachDiagramIsAnImageWithATitleADescriptionACaptionAndFourChildren()
    {
        var figures = await FiguresAsync("hypophosphatasia");

        Assert.All(figures, figure =>
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var labels = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => figure.QuerySelector($"#{id}")!).ToList();
            Assert.Equal(["title", "desc"], labels.Select(l => l.LocalName));
            Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.TextContent)));
            Assert.Equal(4, svg.QuerySelectorAll("g.child").Length);
            Assert.Contains("1 in", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal(["Affected", "Carrier", "Carrier", "Not affected"], figures[0].QuerySelectorAll("g.child text").Select(t => t.TextContent));
    }
}
