using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class PublishingTestsOnSqlite(EditorSite site) : PublishingTests<EditorSite>(site);

[Trait("Category", "Integration")]
public sealed class PublishingTestsOnPostgreSql(PostgreSqlEditorSite site) : PublishingTests<PostgreSqlEditorSite>(site), IPostgreSqlTests;

/// <summary>Publishing through the edit page, on each database provider.</summary>
public abstract class PublishingTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : EditorSite
{
    [DatabaseFact]
    public async Task PublishSentTwiceFromTheSameFormPublishesOnceAndSaysSo()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("publish-twice");
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), [], "submit");
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(reviewer, EditorRoutes.Edit(id)));
        fields["Command"] = "publish";

        var first = await reviewer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));
        var second = await reviewer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));

        Assert.EndsWith("?done=published", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith("?done=alreadypublished", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await EditorSite.GetPageAsync(reviewer, second.Headers.Location.OriginalString);
        Assert.Contains("it was published once", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("button[value=publish]")!.HasAttribute("disabled")); // nothing waits to be published now
        Assert.Equal(1, await site.WithDbAsync(db => Task.FromResult(db.AuditLog.Count(a => a.Action == "publish" && a.Target == "publish-twice"))));
        Assert.Equal(HttpStatusCode.OK, (await site.App.GetPageAsync("/conditions/publish-twice")).Response.StatusCode);
    }

    [DatabaseFact]
    public async Task AForgedPublishPostByAWriterIsRefusedWith403()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = await EditorSite.NewArticleAsync(reviewer, "forged-publish");

        var response = await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), [], "publish");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only a reviewer can publish.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, (await site.ArticleAsync(id)).Status);
    }

    [DatabaseFact]
    public async Task AReviewerCannotPublishTheirOwnRevisionEvenByAForgedPost()
    {
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = await EditorSite.NewArticleAsync(reviewer, "own-revision");

        var response = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "publish");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another reviewer must publish it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task PublishingWithUnsavedChangesIsRefusedAndTheChangesAreKept()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("unsaved-then-publish");
        const string body = "## Overview\n\nA reviewer's unsaved edit [1](#ref-1)[2](#ref-2).";

        var response = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), new() { ["Form.Body"] = body }, "publish");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await EditorSite.ReadAsync(response);
        Assert.Contains("You have changes that are not saved", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(body, EditorSite.FieldValue(page, "Body")!.ReplaceLineEndings("\n"));
        Assert.Equal(ArticleStatus.Draft, (await site.ArticleAsync(id)).Status);
    }

    [DatabaseFact]
    public async Task AReviewerSchedulesPublishingForALaterTime()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("scheduled");
        var at = DateTime.UtcNow.AddDays(2);

        var response = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), new() { ["PublishAt"] = at.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) }, "schedule");
        var past = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), new() { ["PublishAt"] = "2001-01-01T10:00" }, "schedule");

        Assert.EndsWith("?done=scheduled", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), (await site.ArticleAsync(id)).ScheduledPublishAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("Choose a publish time in the future", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task ArchivingTakesThePublicPageAway()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("to-archive");
        await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "publish");

        var response = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "archive");

        Assert.EndsWith("?done=archived", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.App.GetPageAsync("/conditions/to-archive")).Response.StatusCode);
    }
}
