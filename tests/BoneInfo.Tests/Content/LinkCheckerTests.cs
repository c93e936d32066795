using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Tests.Content;

[Trait("Category", "Unit")]
public class LinkCheckerTests
{
    private static readonly HashSet<string> Glossary = ["osteoclast"];

    private static ArticleContent Article(string slug, string body, int references = 0) =>
        new(slug, slug.ToUpperInvariant(), ArticleKind.Condition, "c", "s", body, new DateOnly(2024, 1, 1), new ArticleMetadata
        {
            References = [.. Enumerable.Range(1, references).Select(i => new Reference(i, null, "t", "s", null, null, null, "https://example.org"))],
        });

    private static List<string> Broken(params ArticleContent[] articles) =>
        LinkChecker.Check(articles, Glossary).Select(b => $"{b.Slug}: {b.Href}: {b.Problem}").ToList();

    [Fact]
    public void LinksToArticlesHeadingsSectionsReferencesAndGlossaryTermsPass() =>
        Assert.Empty(Broken(
            Article("a", "## Diagnosis\n\nSee [b](/conditions/b), [its causes](/conditions/b#causes), [facts](/conditions/b#key-facts), " +
                         "[here](#diagnosis), [1](#ref-1), [cells](/glossary#osteoclast), [search](/symptoms) and [web](https://example.org).", references: 1),
            Article("b", "## Causes\n\nText.")));

    [Fact]
    public void AMissingArticleHeadingOrGlossaryTermIsReportedWithWhatIsWrong() =>
        Assert.Equal(
            [
                "a: /conditions/nowhere: no published article 'nowhere'",
                "a: /conditions/b#treatment: no heading 'treatment' in b",
                "a: #outlook: no heading 'outlook' in this article",
                "a: /glossary#osteoblast: no glossary term 'osteoblast'",
                "a: conditions/b: not a link to an article, a heading or a glossary term",
            ],
            Broken(
                Article("a", "[x](/conditions/nowhere) [y](/conditions/b#treatment) [z](#outlook) [g](/glossary#osteoblast) [r](conditions/b)"),
                Article("b", "## Causes")));

    [Fact]
    public void LinksTheSitePipelineRemovesAreNotReported() =>
        Assert.Empty(Broken(Article("a", "[bad](javascript:alert(1)) and ![img](/conditions/nowhere.png)")));
}
