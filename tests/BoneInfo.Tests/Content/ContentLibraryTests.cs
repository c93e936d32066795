using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Tests.Content;

/// <summary>The articles in content/ meet the content format and link only to things that exist.</summary>
public class ContentLibraryTests
{
    private static readonly string[] LibrarySlugs =
    [
        "hypophosphatasia", "osteopetrosis", "low-alkaline-phosphatase", "high-alkaline-phosphatase",
        "paget-disease-of-bone", "osteomalacia-and-rickets", "hyperparathyroidism", "x-linked-hypophosphatemia",
    ];

    [Theory]
    [MemberData(nameof(ContentLibrary.FileNames), MemberType = typeof(ContentLibrary))]
    public void EveryArticleFileParsesAndPassesTheSchema(string fileName)
    {
        var path = Path.Combine(Infrastructure.RepoPaths.Content, fileName);

        var result = ContentFileParser.Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(fileName));

        Assert.True(result.Succeeded, $"{fileName}: {string.Join("; ", result.Errors)}");
    }

    [Fact]
    public void TheWholeLibraryIsThere() =>
        Assert.All(LibrarySlugs, slug => Assert.True(ContentLibrary.Articles.ContainsKey(slug), $"missing article '{slug}'"));

    [Fact]
    public void RelatedArticlesExist() =>
        Assert.All(ContentLibrary.Articles.Values, article =>
            Assert.All(article.Metadata.Related, slug =>
                Assert.True(ContentLibrary.Articles.ContainsKey(slug), $"{article.Slug}: related '{slug}' is not an article")));

    [Fact]
    public void EveryInternalLinkResolvesToAnArticleHeadingOrGlossaryTerm()
    {
        var glossaryIds = ContentLibrary.GlossaryTerms.Select(t => t.Heading.Id).ToHashSet();
        var broken = new List<string>();
        foreach (var article in ContentLibrary.Articles.Values)
        {
            foreach (var href in ContentLibrary.LinksIn(article).Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                if (!Resolves(article, href, glossaryIds))
                {
                    broken.Add($"{article.Slug}: {href}");
                }
            }
        }
        Assert.Empty(broken);
    }

    private static bool Resolves(ArticleContent article, string href, HashSet<string> glossaryIds)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (href, null) : (href[..hash], href[(hash + 1)..]);
        if (path.Length == 0)
        {
            return fragment is not null && ContentLibrary.AnchorsOf(article).Contains(fragment);
        }
        if (path == "/glossary")
        {
            return fragment is null || glossaryIds.Contains(fragment);
        }
        const string prefix = "/conditions/";
        return path.StartsWith(prefix, StringComparison.Ordinal)
            && ContentLibrary.Articles.TryGetValue(path[prefix.Length..], out var target)
            && (fragment is null || ContentLibrary.AnchorsOf(target).Contains(fragment));
    }

    [Fact]
    public void EverySummaryReadsAtGradeEightOrBelow() =>
        Assert.All(ContentLibrary.Articles.Values, article =>
        {
            var grade = Readability.FleschKincaidGrade(article.Summary);
            Assert.True(grade <= Readability.MaxSummaryGrade, $"{article.Slug}: summary reads at grade {grade:0.0}");
        });

    [Fact]
    public void LabFindingArticlesExplainCausesInAComparisonTable()
    {
        var labFindings = ContentLibrary.Articles.Values.Where(a => a.Kind == ArticleKind.LabFinding).ToList();

        Assert.Equal(["high-alkaline-phosphatase", "low-alkaline-phosphatase"], labFindings.Select(a => a.Slug).Order());
        Assert.All(labFindings, a => Assert.NotEmpty(ContentLibrary.TablesHeaders(a)));
        Assert.Contains("Cause | Why ALP rises | Clues", ContentLibrary.TablesHeaders(ContentLibrary.Articles["high-alkaline-phosphatase"]));
    }

    [Fact]
    public void TheGlossaryDefinesAtLeastTwentyFiveTermsInOneOrTwoSentences()
    {
        var terms = ContentLibrary.GlossaryTerms;

        Assert.True(terms.Count >= 25, $"only {terms.Count} glossary terms");
        Assert.All(terms, t =>
        {
            var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(t.Html).Body!.TextContent.Trim();
            var sentences = System.Text.RegularExpressions.Regex.Count(text, @"[.!?](\s|$)");
            Assert.True(sentences is >= 1 and <= 2, $"glossary '{t.Heading.Text}' has {sentences} sentences");
        });
    }
}
