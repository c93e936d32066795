using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BoneInfo.Web.Editing;

/// <summary>
/// The edit page's "Structured data (YAML)" box: codes, genes, phenotypes, labs and references written with the
/// same keys as a content file's front matter (docs/content-format.md).
/// </summary>
internal static class StructuredYaml
{
    public static readonly string[] Keys = ["codes", "genes", "phenotypes", "labs", "references"];

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithQuotingNecessaryStrings()
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static string Write(ArticleMetadata metadata)
    {
        var data = new Data
        {
            Codes = [.. metadata.Codes.Select(c => new CodeYaml { System = c.System, Code = c.Code })],
            Genes = [.. metadata.Genes.Select(g => new GeneYaml { Symbol = g.Symbol, Inheritance = g.Inheritance })],
            Phenotypes = [.. metadata.Phenotypes.Select(p => new PhenotypeYaml { Hpo = p.Hpo, Label = p.Label, Plain = p.Plain, Frequency = p.Frequency })],
            Labs = [.. metadata.Labs.Select(l => new LabYaml { Test = l.Test, Direction = l.Direction, Note = l.Note })],
            References = [.. metadata.References.Select(r => new ReferenceYaml
            {
                Id = r.Id, Authors = r.Authors, Title = r.Title, Source = r.Source, Year = r.Year, Doi = r.Doi, Pmid = r.Pmid, Url = r.Url,
            })],
        };
        var empty = data.Codes.Count + data.Genes.Count + data.Phenotypes.Count + data.Labs.Count + data.References.Count == 0;
        return empty ? "" : Serializer.Serialize(data);
    }

    /// <summary>
    /// Copies the box's lists onto <paramref name="frontMatter"/>; returns what is wrong with the YAML, if anything
    /// (when it does not parse, nothing is copied).
    /// </summary>
    public static string? ReadInto(string? yaml, FrontMatter frontMatter)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }
        try
        {
            YamlDepth.Check(yaml);
            if (Deserializer.Deserialize<Dictionary<string, object?>>(yaml) is not { } top)
            {
                return null;
            }
            var data = Deserializer.Deserialize<Data>(yaml);
            (frontMatter.Codes, frontMatter.Genes, frontMatter.Phenotypes, frontMatter.Labs, frontMatter.References) =
                (data.Codes, data.Genes, data.Phenotypes, data.Labs, data.References);
            var unknown = top.Keys.Where(k => !Keys.Contains(k)).ToList();
            return unknown.Count == 0 ? null : $"unknown key {string.Join(", ", unknown.Select(k => $"'{k}'"))}: this box takes only {string.Join(", ", Keys)}";
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message is { } inner ? $" ({inner})" : "";
            return $"not valid YAML at line {ex.Start.Line}: {ex.Message}{detail}";
        }
    }

    private sealed class Data
    {
        public List<CodeYaml> Codes { get; set; } = [];
        public List<GeneYaml> Genes { get; set; } = [];
        public List<PhenotypeYaml> Phenotypes { get; set; } = [];
        public List<LabYaml> Labs { get; set; } = [];
        public List<ReferenceYaml> References { get; set; } = [];
    }
}
