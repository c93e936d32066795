using System.Globalization;
using System.Text.Json;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.StructuredData;

/// <summary>Article pages carry schema.org JSON-LD of the right types with the fields search engines read.</summary>
[Trait("Category", "Integration")]
public sealed class JsonLdPageTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private async Task<JsonElement> JsonLdAsync(string slug)
    {
        var (_, page) = await app.GetPageAsync($"/conditions/{slug}");
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("HEAD", script.ParentElement!.TagName);
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [Fact]
    public async Task AConditionPageIsAMedicalWebPageAboutAMedicalCondition()
    {
        var json = await JsonLdAsync("hypophosphatasia");
        var article = ContentLibrary.Articles["hypophosphatasia"];
        var url = BoneInfoFactory.BaseUrl + "/conditions/hypophosphatasia";

        Assert.Equal(("https://schema.org", "MedicalWebPage", url), (Text(json, "@context"), Text(json, "@type"), Text(json, "url")));
        Assert.Equal(("en-GB", "2026-11-21"), (Text(json, "inLanguage"), Text(json, "lastReviewed")));
        Assert.Equal(article.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text(json, "lastReviewed"));
        Assert.True(DateTime.TryParse(Text(json, "dateModified"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));
        var condition = json.GetProperty("mainEntity");
        Assert.Equal("MedicalCondition", Text(condition, "@type"));
        Assert.Equal(("Hypophosphatasia", article.Summary, url), (Text(condition, "name"), Text(condition, "description"), Text(condition, "url")));
        Assert.Equal(article.Metadata.OtherNames, condition.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
        var codes = condition.GetProperty("code").EnumerateArray().ToList();
        Assert.All(codes, c => Assert.Equal("MedicalCode", Text(c, "@type")));
        Assert.Equal(article.Metadata.Codes.Select(c => (c.System, c.Code)), codes.Select(c => (Text(c, "codingSystem"), Text(c, "code"))));
        var signs = condition.GetProperty("signOrSymptom").EnumerateArray().ToList();
        Assert.Equal(article.Metadata.Phenotypes.Count, signs.Count);
        Assert.All(signs, s => Assert.Equal("MedicalSignOrSymptom", Text(s, "@type")));
        var therapy = Assert.Single(condition.GetProperty("possibleTreatment").EnumerateArray());
        Assert.Equal(("MedicalTherapy", url + "#treatment-and-management"), (Text(therapy, "@type"), Text(therapy, "url")));
        Assert.Contains("https://schema.org/Endocrine", condition.GetProperty("relevantSpecialty").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("AnatomicalSystem", Text(condition.GetProperty("associatedAnatomy"), "@type"));
        Assert.Contains(condition.GetProperty("typicalTest").EnumerateArray(), t => Text(t, "name") == "Alkaline phosphatase (serum)");
    }

    [Fact]
    public async Task SignsCarryTheirHpoIdsAsCodesAndTheOfficialLabelsAsNames()
    {
        var json = await JsonLdAsync("camurati-engelmann-disease");
        var phenotypes = ContentLibrary.Articles["camurati-engelmann-disease"].Metadata.Phenotypes;

        var signs = json.GetProperty("mainEntity").GetProperty("signOrSymptom").EnumerateArray().ToList();
        Assert.Equal(phenotypes.Select(p => p.Hpo), signs.Select(s => Text(s.GetProperty("code"), "code")));
        Assert.All(signs, s => Assert.Equal(("MedicalCode", "HPO"), (Text(s.GetProperty("code"), "@type"), Text(s.GetProperty("code"), "codingSystem"))));
        Assert.Equal(phenotypes.Select(p => HpoCoverageTests.Table.Find(p.Hpo)!.Label), signs.Select(s => Text(s, "name")));
    }

    [Fact]
    public async Task ALabFindingPageIsAboutAMedicalSignAndTheTestThatFindsIt()
    {
        var json = await JsonLdAsync("low-alkaline-phosphatase");

        var sign = json.GetProperty("mainEntity");
        Assert.Equal(("MedicalWebPage", "MedicalSign", "Low alkaline phosphatase"), (Text(json, "@type"), Text(sign, "@type"), Text(sign, "name")));
        var test = Assert.Single(sign.GetProperty("identifyingTest").EnumerateArray());
        Assert.Equal(("MedicalTest", "Alkaline phosphatase (serum)"), (Text(test, "@type"), Text(test, "name")));
        Assert.False(sign.TryGetProperty("signOrSymptom", out _));
    }

    [Theory]
    [MemberData(nameof(ContentLibrary.FileNames), MemberType = typeof(ContentLibrary))]
    public async Task EveryArticlePageHasJsonLdWithANameDescriptionAndUrl(string fileName)
    {
        var slug = Path.GetFileNameWithoutExtension(fileName);

        var entity = (await JsonLdAsync(slug)).GetProperty("mainEntity");

        Assert.Equal(ContentLibrary.Articles[slug].Title, Text(entity, "name"));
        Assert.False(string.IsNullOrWhiteSpace(Text(entity, "description")));
        Assert.Equal($"{BoneInfoFactory.BaseUrl}/conditions/{slug}", Text(entity, "url"));
    }
}
