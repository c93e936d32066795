using BoneInfo.Web.Articles;
using BoneInfo.Web.Genes;
using static BoneInfo.Web.Genes.InheritancePattern;

namespace BoneInfo.Tests.Genes;

[Trait("Category", "Unit")]
public sealed class InheritancePatternsTests
{
    public static readonly TheoryData<string?, InheritancePattern[]> Texts = new()
    {
        { "Autosomal recessive or autosomal dominant", [AutosomalRecessive, AutosomalDominant] },
        { "Autosomal dominant (most ADO) or autosomal recessive (some ARO); all known IAO", [AutosomalRecessive, AutosomalDominant] },
        { "X-linked dominant", [XLinkedDominant] },
        { "X-linked recessive (type XVIII)", [XLinkedRecessive] },
        { "Not inherited (somatic, in the tumour); FN1-FGF1 fusion", [] },
        { "Familial risk gene; a variant raises risk but does not always cause disease", [] },
        { null, [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void APatternIsReadFromTheWordsArticlesUse(string? text, InheritancePattern[] expected) =>
        Assert.Equal(expected, InheritancePatterns.Of(text));

    [Fact]
    public void PatternsAreDescribedAsOneSentence()
    {
        Assert.Equal("Autosomal recessive or autosomal dominant", InheritancePatterns.Describe([AutosomalRecessive, AutosomalDominant]));
        Assert.Equal("Autosomal dominant, X-linked recessive or X-linked dominant", InheritancePatterns.Describe([AutosomalDominant, XLinkedRecessive, XLinkedDominant]));
        Assert.Equal("Autosómica recesiva o recesiva ligada al cromosoma X", InheritancePatterns.DescribeInSpanish([AutosomalRecessive, XLinkedRecessive]));
    }

    [Fact]
    public void AnArticleWithGenesTakesThePatternsItsGenesState()
    {
        var metadata = new ArticleMetadata
        {
            Genes = [new GeneInfo("CLCN7", "Autosomal dominant"), new GeneInfo("TCIRG1", "Autosomal recessive")],
            Inheritance = "X-linked dominant in a few families",
        };

        Assert.Equal([AutosomalRecessive, AutosomalDominant], InheritancePatterns.Of(metadata));
    }

    [Theory]
    [InlineData("Autosomal recessive", new[] { AutosomalRecessive })]
    [InlineData("Usually not inherited; rare genetic forms exist, most often X-linked dominant hypophosphataemic rickets", new InheritancePattern[0])]
    public void WithoutGenesTheInheritanceLineCountsUnlessItSaysTheConditionIsNotInherited(string line, InheritancePattern[] expected) =>
        Assert.Equal(expected, InheritancePatterns.Of(new ArticleMetadata { Inheritance = line }));
}
