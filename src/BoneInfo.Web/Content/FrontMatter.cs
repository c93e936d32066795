using YamlDotNet.Serialization;

namespace BoneInfo.Web.Content;

/// <summary>The YAML front matter exactly as written in a content file (see docs/content-format.md).</summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Kind { get; set; }
    public string? Category { get; set; }
    public string? Summary { get; set; }

    [YamlMember(Alias = "summary_es", ApplyNamingConventions = false)]
    public string? SummaryEs { get; set; }

    public List<string>? OtherNames { get; set; }
    public List<CodeYaml>? Codes { get; set; }
    public List<GeneYaml>? Genes { get; set; }
    public string? Inheritance { get; set; }
    public string? Onset { get; set; }
    public string? Prevalence { get; set; }
    public List<PhenotypeYaml>? Phenotypes { get; set; }
    public List<LabYaml>? Labs { get; set; }
    public List<string>? Specialists { get; set; }
    public List<string>? Related { get; set; }
    public string? Reviewed { get; set; }
    public List<ReferenceYaml>? References { get; set; }
}

internal sealed class CodeYaml
{
    public string? System { get; set; }
    public string? Code { get; set; }
}

internal sealed class GeneYaml
{
    public string? Symbol { get; set; }
    public string? Inheritance { get; set; }
}

internal sealed class PhenotypeYaml
{
    public string? Hpo { get; set; }
    public string? Label { get; set; }
    public string? Plain { get; set; }
    public string? Frequency { get; set; }
}

internal sealed class LabYaml
{
    public string? Test { get; set; }
    public string? Direction { get; set; }
    public string? Note { get; set; }
}

internal sealed class ReferenceYaml
{
    public int? Id { get; set; }
    public string? Authors { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public int? Year { get; set; }
    public string? Doi { get; set; }
    public string? Pmid { get; set; }
    public string? Url { get; set; }
}
