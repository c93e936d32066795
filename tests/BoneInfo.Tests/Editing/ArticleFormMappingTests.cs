using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Unit")]
public class ArticleFormMappingTests
{
    [Fact]
    public void AnArticleShownInTheFormMapsBackToTheSameContent()
    {
        var content = EditorSite.SampleContent("round-trip");

        var mapped = ArticleFormMapper.Map(ArticleForm.From(content, 1, 3));

        Assert.Empty(mapped.Errors);
        Assert.Equal(ArticleFingerprint.Of(content), ArticleFingerprint.Of(mapped.Content!));
    }

    [Fact]
    public void TheSpanishSummaryHasItsOwnFieldAndSurvivesASave()
    {
        var content = EditorSite.SampleContent("spanish") is var sample
            ? sample with { Metadata = sample.Metadata with { SummaryEs = "Una enfermedad inventada para las pruebas." } }
            : null!;

        var form = ArticleForm.From(content, 1, 1);
        var mapped = ArticleFormMapper.Map(form);

        Assert.Equal("Una enfermedad inventada para las pruebas.", form.SummaryEs);
        Assert.Equal(content.Metadata.SummaryEs, mapped.Content!.Metadata.SummaryEs);
        Assert.Equal(nameof(ArticleForm.SummaryEs), ArticleFormMapper.ErrorFor("summary_es has 90 words; the limit is 80").Field);
    }

    [Fact]
    public void TheStructuredDataBoxUsesTheContentFilesYamlKeys()
    {
        var yaml = ArticleForm.From(EditorSite.SampleContent("yaml-keys"), 1, 1).StructuredData!;

        Assert.StartsWith("codes:\n- system: ORPHA\n  code: \"99999\"\n", yaml.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("references:\n- id: 1\n  authors: Tester A\n", yaml.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WindowsLineEndingsFromABrowserDoNotCountAsAChange()
    {
        var content = EditorSite.SampleContent("line-endings");
        var form = ArticleForm.From(content, 1, 1);
        form.Body = form.Body!.ReplaceLineEndings("\r\n") + "\r\n";
        form.OtherNames = form.OtherNames!.ReplaceLineEndings("\r\n");

        Assert.Equal(ArticleFingerprint.Of(content), ArticleFingerprint.Of(ArticleFormMapper.Map(form).Content!));
    }

    [Theory]
    [InlineData("title is required", "Title")]
    [InlineData("slug 'x' is already used by another article", "Slug")]
    [InlineData("kind 'poem' is not one of: condition, lab-finding", "Kind")]
    [InlineData("summary has 70 words; the limit is 60", "Summary")]
    [InlineData("reviewed 'soon' is not a date in the form YYYY-MM-DD", "Reviewed")]
    [InlineData("references[2]: give a doi, a pmid or a url", "StructuredData")]
    [InlineData("phenotypes[1].label is required", "StructuredData")]
    [InlineData("related: 'Not A Slug' is not a slug", "Related")]
    [InlineData("body cites reference 3, which is not in references", "Body")]
    [InlineData("reference 2 is never cited in the body", "Body")]
    [InlineData("This draft is already in review.", "")]
    public void EachRuleMessageIsFiledUnderTheFieldItIsAbout(string message, string field) =>
        Assert.Equal(field, ArticleFormMapper.ErrorFor(message).Field);

    [Fact]
    public void AKeyTheStructuredDataBoxDoesNotTakeIsNamed()
    {
        var form = ArticleForm.From(EditorSite.SampleContent("unknown-key"), 1, 1);
        form.StructuredData += "title: Pasted by mistake\n";

        var error = Assert.Single(ArticleFormMapper.Map(form).Errors);

        Assert.Equal(("StructuredData", "unknown key 'title': this box takes only codes, genes, phenotypes, labs, references"), (error.Field, error.Message));
    }

    [Fact]
    public void FieldsLongerThanTheirColumnsAreRefused()
    {
        var form = ArticleForm.From(EditorSite.SampleContent("long-title"), 1, 1);
        form.Title = new string('a', 201);

        Assert.Equal([new FieldError("Title", "at most 200 characters")], ArticleFormMapper.Map(form).Errors);
    }

    [Theory]
    [InlineData("Title", "Bone\u0001s")]
    [InlineData("Summary", "A summary\u0085 with a next-line control")]
    [InlineData("Body", "## Overview\n\nText\u0080 [1](#ref-1) [2](#ref-2)")]
    [InlineData("ChangeSummary", "Fixed\uFFFE")]
    [InlineData("StructuredData", "codes:\n  - system: ORPHA\n    code: \"1\u0002\"")]
    public void AnInvisibleControlCharacterIsRefusedUnderItsField(string field, string value)
    {
        var form = ArticleForm.From(EditorSite.SampleContent("controls"), 1, 1);
        typeof(ArticleForm).GetProperty(field)!.SetValue(form, value);

        var error = Assert.Single(ArticleFormMapper.Map(form).Errors, e => e.Message.Contains("invisible character", StringComparison.Ordinal));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void StructuredDataNestedThousandsDeepIsRefusedNotAProcessCrash()
    {
        var form = ArticleForm.From(EditorSite.SampleContent("deep-yaml"), 1, 1);
        form.StructuredData = new string('[', 10_000);

        var error = Assert.Single(ArticleFormMapper.Map(form).Errors);

        Assert.Equal("StructuredData", error.Field);
        Assert.Contains("nested more than 32 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyMarkdownCannotShowIsRefusedUnderTheBody()
    {
        var form = ArticleForm.From(EditorSite.SampleContent("deep-body"), 1, 1);
        form.Body = form.Body + "\n\n" + string.Concat(Enumerable.Repeat("> ", 100));

        Assert.Contains(ArticleFormMapper.Map(form).Errors, e => e.Field == "Body" && e.Message.Contains("levels deep", StringComparison.Ordinal));
    }
}
