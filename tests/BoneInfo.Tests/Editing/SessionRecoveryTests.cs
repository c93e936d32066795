using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class SessionRecoveryTests(EditorSite site) : IClassFixture<EditorSite>
{
    private const string Mine = "## Overview\n\nWords typed while the session ran out [1](#ref-1)[2](#ref-2).";

    /// <summary>The writer opens the edit page, the session ends (signed out elsewhere), and they press Save draft.</summary>
    private async Task<(int Id, HttpClient Client, HttpResponseMessage Response)> SaveAfterSessionEndedAsync(string slug, int? claimedEditorId = null)
    {
        var client = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(client, slug);
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(client, EditorRoutes.Edit(id)));
        await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = fields["__RequestVerificationToken"] }));

        fields["Form.Body"] = Mine;
        fields["Command"] = "save";
        if (claimedEditorId is { } other)
        {
            fields["Form.EditorId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return (id, client, await client.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields)));
    }

    private Task<int> KeptCountAsync(int articleId) => site.WithDbAsync(db => db.Autosaves.CountAsync(a => a.Token != null && a.ArticleId == articleId));

    [Fact]
    public async Task TheTextIsKeptTheEditorIsAskedToSignInAndThenItIsSaved()
    {
        var (id, client, response) = await SaveAfterSessionEndedAsync("expired-then-saved");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var signIn = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/account/signin?ReturnUrl=%2Fadmin%2Farticles%2F{id}%2Fedit%3Frecover%3D", signIn, StringComparison.Ordinal);
        Assert.Single(await site.RevisionsAsync(id)); // nothing saved without a sign-in
        var page = await EditorSite.GetPageAsync(client, signIn);
        Assert.Contains("Your text is safe", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);

        var signedIn = await TestUsers.PostFormAsync(client, signIn, new() { ["Email"] = EditorSite.Writer, ["Password"] = TestUsers.Password });
        var recovered = await client.GetAsync(signedIn.Headers.Location!.OriginalString);

        Assert.Equal($"/admin/articles/{id}/edit?done=recovered", recovered.Headers.Location!.OriginalString);
        Assert.Equal(Mine, (await site.RevisionsAsync(id))[^1].Body);
        var edit = await EditorSite.GetPageAsync(client, recovered.Headers.Location.OriginalString);
        Assert.Contains("Nothing was lost", edit.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await KeptCountAsync(id));
    }

    [Fact]
    public async Task ANewArticleWrittenAsTheSessionEndedIsCreatedAfterSigningIn()
    {
        var client = await site.SignInAsync(EditorSite.Writer);
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(client, EditorRoutes.New));
        await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = fields["__RequestVerificationToken"] }));
        foreach (var (name, value) in EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent("new-when-expired", Mine), null, 0)).Where(f => f.Key != "Form.EditorId"))
        {
            fields[name] = value;
        }
        fields["Command"] = "save";

        var response = await client.PostAsync(EditorRoutes.New, new FormUrlEncodedContent(fields));
        var signedIn = await TestUsers.PostFormAsync(client, response.Headers.Location!.OriginalString, new() { ["Email"] = EditorSite.Writer, ["Password"] = TestUsers.Password });
        var recovered = await client.GetAsync(signedIn.Headers.Location!.OriginalString);

        Assert.StartsWith("/admin/articles/new?recover=", signedIn.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Matches(@"^/admin/articles/\d+/edit\?done=recovered$", recovered.Headers.Location!.OriginalString);
        var id = await site.WithDbAsync(db => db.Articles.Where(a => a.Slug == "new-when-expired").Select(a => a.Id).SingleAsync());
        Assert.Equal(Mine, (await site.RevisionsAsync(id)).Single().Body);
    }

    [Fact]
    public async Task IfSomeoneSavedMeanwhileTheRecoveredTextGetsTheConflictPage()
    {
        var (id, client, response) = await SaveAfterSessionEndedAsync("expired-then-conflict");
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), new() { ["Form.Summary"] = "The reviewer's summary." }, "save");

        var signedIn = await TestUsers.PostFormAsync(client, response.Headers.Location!.OriginalString, new() { ["Email"] = EditorSite.Writer, ["Password"] = TestUsers.Password });
        var recovered = await client.GetAsync(signedIn.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Conflict, recovered.StatusCode);
        var page = await EditorSite.ReadAsync(recovered);
        Assert.Contains("You were signed out before your changes were saved", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Mine, ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#merge-mine")!).Value.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task AnAnonymousPostWithoutTheEditPagesTokenKeepsNothing()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "forged-anonymous");
        var stranger = site.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var fields = EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent("forged-anonymous", "Injected [1](#ref-1)[2](#ref-2)."), id, 1));
        fields["Command"] = "save";

        var response = await stranger.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("recover", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await KeptCountAsync(id));
        Assert.Single(await site.RevisionsAsync(id));
    }

    [Fact]
    public async Task APostClaimingAnotherEditorThanItsTokenWasIssuedToKeepsNothing()
    {
        var reviewerId = await site.WithDbAsync(db => db.Users.Where(u => u.Email == EditorSite.Reviewer).Select(u => u.Id).SingleAsync());

        var (id, _, response) = await SaveAfterSessionEndedAsync("claims-another-editor", claimedEditorId: reviewerId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("recover", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await KeptCountAsync(id));
    }

    [Fact]
    public async Task KeptTextIsBroughtBackOnlyForTheEditorWhoWroteIt()
    {
        var (id, _, response) = await SaveAfterSessionEndedAsync("only-for-its-writer");
        var returnUrl = Uri.UnescapeDataString(response.Headers.Location!.OriginalString.Split("ReturnUrl=")[1]);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);

        var page = await EditorSite.GetPageAsync(reviewer, returnUrl);

        Assert.Contains("written by another editor", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("session ran out", EditorSite.FieldValue(page, "Body"), StringComparison.Ordinal);
        Assert.Single(await site.RevisionsAsync(id));
        Assert.Equal(1, await KeptCountAsync(id));
    }
}
