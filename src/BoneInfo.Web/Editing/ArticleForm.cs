using System.Globalization;
using System.Text.Json;
using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Editing;

/// <summary>
/// The edit page's fields exactly as the editor typed them. Kept as text so that nothing typed is ever lost,
/// valid or not; <see cref="ArticleFormMapper"/> turns it into content with the content-file rules.
/// </summary>
public sealed class ArticleForm
{
    /// <summary>The field-name prefix on the page (<c>Form.Title</c>): the page binds this class as <c>Form</c>.</summary>
    public const string Prefix = "Form.";

    public int? ArticleId { get; set; }

    /// <summary>The article version the form was loaded from: a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>Who the form was made for; lets an expired session's post be checked against its antiforgery token.</summary>
    public int? EditorId { get; set; }

    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Kind { get; set; }
    public string? Category { get; set; }
    public string? Summary { get; set; }

    /// <summary>The Spanish summary (front matter <c>summary_es</c>).</summary>
    public string? SummaryEs { get; set; }

    /// <summary>One per line.</summary>
    public string? OtherNames { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? Reviewed { get; set; }

    public string? Inheritance { get; set; }
    public string? Onset { get; set; }
    public string? Prevalence { get; set; }

    /// <summary>One per line.</summary>
    public string? Specialists { get; set; }

    /// <summary>Slugs, one per line.</summary>
    public string? Related { get; set; }

    /// <summary>codes, genes, phenotypes, labs and references, in the content files' YAML.</summary>
    public string? StructuredData { get; set; }

    public string? ChangeSummary { get; set; }

    /// <summary>The Markdown body.</summary>
    public string? Body { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ArticleForm From(ArticleContent content, int? articleId, int version) => new()
    {
        ArticleId = articleId,
        Version = version,
        Title = content.Title,
        Slug = content.Slug,
        Kind = content.Kind == ArticleKind.LabFinding ? "lab-finding" : "condition",
        Category = content.Category,
        Summary = content.Summary,
        SummaryEs = content.Metadata.SummaryEs,
        OtherNames = Lines(content.Metadata.OtherNames),
        Reviewed = content.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Inheritance = content.Metadata.Inheritance,
        Onset = content.Metadata.Onset,
        Prevalence = content.Metadata.Prevalence,
        Specialists = Lines(content.Metadata.Specialists),
        Related = Lines(content.Metadata.Related),
        StructuredData = StructuredYaml.Write(content.Metadata),
        Body = content.Body,
    };

    /// <summary>Reads the fields from a posted form (names <c>Form.Title</c> …), for code that runs before model binding.</summary>
    public static ArticleForm FromFields(Func<string, string?> field)
    {
        var form = new ArticleForm();
        foreach (var property in typeof(ArticleForm).GetProperties().Where(p => p.CanWrite))
        {
            var raw = field(Prefix + property.Name);
            if (property.PropertyType == typeof(string))
            {
                property.SetValue(form, raw);
            }
            else if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                property.SetValue(form, number);
            }
        }
        return form;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArticleForm FromJson(string json) => JsonSerializer.Deserialize<ArticleForm>(json, Json) ?? new ArticleForm();

    /// <summary>Every field as one text, for showing what differs between two versions of the form.</summary>
    public string ToComparableText() => string.Join("\n",
        $"Title: {Title}", $"Slug: {Slug}", $"Kind: {Kind}", $"Category: {Category}", $"Summary: {Summary}", $"Spanish summary: {SummaryEs}",
        $"Reviewed: {Reviewed}", $"Other names: {OtherNames}", $"Inheritance: {Inheritance}", $"Onset: {Onset}",
        $"Prevalence: {Prevalence}", $"Specialists: {Specialists}", $"Related: {Related}",
        "Structured data:", StructuredData?.TrimEnd() ?? "", "Markdown:", Body ?? "");

    private static string Lines(IEnumerable<string> values) => string.Join("\n", values);
}
