using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Hpo;

namespace BoneInfo.Web.StructuredData;

/// <summary>
/// schema.org JSON-LD for an article page: a MedicalWebPage (url, dates, language) whose mainEntity is a
/// MedicalCondition, or for a lab-finding page a MedicalSign with the test that finds it (docs/architecture.md
/// says why). The JSON escapes &lt;, &gt; and &amp;, so it can sit in a script element whatever the content says.
/// </summary>
public static partial class MedicalJsonLd
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="article">A published article.</param>
    /// <param name="url">The page's absolute address.</param>
    /// <param name="treatmentUrl">The absolute address of the page's treatment section, if it has one.</param>
    /// <param name="hpo">The official HPO labels, for the signs' names.</param>
    public static string For(Article article, string url, string? treatmentUrl, HpoTerms hpo)
    {
        var m = article.Metadata;
        var entity = article.Kind == ArticleKind.LabFinding ? Sign(article) : Condition(article, url, treatmentUrl, hpo);
        entity["@id"] = url + "#about";
        entity["name"] = article.Title;
        if (m.OtherNames.Count > 0)
        {
            entity["alternateName"] = Array(m.OtherNames.Select(n => (JsonNode)n));
        }
        entity["description"] = article.Summary;
        entity["url"] = url;
        if (Specialties.Of(m.Specialists) is { Count: > 0 } specialties)
        {
            entity["relevantSpecialty"] = Array(specialties.Select(s => (JsonNode)s));
        }
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = article.Title,
            ["description"] = article.Summary,
            ["inLanguage"] = "en-GB",
            ["lastReviewed"] = article.ReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["mainEntity"] = entity,
        };
        if (article.PublishedAt is { } modified)
        {
            page["dateModified"] = DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        return page.ToJsonString(Json);
    }

    private static JsonObject Condition(Article article, string url, string? treatmentUrl, HpoTerms hpo)
    {
        var m = article.Metadata;
        var condition = new JsonObject { ["@type"] = "MedicalCondition" };
        if (m.Codes.Count > 0)
        {
            condition["code"] = Array(m.Codes.Select(c => (JsonNode)Code(c.Code, c.System)));
        }
        if (m.Phenotypes.Count > 0)
        {
            condition["signOrSymptom"] = Array(m.Phenotypes.Select(p =>
            {
                var sign = new JsonObject { ["@type"] = "MedicalSignOrSymptom", ["name"] = hpo.Find(p.Hpo)?.Label ?? p.Label };
                if (p.Hpo is not null)
                {
                    sign["code"] = Code(p.Hpo, "HPO");
                }
                return (JsonNode)sign;
            }));
        }
        if (treatmentUrl is not null)
        {
            // Treatments are described in the page's prose, not as data: point to that section.
            condition["possibleTreatment"] = Array([new JsonObject
            {
                ["@type"] = "MedicalTherapy", ["name"] = $"Treatment and management of {article.Title}", ["url"] = treatmentUrl,
            }]);
        }
        if (m.Labs.Count > 0)
        {
            condition["typicalTest"] = Array(m.Labs.Select(l => (JsonNode)new JsonObject { ["@type"] = "MedicalTest", ["name"] = l.Test }));
        }
        if (m.Prevalence is not null)
        {
            condition["epidemiology"] = WithoutCitations(m.Prevalence);
        }
        condition["associatedAnatomy"] = new JsonObject { ["@type"] = "AnatomicalSystem", ["name"] = "Skeletal system" };
        return condition;
    }

    private static JsonObject Sign(Article article)
    {
        var sign = new JsonObject { ["@type"] = "MedicalSign" };
        var tests = article.Metadata.Labs.Where(l => l.Direction is "low" or "high").ToList();
        if (tests.Count > 0)
        {
            sign["identifyingTest"] = Array(tests.Select(l => (JsonNode)new JsonObject { ["@type"] = "MedicalTest", ["name"] = l.Test }));
        }
        return sign;
    }

    private static JsonObject Code(string code, string system) => new() { ["@type"] = "MedicalCode", ["code"] = code, ["codingSystem"] = system };

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    private static string WithoutCitations(string text) => CitationPattern().Replace(text, "").Trim();

    [GeneratedRegex(@"\s*\[[0-9]{1,4}\](\(#ref-[0-9]{1,4}\))?")]
    private static partial Regex CitationPattern();
}
