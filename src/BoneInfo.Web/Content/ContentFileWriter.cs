using System.Globalization;
using BoneInfo.Web.Articles;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BoneInfo.Web.Content;

/// <summary>
/// The inverse of <see cref="ContentFileParser"/>: writes an article as a content file (YAML front matter, then the
/// Markdown body) that parses back to an equal <see cref="ArticleContent"/>. Keys follow docs/content-format.md.
/// </summary>
public static class ContentFileWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithQuotingNecessaryStrings()
        .WithIndentedSequences()
        .Build();

    public static string FileName(ArticleContent content) => content.Slug + ".md";

    public static string Write(ArticleContent content)
    {
        var yaml = Yaml.Serialize(ToFrontMatter(content)).ReplaceLineEndings("\n");
        return $"---\n{yaml}---\n\n{content.Body.ReplaceLineEndings("\n").Trim('\n')}\n";
    }

    private static FrontMatter ToFrontMatter(ArticleContent content)
    {
        var m = content.Metadata;
        return new FrontMatter
        {
            Title = content.Title,
            Slug = content.Slug,
            Kind = content.Kind == ArticleKind.LabFinding ? "lab-finding" : "condition",
            Category = content.Category,
            Summary = content.Summary,
            SummaryEs = m.SummaryEs,
            OtherNames = [.. m.OtherNames],
            Codes = [.. m.Codes.Select(c => new CodeYaml { System = c.System, Code = c.Code })],
            Genes = [.. m.Genes.Select(g => new GeneYaml { Symbol = g.Symbol, Inheritance = g.Inheritance })],
            Inheritance = m.Inheritance,
            Onset = m.Onset,
            Prevalence = m.Prevalence,
            Phenotypes = [.. m.Phenotypes.Select(p => new PhenotypeYaml { Hpo = p.Hpo, Label = p.Label, Plain = p.Plain, Frequency = p.Frequency })],
            Labs = [.. m.Labs.Select(l => new LabYaml { Test = l.Test, Direction = l.Direction, Note = l.Note })],
            Specialists = [.. m.Specialists],
            Related = [.. m.Related],
            Reviewed = content.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            References = [.. m.References.Select(r => new ReferenceYaml
            {
                Id = r.Id, Authors = r.Authors, Title = r.Title, Source = r.Source, Year = r.Year, Doi = r.Doi, Pmid = r.Pmid, Url = r.Url,
            })],
        };
    }
}
