using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Tests.Content;

/// <summary>The articles in content/ meet the content format and link only to things that exist.</summary>
[Trait("Category", "Unit")]
public class ContentLibraryTests
{
    private static readonly string[] LibrarySlugs =
    [
        "hypophosphatasia", "osteopetrosis", "low-alkaline-phosphatase", "high-alkaline-phosphatase",
        "paget-disease-of-bone", "osteomalacia-and-rickets", "hyperparathyroidism", "x-linked-hypophosphatemia",
        "pycnodysostosis", "camurati-engelmann-disease", "sclerosteosis-and-van-buchem-disease", "craniometaphyseal-dysplasia",
        "ghosal-hematodiaphyseal-dysplasia", "high-bone-mass-lrp5", "osteogenesis-imperfecta", "cleidocranial-dysplasia",
        "fibrous-dysplasia-and-mccune-albright-syndrome", "tumor-induced-osteomalacia", "pseudohypoparathyroidism",
        "multiple-endocrine-neoplasia-type-1",
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

        var broken = LinkChecker.Check(ContentLibrary.Articles.Values, glossaryIds);

        Assert.Empty(broken.Select(b => $"{b.Slug}: {b.Href} ({b.Problem})"));
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
