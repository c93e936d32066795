using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class ConflictTestsOnSqlite(EditorSite site) : ConflictTests<EditorSite>(site);

[Trait("Category", "Integration")]
public sealed class ConflictTestsOnPostgreSql(PostgreSqlEditorSite site) : ConflictTests<PostgreSqlEditorSite>(site), IPostgreSqlTests;

/// <summary>Conflicting saves, on each database provider.</summary>
public abstract class ConflictTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : EditorSite
{
    private const string Theirs = "## Overview\n\nTheir wording of the overview [1](#ref-1)[2](#ref-2).";
    private const string Mine = "## Overview\n\nMy wording of the overview [1](#ref-1)[2](#ref-2).";

    /// <summary>Two editors open the same article; the reviewer saves first; the writer's save is then stale.</summary>
    private async Task<(int Id, HttpClient Writer, HttpResponseMessage Response)> StaleSaveAsync(string slug)
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = await EditorSite.NewArticleAsync(writer, slug);
        var writersForm = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id)));
        await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), new() { ["Form.Body"] = Theirs, ["Form.ChangeSummary"] = "Their change" }, "save");

        writersForm["Form.Body"] = Mine;
        writersForm["Command"] = "save";
        var response = await writer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(writersForm));
        return (id, writer, response);
    }

    [DatabaseFact]
    public async Task AStaleSaveGets409WithBothTextsADiffAndTheThreeChoices()
    {
        var (id, _, response) = await StaleSaveAsync("conflict-page");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await EditorSite.ReadAsync(response);
        Assert.Equal("Someone else saved this article while you were editing", page.QuerySelector(".conflict h2")!.TextContent);
        Assert.Contains("Revision 2 by reviewer", page.QuerySelector(".conflict p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Mine, ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#merge-mine")!).Value.ReplaceLineEndings("\n"));
        Assert.Equal(Theirs, ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#merge-theirs")!).Value.ReplaceLineEndings("\n"));
        Assert.Contains("Their", page.QuerySelector(".diff tr.changed del")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("My", page.QuerySelector(".diff tr.changed ins")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Keep mine", "Save merged text"], page.QuerySelectorAll(".conflict button").Select(b => b.TextContent));
        Assert.Equal(EditorRoutes.Edit(id), page.QuerySelectorAll(".conflict a").Single(a => a.TextContent == "Take theirs").GetAttribute("href"));
        Assert.Equal(2, (await site.RevisionsAsync(id)).Count);
    }

    [DatabaseFact]
    public async Task KeepMineSavesTheEditorsTextAsANewRevisionOnTopOfTheirs()
    {
        var (id, writer, response) = await StaleSaveAsync("keep-mine");
        var page = await EditorSite.ReadAsync(response);

        var kept = await writer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(
            EditorSite.EditorFields(page, "form.choice").Append(new("Command", "save"))));

        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        var revisions = await site.RevisionsAsync(id);
        Assert.Equal([Theirs, Mine], revisions.Skip(1).Select(r => r.Body));
    }

    [DatabaseFact]
    public async Task MergeByHandSavesTheTextAsEdited()
    {
        var (id, writer, response) = await StaleSaveAsync("merge-by-hand");
        var fields = EditorSite.EditorFields(await EditorSite.ReadAsync(response), "form.merge");
        const string merged = "## Overview\n\nOur merged wording of the overview [1](#ref-1)[2](#ref-2).";
        fields["Form.Body"] = merged;
        fields["Command"] = "save";

        var saved = await writer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(merged, (await site.RevisionsAsync(id))[^1].Body);
    }

    [DatabaseFact]
    public async Task TakeTheirsOpensTheirRevisionAndStillOffersTheEditorsTextBack()
    {
        var (id, writer, _) = await StaleSaveAsync("take-theirs");

        var page = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id));
        var restored = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id) + "?restore=server");

        Assert.Equal(Theirs, EditorSite.FieldValue(page, "Body")!.ReplaceLineEndings("\n"));
        Assert.NotNull(page.QuerySelector("#server-copy"));
        Assert.Equal(Mine, EditorSite.FieldValue(restored, "Body")!.ReplaceLineEndings("\n"));
    }

    [DatabaseFact]
    public async Task PublishingAFormLoadedBeforeAnotherSaveIsAConflictNotUnsavedChanges()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = await EditorSite.NewArticleAsync(writer, "publish-stale-form");
        var reviewersForm = EditorSite.EditorFields(await EditorSite.GetPageAsync(reviewer, EditorRoutes.Edit(id)));
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), new() { ["Form.Body"] = Theirs }, "save");

        reviewersForm["Command"] = "publish";
        var response = await reviewer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(reviewersForm));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Someone else saved this article while you were editing", (await EditorSite.ReadAsync(response)).QuerySelector(".conflict h2")!.TextContent);
        Assert.Null((await site.ArticleAsync(id)).PublishedRevisionId);
    }
}
