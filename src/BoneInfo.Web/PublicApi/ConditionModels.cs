namespace BoneInfo.Web.PublicApi;

/// <summary>GET /api/conditions: one page of the published articles.</summary>
public sealed record ConditionList(int Page, int PageSize, int TotalItems, int TotalPages, IReadOnlyList<ConditionListItem> Items, PageLinks Links);

public sealed record ConditionListItem(string Slug, string Title, string Kind, string Summary, string LastReviewed, string Url, string ApiUrl);

/// <summary>Absolute addresses of neighbouring pages; null where there is none.</summary>
public sealed record PageLinks(string Self, string First, string Last, string? Prev, string? Next);

/// <summary>GET /api/conditions/{slug}: an article's structured data (everything but the Markdown body).</summary>
public sealed record ConditionDetails(
    string Slug,
    string Title,
    string Kind,
    string Category,
    string Url,
    string? SpanishUrl,
    string Summary,
    string? SummaryEs,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<CodeData> Codes,
    IReadOnlyList<GeneData> Genes,
    string? Inheritance,
    string? Onset,
    string? Prevalence,
    IReadOnlyList<PhenotypeData> Phenotypes,
    IReadOnlyList<LabData> Labs,
    IReadOnlyList<string> Specialists,
    IReadOnlyList<ReferenceData> References,
    string LastReviewed,
    string? DateModified,
    string Attribution);

public sealed record CodeData(string System, string Code);

/// <summary>A gene the article lists.</summary>
/// <param name="Symbol">The HGNC symbol, e.g. ALPL.</param>
/// <param name="Name">The HGNC approved name.</param>
/// <param name="Inheritance">What the article says about how changes in this gene are inherited and the forms they cause.</param>
/// <param name="Patterns">Mendelian patterns read from the inheritance text: autosomal-recessive, autosomal-dominant, x-linked-recessive, x-linked-dominant.</param>
/// <param name="Url">The gene's page on BoneInfo.</param>
public sealed record GeneData(string Symbol, string? Name, string? Inheritance, IReadOnlyList<string> Patterns, string Url);

/// <summary>A clinical feature of the condition.</summary>
/// <param name="HpoId">The Human Phenotype Ontology id, e.g. HP:0006323.</param>
/// <param name="Label">The official HPO label when the id is known.</param>
/// <param name="LabelEs">The official Spanish HPO label, where HPO has one.</param>
/// <param name="Plain">BoneInfo's plain-language wording.</param>
/// <param name="Frequency">Orphanet band: very frequent, frequent, occasional or rare.</param>
/// <param name="HpoUrl">The term's page at hpo.jax.org.</param>
public sealed record PhenotypeData(string? HpoId, string Label, string? LabelEs, string Plain, string Frequency, string? HpoUrl);

/// <summary>A typical laboratory result.</summary>
/// <param name="Test">The test, e.g. Alkaline phosphatase (serum).</param>
/// <param name="Direction">low, high, normal or variable.</param>
/// <param name="Note">More about the result.</param>
public sealed record LabData(string Test, string Direction, string? Note);

public sealed record ReferenceData(int Id, string? Authors, string Title, string Source, int? Year, string? Doi, string? Pmid, string? Url);
