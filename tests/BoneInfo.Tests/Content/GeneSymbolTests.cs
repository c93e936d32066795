using System.Text.RegularExpressions;

namespace BoneInfo.Tests.Content;

/// <summary>Every gene an article names is in its <c>genes</c> list with an inheritance, under its HGNC symbol.</summary>
[Trait("Category", "Unit")]
public sealed partial class GeneSymbolTests
{
    /// <summary>
    /// Approved HGNC symbols, checked by hand against the HGNC database (genenames.org) for the genes of this
    /// library. A new gene joins this list only after the same check.
    /// </summary>
    public static readonly HashSet<string> HgncSymbols =
    [
        "ALPL", "ANKH", "AP2S1", "BMP1", "CA2", "CASR", "CBFB", "CCDC134", "CDC73", "CDKN1B", "CLCN7", "COL1A1", "COL1A2",
        "CREB3L1", "CRTAP", "CTSK", "CYP24A1", "CYP27B1", "CYP2R1", "DMP1", "ENPP1", "FAM46A", "FGF1", "FGF23", "FGFR1",
        "FKBP10", "FN1", "GJA1", "GNA11", "GNAS", "IFITM5", "ITGB3", "KDELR2", "LRP4", "LRP5", "MBTPS2", "MEN1",
        "MESD", "OSTM1", "P3H1", "PHEX", "PLEKHM1", "PLOD2", "PPIB", "PTH1R", "RET", "RUNX2", "SEC24D", "SERPINF1",
        "SERPINH1", "SLC34A1", "SLC34A3", "SNX10", "SOST", "SP7", "SPARC", "SQSTM1", "STX16", "TAPT1", "TBXAS1",
        "TCIRG1", "TENT5A", "TGFB1", "TMEM38B", "TNFRSF11A", "TNFRSF11B", "TNFSF11", "VDR", "WNT1",
    ];

    /// <summary>Hormones written with their gene's symbol: "the hormone FGF23" names the hormone, not a gene that causes the condition.</summary>
    public static readonly HashSet<string> HormoneNames = ["FGF23"];

    [Fact]
    public void EveryListedGeneIsAnHgncSymbolWithItsInheritance() =>
        Assert.All(ContentLibrary.Articles.Values, article => Assert.All(article.Metadata.Genes, gene =>
        {
            Assert.True(HgncSymbols.Contains(gene.Symbol), $"{article.Slug}: '{gene.Symbol}' is not in the checked HGNC list");
            Assert.False(string.IsNullOrWhiteSpace(gene.Inheritance), $"{article.Slug}: {gene.Symbol} has no inheritance");
        }));

    [Fact]
    public void EveryGeneNamedInTheTextIsInTheArticlesGeneList()
    {
        var missing = ContentLibrary.Articles.Values
            .SelectMany(article => GeneWord().Matches(article.Body).Select(m => m.Value)
                .Where(HgncSymbols.Contains)
                .Where(symbol => !HormoneNames.Contains(symbol))
                .Where(symbol => !article.Metadata.Genes.Any(g => g.Symbol == symbol))
                .Select(symbol => $"{article.Slug} names {symbol} but does not list it in genes"))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void TheScanFindsASymbolInTheText() =>
        Assert.Equal(["ALPL", "CTSK"], GeneWord().Matches("Changes in ALPL (not alpl) and CTSK.").Select(m => m.Value).Where(HgncSymbols.Contains));

    // A symbol is a standalone word of capitals and digits; "MEN1" as the syndrome's short name counts too,
    // since an article that names the syndrome's gene by it should list the gene.
    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Z][A-Z0-9]{1,9}(?![A-Za-z0-9-])")]
    private static partial Regex GeneWord();
}
