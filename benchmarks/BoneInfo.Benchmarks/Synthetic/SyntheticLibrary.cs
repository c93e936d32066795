using System.Globalization;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using Bogus;

namespace BoneInfo.Benchmarks.Synthetic;

/// <summary>
/// A library of made-up articles that look like the real ones (Bogus, fixed seed: the same N gives the same
/// articles), plus the real articles from content/ so that real queries have real answers.
/// </summary>
public static class SyntheticLibrary
{
    public const int Seed = 20_261_121;

    /// <summary>The real articles of a content folder, parsed the way the import parses them.</summary>
    public static IReadOnlyList<ArticleContent> RealArticles(string contentFolder) =>
        Directory.EnumerateFiles(contentFolder, "*.md").Order(StringComparer.Ordinal)
            .Select(file => ContentFileParser.Parse(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)))
            .Select(parsed => parsed.Content ?? throw new InvalidDataException(string.Join("; ", parsed.Errors)))
            .ToList();

    /// <summary>Generates <paramref name="count"/> synthetic articles lazily, so 100 000 never sit in memory at once.</summary>
    public static IEnumerable<ArticleContent> Generate(int count)
    {
        var faker = new Faker("en") { Random = new Randomizer(Seed) };
        var catalog = new ClinicalCatalog(faker);
        var prose = new MedicalProse(faker.Random, catalog);
        for (var i = 1; i <= count; i++)
        {
            yield return Article(i, faker.Random, catalog, prose);
        }
    }

    private static ArticleContent Article(int number, Randomizer r, ClinicalCatalog catalog, MedicalProse prose)
    {
        prose.StartArticle();
        var isLabFinding = r.Bool(0.1f);
        var title = isLabFinding ? LabTitle(r) : ConditionTitle(r, catalog);
        var references = Enumerable.Range(1, r.Number(3, 8)).Select(id => Reference(id, r, catalog, prose)).ToList();
        var metadata = new ArticleMetadata
        {
            OtherNames = Enumerable.Range(0, r.Number(2, 4)).Select(_ => OtherName(r, catalog)).Distinct().ToList(),
            Codes = Enumerable.Range(0, r.Number(1, 3)).Select(_ => r.Bool()
                ? new ClinicalCode("OMIM", r.Number(100_000, 699_999).ToString(CultureInfo.InvariantCulture))
                : new ClinicalCode("ORPHA", r.Number(1_000, 999_999).ToString(CultureInfo.InvariantCulture))).ToList(),
            Genes = r.ListItems(r.Bool(0.1f) ? Vocabulary.RealGenes : catalog.Genes, r.Number(1, 3))
                .Select(symbol => new GeneInfo(symbol, r.ArrayElement(Vocabulary.Inheritance))).ToList(),
            Inheritance = r.ArrayElement(Vocabulary.Inheritance),
            Onset = r.ArrayElement(["Infancy", "Childhood", "Adolescence", "Adulthood", "Any age"]),
            Prevalence = $"About 1 in {r.Number(10, 900) * 1000:N0}",
            Phenotypes = r.ListItems(catalog.Phenotypes, r.Number(5, 15))
                .Select(p => new Phenotype(r.Bool(0.3f) ? r.Replace("HP:00#####") : null, p.Label, p.Plain, r.ArrayElement(Vocabulary.FrequencyBands)))
                .ToList(),
            Labs = r.ListItems(Vocabulary.Labs, r.Number(1, 4))
                .Select(test => new LabResult(test, r.ArrayElement(Vocabulary.LabDirections), r.Bool(0.4f) ? prose.Sentence() : null))
                .ToList(),
            Specialists = r.ListItems(Vocabulary.Specialists, r.Number(1, 4)),
            References = references,
        };
        return new ArticleContent(
            Slug(title, number), title, isLabFinding ? ArticleKind.LabFinding : ArticleKind.Condition,
            isLabFinding ? "Lab findings" : r.ArrayElement(Vocabulary.Categories), prose.Summary(),
            prose.Body(references.Count), new DateOnly(2025, 1, 1).AddDays(r.Number(0, 600)), metadata);
    }

    private static string ConditionTitle(Randomizer r, ClinicalCatalog catalog) => r.Number(0, 3) switch
    {
        0 => $"{r.ArrayElement(catalog.Surnames)} syndrome",
        1 => $"{r.ArrayElement(catalog.Surnames)}-{r.ArrayElement(catalog.Surnames)} disease",
        2 => $"{r.ArrayElement(Vocabulary.TitleQualifiers)} {r.ArrayElement(Vocabulary.TitleStructures)} {r.ArrayElement(Vocabulary.TitleNouns)}",
        _ => $"{Capitalise(r.ArrayElement(Vocabulary.TitleStructures))} {r.ArrayElement(Vocabulary.TitleNouns)} type {r.Number(1, 12)}",
    };

    private static string LabTitle(Randomizer r) =>
        $"{r.ArrayElement(["High", "Low"])} {r.ArrayElement(Vocabulary.Labs).Split(" (")[0].ToLowerInvariant()} in {r.ArrayElement(["adults", "children", "infants", "pregnancy", "older people"])}";

    private static string OtherName(Randomizer r, ClinicalCatalog catalog) => r.Number(0, 3) switch
    {
        0 => r.Replace("???"),
        1 => $"{r.ArrayElement(catalog.Surnames)} syndrome",
        2 => $"{r.ArrayElement(Vocabulary.TitleQualifiers)} {r.ArrayElement(Vocabulary.TitleNouns)}",
        _ => $"{r.ArrayElement(Vocabulary.TitleStructures)} {r.ArrayElement(Vocabulary.TitleNouns)} type {r.Number(1, 12)}",
    };

    private static Reference Reference(int id, Randomizer r, ClinicalCatalog catalog, MedicalProse prose) => new(
        id,
        string.Join(", ", Enumerable.Range(0, r.Number(1, 5)).Select(_ => $"{r.ArrayElement(catalog.Surnames)} {r.Replace("?")}")),
        prose.Sentence().TrimEnd('.'),
        r.ArrayElement(Vocabulary.Journals),
        r.Number(1985, 2025),
        r.Bool(0.6f) ? r.Replace("10.####/jbmr.#####") : null,
        r.Bool(0.5f) ? r.Number(10_000_000, 39_999_999).ToString(CultureInfo.InvariantCulture) : null,
        null);

    /// <summary>The title in lowercase words joined by hyphens, then the article's number, so slugs are unique.</summary>
    private static string Slug(string title, int number)
    {
        var words = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $"{string.Join('-', words)}-{number}";
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
