using BoneInfo.Web.Articles;
using BoneInfo.Web.Search;

namespace BoneInfo.Tests.Search;

[Trait("Category", "Unit")]
public class SymptomMatcherTests
{
    private static readonly QueryParser Parser = new(Lexicon.Empty);

    private static ArticleFeature Feature(string label, string plain, string frequency) =>
        new(FeatureLabel.From(new Phenotype(null, label, plain, frequency)), frequency);

    [Fact]
    public void AFeatureTwoFindingsMatchIsListedOnceWithTheWordsOfBoth()
    {
        var plan = new QueryPlan(Parser.Parse("skull, hearing"));
        var features = new[] { Feature("Hearing loss", "Reduced hearing, especially when the skull is affected", "frequent") };

        var (score, matches) = SymptomMatcher.Match(plan, features);

        var match = Assert.Single(matches);
        Assert.Equal("Hearing loss", match.Label);
        Assert.Superset(new HashSet<string> { "skull", "hear" }, match.MatchedStems.ToHashSet());
        Assert.Equal(SymptomMatcher.BandWeight("frequent"), score, 3);
    }

    [Fact]
    public void ALabResultMatchesOnlyAFindingWithItsDirection()
    {
        var lab = new ArticleFeature(FeatureLabel.From(new LabResult("Alkaline phosphatase", "low", "Below the range")), null, "Below the range");

        Assert.Single(SymptomMatcher.Match(new QueryPlan(Parser.Parse("low alkaline phosphatase")), [lab]).Matches);
        Assert.Empty(SymptomMatcher.Match(new QueryPlan(Parser.Parse("high alkaline phosphatase")), [lab]).Matches);
    }
}
