using System.Globalization;
using System.Text.RegularExpressions;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Web.Content;

/// <summary>Checks front matter against the content schema and maps it to the domain model.</summary>
internal static partial class FrontMatterMapper
{
    public const int MaxSummaryWords = 60;

    /// <summary>Spanish takes about a fifth more words than English to say the same.</summary>
    public const int MaxSummaryEsWords = 80;
    private static readonly string[] CodeSystems = ["ORPHA", "OMIM", "ICD-10", "MONDO"];
    private static readonly string[] FrequencyBands = ["very frequent", "frequent", "occasional", "rare"];
    private static readonly string[] LabDirections = ["low", "high", "normal", "variable"];

    public static ParseResult Map(FrontMatter fm, string body, string expectedSlug)
    {
        var errors = new List<string>();
        var title = Required(fm.Title, "title", errors);
        var slug = Required(fm.Slug, "slug", errors);
        var category = Required(fm.Category, "category", errors);
        var summary = Required(fm.Summary, "summary", errors);

        if (slug.Length > 0 && !SlugPattern().IsMatch(slug))
        {
            errors.Add($"slug '{slug}' may contain only lowercase letters, digits and single hyphens");
        }
        else if (slug.Length > 0 && slug != expectedSlug)
        {
            errors.Add($"slug '{slug}' does not match the file name '{expectedSlug}'");
        }
        var kind = fm.Kind switch
        {
            "condition" => ArticleKind.Condition,
            "lab-finding" => ArticleKind.LabFinding,
            null => Fail<ArticleKind>("kind is required (condition or lab-finding)", errors),
            _ => Fail<ArticleKind>($"kind '{fm.Kind}' is not one of: condition, lab-finding", errors),
        };
        var words = WordCount(summary);
        if (words > MaxSummaryWords)
        {
            errors.Add($"summary has {words} words; the limit is {MaxSummaryWords}");
        }
        if (!DateOnly.TryParseExact(fm.Reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed))
        {
            errors.Add(fm.Reviewed is null ? "reviewed is required (YYYY-MM-DD)" : $"reviewed '{fm.Reviewed}' is not a date in the form YYYY-MM-DD");
        }

        var summaryEs = Trimmed(fm.SummaryEs);
        var wordsEs = summaryEs is null ? 0 : WordCount(summaryEs);
        if (wordsEs > MaxSummaryEsWords)
        {
            errors.Add($"summary_es has {wordsEs} words; the limit is {MaxSummaryEsWords}");
        }

        var metadata = new ArticleMetadata
        {
            SummaryEs = summaryEs,
            OtherNames = Clean(fm.OtherNames),
            Codes = MapCodes(fm.Codes, errors),
            Genes = MapGenes(fm.Genes, errors),
            Inheritance = Trimmed(fm.Inheritance),
            Onset = Trimmed(fm.Onset),
            Prevalence = Trimmed(fm.Prevalence),
            Phenotypes = MapPhenotypes(fm.Phenotypes, errors),
            Labs = MapLabs(fm.Labs, errors),
            Specialists = Clean(fm.Specialists),
            Related = MapRelated(fm.Related, errors),
            References = ReferenceRules.Map(fm.References, errors),
        };
        ReferenceRules.CheckCitations(body, metadata.References, errors);
        TextRules.Check(fm, body, errors);
        if (MarkdownRenderer.Problem(body) is { } unrenderable)
        {
            errors.Add($"body {unrenderable}");
        }

        return errors.Count > 0
            ? new ParseResult(null, errors)
            : new ParseResult(new ArticleContent(slug, title, kind, category, summary, body, reviewed, metadata), []);
    }

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<ClinicalCode> MapCodes(List<CodeYaml>? codes, List<string> errors) =>
        Items(codes).Select((c, i) =>
        {
            var system = c.System?.Trim().ToUpperInvariant() ?? "";
            if (!CodeSystems.Contains(system))
            {
                errors.Add($"codes[{i + 1}]: system '{c.System}' is not one of: {string.Join(", ", CodeSystems)}");
            }
            return new ClinicalCode(system, Required(c.Code, $"codes[{i + 1}].code", errors));
        }).ToList();

    private static List<GeneInfo> MapGenes(List<GeneYaml>? genes, List<string> errors) =>
        Items(genes).Select((g, i) => new GeneInfo(Required(g.Symbol, $"genes[{i + 1}].symbol", errors), Trimmed(g.Inheritance))).ToList();

    private static List<Phenotype> MapPhenotypes(List<PhenotypeYaml>? phenotypes, List<string> errors) =>
        Items(phenotypes).Select((p, i) =>
        {
            var where = $"phenotypes[{i + 1}]";
            var hpo = Trimmed(p.Hpo);
            if (hpo is not null && !HpoPattern().IsMatch(hpo))
            {
                errors.Add($"{where}: HPO id '{hpo}' must look like HP:0000000");
            }
            var frequency = p.Frequency?.Trim().ToLowerInvariant() ?? "";
            if (!FrequencyBands.Contains(frequency))
            {
                errors.Add($"{where}: frequency '{p.Frequency}' is not one of: {string.Join(", ", FrequencyBands)}");
            }
            return new Phenotype(hpo, Required(p.Label, $"{where}.label", errors), Required(p.Plain, $"{where}.plain", errors), frequency);
        }).ToList();

    private static List<LabResult> MapLabs(List<LabYaml>? labs, List<string> errors) =>
        Items(labs).Select((l, i) =>
        {
            var direction = l.Direction?.Trim().ToLowerInvariant() ?? "";
            if (!LabDirections.Contains(direction))
            {
                errors.Add($"labs[{i + 1}]: direction '{l.Direction}' is not one of: {string.Join(", ", LabDirections)}");
            }
            return new LabResult(Required(l.Test, $"labs[{i + 1}].test", errors), direction, Trimmed(l.Note));
        }).ToList();

    private static List<string> MapRelated(List<string>? related, List<string> errors)
    {
        var slugs = Clean(related);
        errors.AddRange(slugs.Where(s => !SlugPattern().IsMatch(s)).Select(s => $"related: '{s}' is not a slug"));
        return slugs;
    }

    internal static string Required(string? value, string name, List<string> errors)
    {
        var trimmed = Trimmed(value);
        if (trimmed is null)
        {
            errors.Add($"{name} is required");
        }
        return trimmed ?? "";
    }

    internal static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static IEnumerable<T> Items<T>(List<T>? items) where T : class => items?.Where(i => i is not null) ?? [];

    private static List<string> Clean(List<string>? values) =>
        Items(values).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    private static T Fail<T>(string error, List<string> errors)
    {
        errors.Add(error);
        return default!;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();

    [GeneratedRegex("^HP:[0-9]{7}$")]
    private static partial Regex HpoPattern();
}
