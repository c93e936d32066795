using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Conditions;

/// <summary>Condition pages show each phenotype's HPO id, linked, with the official label and the HPO attribution.</summary>
[Trait("Category", "Integration")]
public sealed class HpoOnConditionPagesTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task EachFeatureWithAnIdShowsTheOfficialLabelAndLinksToTheTerm()
    {
        var (_, page) = await app.GetPageAsync("/conditions/camurati-engelmann-disease");
        var phenotypes = ContentLibrary.Articles["camurati-engelmann-disease"].Metadata.Phenotypes;

        var rows = page.QuerySelectorAll("#features tbody tr");
        Assert.Equal(phenotypes.Count, rows.Length);
        Assert.All(phenotypes.Zip(rows), pair =>
        {
            var (phenotype, row) = pair;
            var link = row.QuerySelector("a[href^='https://hpo.jax.org/browse/term/']")!;
            Assert.Equal(phenotype.Hpo, link.TextContent);
            Assert.Equal($"https://hpo.jax.org/browse/term/{Uri.EscapeDataString(phenotype.Hpo!)}", link.GetAttribute("href"));
            Assert.Equal(HpoCoverageTests.Table.Find(phenotype.Hpo)!.Label, row.QuerySelector("td.hpo-label")!.TextContent);
        });
    }

    [Fact]
    public async Task TheHpoAttributionIsShownUnderTheFeatures()
    {
        var (_, page) = await app.GetPageAsync("/conditions/camurati-engelmann-disease");

        var note = page.QuerySelector("#features .source-note")!;
        Assert.Contains("Gargano MA et al. The Human Phenotype Ontology in 2024", note.TextContent, StringComparison.Ordinal);
        Assert.NotNull(note.QuerySelector("a[href='https://hpo.jax.org/license']"));
    }

    [Fact]
    public async Task ARowWithoutAnIdSaysSoWithoutAnAriaLabelOnASpan()
    {
        var (_, page) = await app.GetPageAsync("/conditions/hypophosphatasia");

        // The Nu checker rejects aria-label on an element with no role (span, div); nothing on the page has one.
        Assert.Empty(page.QuerySelectorAll("span[aria-label]:not([role]), div[aria-label]:not([role])"));
    }
}
