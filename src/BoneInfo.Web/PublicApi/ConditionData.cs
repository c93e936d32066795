using System.Globalization;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Genes;
using BoneInfo.Web.Hpo;
using BoneInfo.Web.Site;

namespace BoneInfo.Web.PublicApi;

/// <summary>Builds the API's shapes from published articles.</summary>
public sealed class ConditionData(HpoTerms hpo, GeneNames geneNames, SiteUrls urls)
{
    public const string Attribution =
        "Phenotype ids and labels are from the Human Phenotype Ontology (https://hpo.jax.org), free to use with attribution " +
        "(https://hpo.jax.org/license): " + HpoTerms.Citation;

    public static string KindName(ArticleKind kind) => kind == ArticleKind.LabFinding ? "lab-finding" : "condition";

    public ConditionListItem ListItem(PublishedArticle a) =>
        new(a.Slug, a.Title, KindName(a.Kind), a.Summary, Date(a.ReviewedOn), urls.Absolute($"/conditions/{a.Slug}"), urls.Absolute($"/api/conditions/{a.Slug}"));

    public ConditionDetails Details(Article article)
    {
        var m = article.Metadata;
        return new ConditionDetails(
            article.Slug,
            article.Title,
            KindName(article.Kind),
            article.Category,
            urls.Absolute($"/conditions/{article.Slug}"),
            m.SummaryEs is null ? null : urls.Absolute($"/es/conditions/{article.Slug}"),
            article.Summary,
            m.SummaryEs,
            m.OtherNames,
            [.. m.Codes.Select(c => new CodeData(c.System, c.Code))],
            [.. m.Genes.Select(g => new GeneData(g.Symbol, geneNames.Of(g.Symbol), g.Inheritance,
                [.. InheritancePatterns.Of(g.Inheritance).Select(PatternName)], urls.Absolute($"/genes/{g.Symbol}")))],
            m.Inheritance,
            m.Onset,
            m.Prevalence,
            [.. m.Phenotypes.Select(p => hpo.Find(p.Hpo) is { } term
                ? new PhenotypeData(term.Id, term.Label, term.LabelEs, p.Plain, p.Frequency, HpoTerms.TermUrl(term.Id))
                : new PhenotypeData(p.Hpo, p.Label, null, p.Plain, p.Frequency, null))],
            [.. m.Labs.Select(l => new LabData(l.Test, l.Direction, l.Note))],
            m.Specialists,
            [.. m.References.Select(r => new ReferenceData(r.Id, r.Authors, r.Title, r.Source, r.Year, r.Doi, r.Pmid, r.Url))],
            Date(article.ReviewedOn),
            article.PublishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null,
            Attribution);
    }

    private static string PatternName(InheritancePattern pattern) => pattern switch
    {
        InheritancePattern.AutosomalRecessive => "autosomal-recessive",
        InheritancePattern.AutosomalDominant => "autosomal-dominant",
        InheritancePattern.XLinkedRecessive => "x-linked-recessive",
        _ => "x-linked-dominant",
    };

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
