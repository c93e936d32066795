using System.Text.Json;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Hpo;
using BoneInfo.Web.StructuredData;

namespace BoneInfo.Tests.StructuredData;

[Trait("Category", "Unit")]
public sealed class JsonLdTests
{
    [Fact]
    public void ContentThatLooksLikeMarkupCannotCloseTheScriptElement()
    {
        const string hostile = "Bones </script><script>alert(1)</script> & <!-- more";
        var article = Article.FromContent(new ArticleContent(
            "x", hostile, ArticleKind.Condition, "C", hostile, "Body", new DateOnly(2026, 1, 1), new ArticleMetadata { OtherNames = ["Añadido"] }), DateTime.UtcNow);

        var json = MedicalJsonLd.For(article, "https://boneinfo.test/conditions/x", null, HpoTerms.Empty);

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.Contains("Añadido", json, StringComparison.Ordinal); // readable, not \u-escaped
        Assert.Equal(hostile, JsonDocument.Parse(json).RootElement.GetProperty("mainEntity").GetProperty("description").GetString());
    }

    [Fact]
    public void CareTeamsBecomeSchemaOrgSpecialtiesAndUnknownOnesAreLeftOut() =>
        Assert.Equal(
            ["https://schema.org/Dentistry", "https://schema.org/Endocrine", "https://schema.org/Genetic", "https://schema.org/Surgical"],
            Specialties.Of(["Endocrinologist or metabolic bone specialist", "Clinical geneticist", "Dentist or oral surgeon", "Ophthalmologist", "Orthopaedic surgeon"]));
}
