using Bogus;

namespace BoneInfo.Benchmarks.Synthetic;

/// <summary>The fixed clinical lists articles draw from: ~200 phenotype labels (from the .tsv files), labs, genes, surnames.</summary>
internal sealed class ClinicalCatalog
{
    private const int SyntheticGeneCount = 5_000;
    private const int SurnameCount = 600;
    private static readonly string[] PhenotypeFiles = ["phenotypes-skeletal.tsv", "phenotypes-systemic.tsv"];

    public ClinicalCatalog(Faker faker)
    {
        Phenotypes = PhenotypeFiles
            .SelectMany(name => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Synthetic", name)))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (Label: parts[0], Plain: parts[1]))
            .ToArray();
        // A realistic gene universe: the real bone genes plus a few thousand made-up symbols (letters, then a digit).
        Genes = Vocabulary.RealGenes
            .Concat(Enumerable.Range(0, SyntheticGeneCount).Select(_ => faker.Random.Replace("???#")))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Surnames = Enumerable.Range(0, SurnameCount * 3).Select(_ => faker.Name.LastName())
            .Distinct(StringComparer.Ordinal).Take(SurnameCount).ToArray();
        LoremWords = faker.Lorem.Words(3_000).Distinct(StringComparer.Ordinal).ToArray();
    }

    public (string Label, string Plain)[] Phenotypes { get; }

    public string[] Genes { get; }

    public string[] Surnames { get; }

    public string[] LoremWords { get; }
}
