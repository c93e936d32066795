using System.Net;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class PreviewAndAutosaveTests(EditorSite site) : IClassFixture<EditorSite>
{
    private const string Payloads = "<script>alert(1)</script>\n\n[x](javascript:alert(2)) [y](&#106;avascript:alert(3))\n\n" +
        "![z](x\" onerror=\"alert(4)) ![d](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)\n\n## A heading\n\n**Bold**";

    /// <summary>The edit page's fields and antiforgery token, with the given changes, ready to post elsewhere.</summary>
    private static async Task<FormUrlEncodedContent> EditFormAsync(HttpClient client, int id, Dictionary<string, string> changes)
    {
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(client, EditorRoutes.Edit(id)));
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task ThePreviewRendersThroughThePublicPagesSafePipeline()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "preview-safe");

        var response = await writer.PostAsync(EditorRoutes.Preview, await EditFormAsync(writer, id, new() { ["Form.Body"] = Payloads }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var fragment = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Empty(fragment.QuerySelectorAll("script, img, iframe, [onerror]"));
        Assert.Empty(fragment.QuerySelectorAll("a"));
        Assert.Contains("<script>alert(1)</script>", fragment.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("a-heading", fragment.QuerySelector("h2")!.Id);
    }

    [Fact]
    public async Task ThePreviewNeedsASignedInEditorAndTheAntiforgeryToken()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var anonymous = site.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var body = new Dictionary<string, string> { ["Form.Body"] = "Hello" };

        var withoutSignIn = await anonymous.PostAsync(EditorRoutes.Preview, new FormUrlEncodedContent(body));
        var withoutToken = await writer.PostAsync(EditorRoutes.Preview, new FormUrlEncodedContent(body));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task AutosaveKeepsOneCopyPerEditorAndArticleAndNeverMakesARevision()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "autosaved");

        var first = await writer.PostAsync(EditorRoutes.Autosave, await EditFormAsync(writer, id, new() { ["Form.Body"] = "First unsaved words" }));
        var second = await writer.PostAsync(EditorRoutes.Autosave, await EditFormAsync(writer, id, new() { ["Form.Body"] = "Second unsaved words" }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("savedAt", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var copies = await site.WithDbAsync(db => db.Autosaves.Where(a => a.ArticleId == id).ToListAsync());
        var copy = Assert.Single(copies);
        Assert.Equal("Second unsaved words", ArticleForm.FromJson(copy.FormJson).Body);
        Assert.Single(await site.RevisionsAsync(id));
    }

    [Fact]
    public async Task AutosavesSentAtOnceFromSeveralTabsAllSucceedAndTheNextLeavesOneCopy()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "two-tabs");
        var forms = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => EditFormAsync(writer, id, new() { ["Form.Body"] = $"Tab {i}" })));

        var responses = await Task.WhenAll(forms.Select(form => writer.PostAsync(EditorRoutes.Autosave, form)));
        await writer.PostAsync(EditorRoutes.Autosave, await EditFormAsync(writer, id, new() { ["Form.Body"] = "Typed last" }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var copy = Assert.Single(await site.WithDbAsync(db => db.Autosaves.Where(a => a.ArticleId == id).ToListAsync()));
        Assert.Equal("Typed last", ArticleForm.FromJson(copy.FormJson).Body);
    }

    [Fact]
    public async Task TheEditPageOffersTheAutosavedTextBackUntilItIsDiscarded()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "offered-back");
        await writer.PostAsync(EditorRoutes.Autosave, await EditFormAsync(writer, id, new() { ["Form.Body"] = "Words typed before the tab closed" }));

        var offered = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id));
        var restored = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id) + "?restore=server");
        var discarded = await TestUsers.PostFormAsync(writer, EditorRoutes.Edit(id), [], "#server-copy form");
        var afterDiscard = await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id));

        Assert.Contains("You have unsaved text from", offered.QuerySelector("#server-copy")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Words typed before the tab closed", EditorSite.FieldValue(restored, "Body")!.Trim());
        Assert.Equal(HttpStatusCode.SeeOther, discarded.StatusCode);
        Assert.Null(afterDiscard.QuerySelector("#server-copy"));
    }

    [Fact]
    public async Task SavingTheDraftRemovesTheAutosavedCopy()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "saved-after-autosave");
        await writer.PostAsync(EditorRoutes.Autosave, await EditFormAsync(writer, id, new() { ["Form.Summary"] = "Autosaved summary." }));

        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), new() { ["Form.Summary"] = "Saved summary." }, "save");

        Assert.Empty(await site.WithDbAsync(db => db.Autosaves.Where(a => a.ArticleId == id).ToListAsync()));
    }

    [Fact]
    public async Task AutosaveNeedsASignedInEditorAndTheAntiforgeryToken()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var anonymous = site.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var body = new Dictionary<string, string> { ["Form.Body"] = "Hello" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(EditorRoutes.Autosave, new FormUrlEncodedContent(body))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsync(EditorRoutes.Autosave, new FormUrlEncodedContent(body))).StatusCode);
    }
}
