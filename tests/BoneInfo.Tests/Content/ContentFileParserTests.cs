using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Tests.Content;

[Trait("Category", "Unit")]
public class ContentFileParserTests
{
    private const string GoodFrontMatter = """
        title: Osteopetrosis
        slug: osteopetrosis
        kind: condition
        category: Dense bone disorders
        summary: Bones become too dense because old bone is not cleared away.
        otherNames: [Marble bone disease]
        genes:
          - symbol: CLCN7
            inheritance: autosomal dominant
        phenotypes:
          - hpo: HP:0011001
            label: Increased bone mineral density
            plain: Very dense bones
            frequency: very frequent
        labs:
          - test: Calcium (serum)
            direction: low
        reviewed: 2026-11-21
        references:
          - id: 1
            authors: Stark Z, Savarirayan R
            title: Osteopetrosis
            source: Orphanet J Rare Dis
            year: 2009
            doi: 10.1186/1750-1172-4-5
        """;

    private static string File(string frontMatter, string body = "## Overview\n\nDense bones [1](#ref-1).") =>
        $"---\n{frontMatter}\n---\n{body}\n";

    [Fact]
    public void AGoodFileBecomesAnArticleWithItsStructuredData()
    {
        var result = ContentFileParser.Parse(File(GoodFrontMatter), "osteopetrosis");

        Assert.Empty(result.Errors);
        var content = result.Content!;
        Assert.Equal(("Osteopetrosis", ArticleKind.Condition, new DateOnly(2026, 11, 21)), (content.Title, content.Kind, content.Reviewed));
        Assert.Equal(["Marble bone disease"], content.Metadata.OtherNames);
        Assert.Equal("CLCN7", Assert.Single(content.Metadata.Genes).Symbol);
        Assert.Equal("very frequent", Assert.Single(content.Metadata.Phenotypes).Frequency);
        Assert.Equal("10.1186/1750-1172-4-5", Assert.Single(content.Metadata.References).Doi);
        Assert.StartsWith("## Overview", content.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowsLineEndingsAndAByteOrderMarkAreAccepted()
    {
        var text = "\uFEFF" + File(GoodFrontMatter).Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.True(ContentFileParser.Parse(text, "osteopetrosis").Succeeded);
    }

    [Fact]
    public void UnknownKeysAreIgnoredSoTheFormatCanGrow()
    {
        Assert.True(ContentFileParser.Parse(File(GoodFrontMatter + "\nfutureField: 42"), "osteopetrosis").Succeeded);
    }

    [Theory]
    [InlineData("no front matter at all", "no front matter")]
    [InlineData("---\ntitle: x\n", "not closed")]
    [InlineData("---\n---\nbody", "front matter is empty")]
    [InlineData("---\ntitle: [unclosed\n---\nbody", "not valid YAML at line")]
    [InlineData("---\ntitle: x\nreferences: just text\n---\nbody", "not valid YAML")]
    [InlineData("---\ntitle: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x\n---\nbody", "nested more than 32 levels deep")]
    public void ABrokenFileIsRefusedWithTheReason(string text, string expected)
    {
        var result = ContentFileParser.Parse(text, "x");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title: Osteopetrosis", "", "title is required")]
    [InlineData("slug: osteopetrosis", "slug: Osteo_Petrosis", "may contain only lowercase")]
    [InlineData("slug: osteopetrosis", "slug: marble-bones", "does not match the file name 'osteopetrosis'")]
    [InlineData("kind: condition", "kind: disease", "kind 'disease' is not one of")]
    [InlineData("reviewed: 2026-11-21", "reviewed: 21/11/2026", "is not a date in the form YYYY-MM-DD")]
    [InlineData("frequency: very frequent", "frequency: sometimes", "frequency 'sometimes' is not one of")]
    [InlineData("hpo: HP:0011001", "hpo: HP:11", "must look like HP:0000000")]
    [InlineData("direction: low", "direction: down", "direction 'down' is not one of")]
    [InlineData("- id: 1", "- id: 2", "references are numbered 1, 2, 3")]
    [InlineData("doi: 10.1186/1750-1172-4-5", "", "give a doi, a pmid or a url")]
    [InlineData("title: Osteopetrosis", "title: \"Osteo\\x01petrosis\"", "title contains the invisible character U+0001 (character 6)")]
    [InlineData("otherNames: [Marble bone disease]", "otherNames: [\"Marble\\u0080 bone\"]", "otherNames contains the invisible character U+0080")]
    public void AFieldThatBreaksTheSchemaIsNamedInTheError(string good, string bad, string expected)
    {
        var result = ContentFileParser.Parse(File(GoodFrontMatter.Replace(good, bad, StringComparison.Ordinal)), "osteopetrosis");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ASummaryOverSixtyWordsIsRefused()
    {
        var longSummary = "summary: " + string.Join(' ', Enumerable.Repeat("word", 61));
        var text = File(GoodFrontMatter.Replace("summary: Bones become too dense because old bone is not cleared away.", longSummary, StringComparison.Ordinal));

        Assert.Contains("summary has 61 words; the limit is 60", ContentFileParser.Parse(text, "osteopetrosis").Errors);
    }

    [Fact]
    public void CitingAMissingReferenceOrNeverCitingOneIsRefused()
    {
        var result = ContentFileParser.Parse(File(GoodFrontMatter, "Dense bones [2](#ref-2)."), "osteopetrosis");

        Assert.Contains("body cites reference 2, which is not in references", result.Errors);
        Assert.Contains("reference 1 is never cited in the body", result.Errors);
    }
}
