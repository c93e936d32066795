using BoneInfo.Web.Genes;
using static BoneInfo.Web.Genes.GeneStatus;

namespace BoneInfo.Tests.Genes;

[Trait("Category", "Unit")]
public sealed class PedigreesTests
{
    [Theory]
    [InlineData(InheritancePattern.AutosomalRecessive, new[] { Carrier, Carrier }, new[] { Affected, Carrier, Carrier, NotAffected })]
    [InlineData(InheritancePattern.AutosomalDominant, new[] { Affected, NotAffected }, new[] { Affected, Affected, NotAffected, NotAffected })]
    [InlineData(InheritancePattern.XLinkedRecessive, new[] { NotAffected, Carrier }, new[] { Affected, NotAffected, Carrier, NotAffected })]
    [InlineData(InheritancePattern.XLinkedDominant, new[] { NotAffected, Affected }, new[] { Affected, NotAffected, Affected, NotAffected })]
    public void EachPatternShowsTheTextbookFamily(InheritancePattern pattern, GeneStatus[] parents, GeneStatus[] children)
    {
        var pedigree = Pedigrees.For(pattern);

        Assert.Equal(parents, [pedigree.Father.Status, pedigree.Mother.Status]);
        Assert.Equal(children, pedigree.Children.Select(c => c.Status));
    }

    [Fact]
    public void InXLinkedRecessiveOnlySonsAreAffectedAndOnlyDaughtersCarry()
    {
        var children = Pedigrees.For(InheritancePattern.XLinkedRecessive).Children;

        Assert.All(children.Where(c => c.Status == Affected), c => Assert.Equal(Sex.Male, c.Sex));
        Assert.All(children.Where(c => c.Status == Carrier), c => Assert.Equal(Sex.Female, c.Sex));
    }
}
