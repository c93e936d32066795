using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Search;

namespace BoneInfo.Tests.Search;

/// <summary>Clinicians paste 10 to 40 HPO labels from a report: the list is taken whole and noise does not sink the answer.</summary>
[Trait("Category", "Integration")]
public sealed class LongFindingListTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private static readonly string[] Noise =
    [
        "Myopia", "Fatigue", "Headache", "Constipation", "Allergic rhinitis", "Anxiety", "Insomnia", "Acne",
        "Gastroesophageal reflux", "Eczema", "Migraine", "Obesity", "Dry skin", "Astigmatism", "Tinnitus",
        "Hypertension", "Asthma", "Hay fever", "Dizziness", "Chronic cough", "Back pain", "Joint hypermobility",
        "Hyperhidrosis", "Snoring", "Nausea", "Abdominal pain", "Recurrent otitis media", "Flat feet",
        "Strabismus", "Irritability",
    ];

    private static readonly string[] HypophosphatasiaFindings =
    [
        "Premature loss of primary teeth", "Low alkaline phosphatase", "Elevated pyridoxal 5'-phosphate", "Chondrocalcinosis",
        "Recurrent fractures", "Bone pain", "Short stature", "Muscle weakness", "Nephrocalcinosis",
    ];

    private static string HypophosphatasiaReport() => string.Join(", ", HypophosphatasiaFindings.Concat(Noise));

    [Fact]
    public async Task AFortyFindingReportIsSearchedWholeAndPutsTheRightDisorderFirst()
    {
        var report = HypophosphatasiaReport();
        Assert.True(report.Length > QueryParser.MaxLength, "the report must be longer than free text may be");
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(report));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("hypophosphatasia", json.GetProperty("results")[0].GetProperty("slug").GetString());
        Assert.True(json.GetProperty("query").GetString()!.Length > QueryParser.MaxLength, "the list was cut like free text");
    }

    [Fact]
    public async Task TheSymptomPageTakesFortyFindingsAndRanksTheRightDisorderFirst()
    {
        var findings = HypophosphatasiaReport().Split(", ");
        Assert.True(findings.Length >= 39);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/symptoms?findings=" + Uri.EscapeDataString(string.Join('\n', findings)));

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(findings.Length, page.QuerySelectorAll(".chips li").Length);
        Assert.Equal("/conditions/hypophosphatasia", page.QuerySelector(".results .result h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FreeTextStaysCappedAndAnOverlongListIsA400Problem()
    {
        using var client = app.CreateClient();
        var list = string.Join(", ", Enumerable.Repeat("Bone pain", 500));

        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(list));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(QueryParser.MaxLength, QueryParser.LimitFor(new string('a', 600)));
    }

    [Fact]
    public void AFindingNoArticleListsCountsForNothingAndARareOneForMoreThanACommonOne()
    {
        Assert.Equal(0, CatalogRanker.Specificity(0, 20));
        Assert.True(CatalogRanker.Specificity(1, 20) > CatalogRanker.Specificity(10, 20));
        Assert.True(CatalogRanker.Specificity(20, 20) > 0);
    }
}
