using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Tests.Content;

/// <summary>Writing an article as a content file and parsing it back gives the same article.</summary>
[Trait("Category", "Unit")]
public class ContentFileWriterTests
{
    [Theory]
    [MemberData(nameof(ContentLibrary.FileNames), MemberType = typeof(ContentLibrary))]
    public void EveryLibraryArticleSurvivesWritingAndParsingBackUnchanged(string fileName)
    {
        var original = ContentLibrary.Articles[Path.GetFileNameWithoutExtension(fileName)];

        var reparsed = ContentFileParser.Parse(ContentFileWriter.Write(original), original.Slug);

        Assert.True(reparsed.Succeeded, string.Join("; ", reparsed.Errors));
        Assert.Equal(ArticleFingerprint.Of(original), ArticleFingerprint.Of(reparsed.Content!));
    }

    [Fact]
    public void ValuesThatLookLikeOtherYamlTypesOrSyntaxStayText()
    {
        var tricky = new ArticleContent(
            "tricky-values", "Null: a \"quoted\" #title", ArticleKind.LabFinding, "yes", "- true? 'no' & 1e3: ~ [1] {x}",
            "## Overview\n\n---\n\nA rule above; a citation [1](#ref-1).\n\n---", new DateOnly(2024, 2, 29),
            new ArticleMetadata
            {
                OtherNames = ["null", "~", "123", "2024-01-01", "@at", "*star", "%percent", "`tick`", "tab\there"],
                Codes = [new ClinicalCode("OMIM", "000123")],
                Genes = [new GeneInfo("ALPL", null)],
                Prevalence = "About 1 in 20,000 [1]",
                Phenotypes = [new Phenotype("HP:0002757", "Fractures: recurrent", "Bones break — often", "very frequent")],
                Labs = [new LabResult("ALP", "low", "Below 40 U/L; see: note")],
                References = [new Reference(1, "Smith J, O'Brien K", "Title: with colon", "Journal 1:2", 2009, "10.1/x", "0123", null)],
            });

        var reparsed = ContentFileParser.Parse(ContentFileWriter.Write(tricky), tricky.Slug);

        Assert.True(reparsed.Succeeded, string.Join("; ", reparsed.Errors));
        Assert.Equal(ArticleFingerprint.Of(tricky), ArticleFingerprint.Of(reparsed.Content!));
    }

    [Fact]
    public void TheFileStartsWithFrontMatterInTheDocumentedKeyOrder()
    {
        var text = ContentFileWriter.Write(ContentLibrary.Articles["hypophosphatasia"]);

        Assert.StartsWith("---\ntitle: Hypophosphatasia\nslug: hypophosphatasia\nkind: condition\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\nreviewed: ", StringComparison.Ordinal) < text.IndexOf("\nreferences:", StringComparison.Ordinal));
        Assert.Equal("hypophosphatasia.md", ContentFileWriter.FileName(ContentLibrary.Articles["hypophosphatasia"]));
    }
}
