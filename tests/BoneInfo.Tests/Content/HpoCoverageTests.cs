using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Hpo;

namespace BoneInfo.Tests.Content;

/// <summary>
/// Every phenotype in content/ names its HPO term: an id that the HPO table has, and as its label the table's
/// official English label (our own wording goes in <c>plain</c>). The table is the repository's copy in content/hpo.
/// </summary>
[Trait("Category", "Unit")]
public sealed class HpoCoverageTests
{
    public static HpoTerms Table { get; } = HpoTerms.Load(Path.Combine(RepoPaths.Content, "hpo", "hpo-labels-en-es.tsv"));

    [Fact]
    public void EveryPhenotypeHasAnHpoIdInTheTableAndItsOfficialLabel()
    {
        var problems = ContentLibrary.Articles.Values
            .SelectMany(article => article.Metadata.Phenotypes.Select(p => Problem(p.Hpo, p.Label) is { } problem ? $"{article.Slug}: {problem}" : null))
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} phenotypes break the HPO rule:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData(null, "Rickets", "'Rickets' has no HPO id")]
    [InlineData("HP:9999999", "Rickets", "HP:9999999 ('Rickets') is not in the HPO table")]
    [InlineData("HP:0002757", "Fractures that recur", "HP:0002757 is labelled 'Fractures that recur'; the official label is 'Recurrent fractures'")]
    [InlineData("HP:0002757", "Recurrent fractures", null)]
    public void TheRuleCatchesAMissingIdAnUnknownIdAndAnUnofficialLabel(string? id, string label, string? expected) =>
        Assert.Equal(expected, Problem(id, label));

    [Fact]
    public void TheTableIsTheWholeHpoExportWithSpanishLabels()
    {
        var term = Table.Find("hp:0006323")!;

        Assert.Equal(19_932, Table.Count);
        Assert.Equal(("HP:0006323", "Premature loss of primary teeth", "Pérdida prematura de los dientes de leche"), (term.Id, term.Label, term.LabelEs));
    }

    [Fact]
    public void TheAppReadsItsOwnCopyNotTheSharedFolder()
    {
        var path = new HpoOptions().ResolvedPath;

        Assert.StartsWith(AppContext.BaseDirectory, path, StringComparison.Ordinal);
        Assert.True(File.Exists(path), $"the build does not carry {path}");
        Assert.Contains("hpo.jax.org/license", File.ReadAllText(Path.Combine(RepoPaths.Content, "hpo", "README.md")), StringComparison.Ordinal);
    }

    private static string? Problem(string? id, string label) =>
        id is null ? $"'{label}' has no HPO id"
        : Table.Find(id) is not { } term ? $"{id} ('{label}') is not in the HPO table"
        : term.Label != label ? $"{id} is labelled '{label}'; the official label is '{term.Label}'"
        : null;
}
