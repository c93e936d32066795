using System.Net;
using AngleSharp.Dom;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Spanish;

/// <summary>/es/conditions/{slug} and /es/conditions: the Spanish summaries, in Spanish, linked both ways with the English pages.</summary>
[Trait("Category", "Integration")]
public sealed class SpanishPagesTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private const string Slug = "camurati-engelmann-disease";

    private static IEnumerable<(string Lang, string Href)> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!));

    [Fact]
    public async Task TheSpanishPageGivesTheTitleTheSpanishSummaryAndTheNoticeInSpanish()
    {
        var (response, page) = await app.GetPageAsync($"/es/conditions/{Slug}");
        var article = ContentLibrary.Articles[Slug];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var h1 = page.QuerySelector("h1")!;
        Assert.Equal((article.Title, "en"), (h1.TextContent, h1.GetAttribute("lang")));
        Assert.Equal(article.Metadata.SummaryEs, page.QuerySelector(".summary p")!.TextContent);
        Assert.Contains("no consejo médico", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Saltar al contenido principal", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Contains("Autosómica dominante", page.QuerySelector("#datos-clave")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItLinksClearlyToTheFullEnglishArticleAndBothPagesNameEachOther()
    {
        var (_, spanish) = await app.GetPageAsync($"/es/conditions/{Slug}");
        var (_, english) = await app.GetPageAsync($"/conditions/{Slug}");
        (string, string)[] expected =
        [
            ("en", $"{BoneInfoFactory.BaseUrl}/conditions/{Slug}"), ("es", $"{BoneInfoFactory.BaseUrl}/es/conditions/{Slug}"), ("x-default", $"{BoneInfoFactory.BaseUrl}/conditions/{Slug}"),
        ];

        var link = spanish.QuerySelector($".full-article a[href='/conditions/{Slug}']")!;
        Assert.Equal(("Leer el artículo completo en inglés", "en"), (link.TextContent, link.GetAttribute("hreflang")));
        Assert.Equal(expected, Alternates(spanish));
        Assert.Equal(expected, Alternates(english));
        Assert.Equal($"/es/conditions/{Slug}", english.QuerySelector(".summary a[hreflang=es]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FeaturesShowTheOfficialSpanishHpoLabelsWithTheirIdsAndTheAttribution()
    {
        var (_, page) = await app.GetPageAsync($"/es/conditions/{Slug}");
        var phenotypes = ContentLibrary.Articles[Slug].Metadata.Phenotypes;

        var rows = page.QuerySelectorAll("#caracteristicas tbody tr");
        Assert.Equal(phenotypes.Count, rows.Length);
        Assert.All(phenotypes.Zip(rows), pair =>
        {
            var term = HpoCoverageTests.Table.Find(pair.First.Hpo)!;
            Assert.Equal(term.LabelEs, pair.Second.QuerySelector(".hpo-label")!.TextContent);
            Assert.Equal(term.Id, pair.Second.QuerySelector(".hpo-id a")!.TextContent);
        });
        Assert.Contains("muy frecuente", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Gargano MA et al.", page.QuerySelector("#caracteristicas .source-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSpanishAToZListsEveryArticleWithASpanishSummary()
    {
        var (response, page) = await app.GetPageAsync("/es/conditions");
        var expected = ContentLibrary.Articles.Values.Where(a => a.Metadata.SummaryEs is not null).OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected.Select(a => $"/es/conditions/{a.Slug}"), page.QuerySelectorAll(".az dt a").Select(a => a.GetAttribute("href")));
        Assert.Equal(expected.Select(a => a.Metadata.SummaryEs), page.QuerySelectorAll(".az dd").Select(dd => dd.TextContent));
        Assert.Contains(("es", BoneInfoFactory.BaseUrl + "/es/conditions"), Alternates(page));
        Assert.Contains("no consejo médico", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/es/conditions/no-such-condition")]
    [InlineData("/es/conditions/%3Cscript%3E")]
    public async Task AnUnknownSlugIsTheNotFoundPage(string path)
    {
        var (response, _) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Trait("Category", "Integration")]
public sealed class ArticlesWithoutASpanishSummaryTests(TestContentFactory app) : IClassFixture<TestContentFactory>
{
    [Fact]
    public async Task HaveNoSpanishPageAndNoLinkToOne()
    {
        var (spanish, _) = await app.GetPageAsync("/es/conditions/sample-condition");
        var (_, english) = await app.GetPageAsync("/conditions/sample-condition");

        Assert.Equal(HttpStatusCode.NotFound, spanish.StatusCode);
        Assert.Empty(english.QuerySelectorAll("link[hreflang], a[hreflang=es]"));
    }
}
