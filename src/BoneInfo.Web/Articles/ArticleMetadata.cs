using System.Text.Json.Serialization;

namespace BoneInfo.Web.Articles;

/// <summary>The structured clinical data of an article (its front matter beyond title and summary).</summary>
public sealed record ArticleMetadata
{
    /// <summary>
    /// The plain-language summary in Spanish (front matter <c>summary_es</c>), for /es/conditions/{slug}. Left out of
    /// the JSON when absent, so the fingerprint of an article without one is what it was before the field existed.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SummaryEs { get; init; }

    public IReadOnlyList<string> OtherNames { get; init; } = [];
    public IReadOnlyList<ClinicalCode> Codes { get; init; } = [];
    public IReadOnlyList<GeneInfo> Genes { get; init; } = [];
    public string? Inheritance { get; init; }
    public string? Onset { get; init; }
    public string? Prevalence { get; init; }
    public IReadOnlyList<Phenotype> Phenotypes { get; init; } = [];
    public IReadOnlyList<LabResult> Labs { get; init; } = [];
    public IReadOnlyList<string> Specialists { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<Reference> References { get; init; } = [];
}

public sealed record ClinicalCode(string System, string Code);

public sealed record GeneInfo(string Symbol, string? Inheritance);

public sealed record Phenotype(string? Hpo, string Label, string Plain, string Frequency);

public sealed record LabResult(string Test, string Direction, string? Note);

public sealed record Reference(int Id, string? Authors, string Title, string Source, int? Year, string? Doi, string? Pmid, string? Url);
