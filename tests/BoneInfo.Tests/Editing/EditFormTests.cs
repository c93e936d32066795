using System.Net;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class EditFormTests(EditorSite site) : IClassFixture<EditorSite>
{
    private static Dictionary<string, string> Change(params (string Field, string Value)[] changes) =>
        changes.ToDictionary(c => "Form." + c.Field, c => c.Value);

    [Fact]
    public async Task TheEditPageShowsTheFrontMatterAsLabelledFieldsAndTheBodyInATextareaLabelledMarkdown()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "labelled-fields");

        var page = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id));

        var labels = page.QuerySelectorAll("form.editor label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Subset(labels.ToHashSet(), new HashSet<string>
        {
            "Title", "Slug", "Kind", "Category", "Summary", "Reviewed (date of the last medical review)", "Other names (one per line)",
            "Inheritance", "Onset", "Prevalence", "Specialists (one per line)", "Related articles (slugs, one per line)",
            "Structured data (YAML)", "Markdown", "Change summary",
        });
        var markdown = page.QuerySelectorAll("label").Single(l => l.TextContent == "Markdown");
        Assert.Equal("textarea", page.GetElementById(markdown.GetAttribute("for")!)!.LocalName);
        Assert.Contains("Bones in this condition are tested thoroughly", EditorSite.FieldValue(page, "Body"), StringComparison.Ordinal);
        Assert.Contains("references:", EditorSite.FieldValue(page, "StructuredData"), StringComparison.Ordinal);
        Assert.Equal((await site.ArticleAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AWriterSeesSaveAndSubmitButtonsButNoPublishButton()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "writer-buttons");

        var page = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id));

        var buttons = page.QuerySelectorAll("form.editor button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Preview", "Save draft", "Submit for review"], buttons);
    }

    [Fact]
    public async Task AReviewerCanPublishSomeoneElsesRevisionButIsToldWhyNotTheirOwn()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var theirs = await EditorSite.NewArticleAsync(writer, "someone-elses");
        var own = await EditorSite.NewArticleAsync(reviewer, "reviewers-own");

        var othersPage = await EditorSite.GetPageAsync(reviewer, EditorRoutes.Edit(theirs));
        var ownPage = await EditorSite.GetPageAsync(reviewer, EditorRoutes.Edit(own));

        Assert.False(othersPage.QuerySelector("button[value=publish]")!.HasAttribute("disabled"));
        Assert.Null(othersPage.QuerySelector("#own-revision"));
        Assert.True(ownPage.QuerySelector("button[value=publish]")!.HasAttribute("disabled"));
        Assert.Contains("cannot publish this revision because you wrote it", ownPage.QuerySelector("#own-revision")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidFieldsAreShownNextToTheirFieldsWithTheEditorsTextKept()
    {
        const string body = "## Overview\n\nMy careful new wording [1](#ref-1) and [2](#ref-2).";

        var (id, page) = await site.RefusedSaveAsync("invalid-fields",
            Change(("Title", ""), ("Slug", "Not A Slug"), ("Body", body), ("StructuredData", "references:\n  - id: 1\n    title: Only a title\n")));

        Assert.Equal("Title is required", EditorSite.ErrorFor(page, "Title"));
        Assert.Contains("may contain only lowercase letters", EditorSite.ErrorFor(page, "Slug"), StringComparison.Ordinal);
        Assert.Contains("References[1]: give a doi, a pmid or a url", EditorSite.ErrorFor(page, "StructuredData"), StringComparison.Ordinal);
        Assert.Contains("Body cites reference 2", EditorSite.ErrorFor(page, "Body"), StringComparison.Ordinal);
        Assert.Equal(body, EditorSite.FieldValue(page, "Body")!.ReplaceLineEndings("\n"));
        Assert.Equal("Not A Slug", EditorSite.FieldValue(page, "Slug"));
        Assert.Equal("true", page.QuerySelector("#Form_Slug")!.GetAttribute("aria-invalid"));
        Assert.Single(await site.RevisionsAsync(id));
    }

    [Fact]
    public async Task YamlThatDoesNotParseIsAnErrorOnTheStructuredDataField()
    {
        var (_, page) = await site.RefusedSaveAsync("broken-yaml", Change(("StructuredData", "codes:\n  - system: ORPHA\n    code: : 1\n")));

        Assert.StartsWith("Not valid YAML at line 3", EditorSite.ErrorFor(page, "StructuredData"), StringComparison.Ordinal);
        Assert.Null(EditorSite.ErrorFor(page, "Body")); // no echo of "reference 1 is never cited" from the unread lists
    }

    [Fact]
    public async Task ASlugAnotherArticleUsesIsAnErrorOnTheSlugField()
    {
        var (_, page) = await site.RefusedSaveAsync("wants-a-taken-slug", Change(("Slug", "sample-condition")));

        Assert.Equal("Slug 'sample-condition' is already used by another article", EditorSite.ErrorFor(page, "Slug"));
        Assert.Equal("sample-condition", EditorSite.FieldValue(page, "Slug"));
    }

    [Fact]
    public async Task SavingMakesARevisionWithItsSummaryAndSubmittingPutsItInReview()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "save-then-submit");

        var saved = await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id),
            Change(("Body", "## Overview\n\nReworded [1](#ref-1)[2](#ref-2)."), ("ChangeSummary", "Reworded the overview")), "save");
        var submitted = await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), [], "submit");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal($"/admin/articles/{id}/edit?done=submitted", submitted.Headers.Location!.OriginalString);
        var revisions = await site.RevisionsAsync(id);
        Assert.Equal(["", "Reworded the overview"], revisions.Select(r => r.ChangeSummary));
        Assert.Equal(ReviewState.InReview, (await site.ArticleAsync(id)).ReviewState);
        var page = await EditorSite.GetPageAsync(writer, submitted.Headers.Location.OriginalString);
        Assert.Contains("Submitted for review", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingWithoutChangesMakesNoNewRevision()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "nothing-changed");

        var response = await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), [], "save");

        Assert.EndsWith("?done=unchanged", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Single(await site.RevisionsAsync(id));
    }

    [Fact]
    public async Task ThePreviewButtonWorksWithoutScriptAndKeepsEverythingTyped()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "no-script-preview");

        var response = await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id),
            Change(("Title", "A title being typed"), ("Body", "## Fresh heading\n\nSome **bold** words.")), "preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorSite.ReadAsync(response);
        Assert.Equal("<strong>bold</strong>", page.QuerySelector("#preview-body strong")!.OuterHtml);
        Assert.Equal("fresh-heading", page.QuerySelector("#preview-body h2")!.Id);
        Assert.Equal("A title being typed", EditorSite.FieldValue(page, "Title"));
        Assert.Single(await site.RevisionsAsync(id));
    }

    [Fact]
    public async Task ANewArticleIsSavedAsADraftAndOpensInTheEditor()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);

        var id = await EditorSite.NewArticleAsync(writer, "brand-new");

        var article = await site.ArticleAsync(id);
        Assert.Equal((ArticleStatus.Draft, ReviewState.Draft, "writer"), (article.Status, article.ReviewState, article.LastEditorName));
        var page = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id) + "?done=saved");
        Assert.Equal("Edit: Sample brand-new", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Draft", page.QuerySelector(".status-line strong")!.TextContent, StringComparison.Ordinal);
    }
}
