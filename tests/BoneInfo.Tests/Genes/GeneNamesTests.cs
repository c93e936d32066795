using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Genes;

namespace BoneInfo.Tests.Genes;

/// <summary>Every gene an article lists has its HGNC approved name in content/genes.</summary>
[Trait("Category", "Unit")]
public sealed class GeneNamesTests
{
    private static readonly string NamesFile = Path.Combine(RepoPaths.Content, "genes", "hgnc-gene-names.tsv");

    [Fact]
    public void EveryGeneInTheArticlesHasAnApprovedName()
    {
        var names = GeneNames.Load(NamesFile);

        var missing = ContentLibrary.Articles.Values.SelectMany(a => a.Metadata.Genes.Select(g => (a.Slug, g.Symbol)))
            .Where(x => names.Of(x.Symbol) is null)
            .Select(x => $"{x.Slug}: {x.Symbol}");

        Assert.Empty(missing);
    }

    [Fact]
    public void TheFileHasOneSymbolAndNamePerLine()
    {
        var lines = File.ReadAllLines(NamesFile);

        Assert.Equal("symbol\tname", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^[A-Z][A-Z0-9-]*\t\S.*\S$", line));
        Assert.Equal(lines.Length - 1, lines.Skip(1).Select(l => l.Split('\t')[0]).Distinct().Count());
        Assert.Equal("alkaline phosphatase, biomineralization associated", GeneNames.Load(NamesFile).Of("ALPL"));
    }
}
