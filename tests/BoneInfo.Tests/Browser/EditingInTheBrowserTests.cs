using BoneInfo.Web.Accounts;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class EditingInTheBrowserTests(BrowserFixture browser)
{
    private const string Citations = " [1](#ref-1)[2](#ref-2)";
    private readonly EditorsInTheBrowser _editors = new(browser);

    [BrowserFact]
    public async Task AWriterEditsPreviewsSavesAndSubmitsThenAReviewerPublishesToThePublicPage()
    {
        var id = await _editors.PublishedArticleAsync("browser-publish");
        var (writer, _) = await _editors.SignInAsync(UserRole.Writer);
        await writer.GetByRole(AriaRole.Link, new() { Name = "Sample browser-publish" }).ClickAsync();
        await writer.ArriveAtAsync($"**{EditorRoutes.Edit(id)}");

        var markdown = EditorsInTheBrowser.Markdown(writer);
        await markdown.FillAsync(await markdown.InputValueAsync() + "\n\nA sentence added in the browser." + Citations);
        await writer.Locator("#preview-body").GetByText("A sentence added in the browser.").WaitForAsync();
        await writer.GetByLabel("Change summary").FillAsync("Added a sentence");
        await EditorsInTheBrowser.Button(writer, "Save draft").ClickAsync();
        await writer.ArriveAtAsync("**?done=saved");
        await EditorsInTheBrowser.Button(writer, "Submit for review").ClickAsync();
        await writer.ArriveAtAsync("**?done=submitted");

        var (reviewer, _) = await _editors.SignInAsync(UserRole.Reviewer);
        var posts = 0;
        reviewer.Request += (_, request) => posts += request.Method == "POST" && request.Url.EndsWith("/edit", StringComparison.Ordinal) ? 1 : 0;
        await reviewer.GotoAsync(_editors.Server + EditorRoutes.Edit(id));
        await reviewer.RouteAsync("**" + EditorRoutes.Edit(id), async route =>
        {
            await Task.Delay(route.Request.Method == "POST" ? 700 : 0); // a slow server: the first Publish is still on its way
            await route.ContinueAsync();
        });
        var disabledAfterFirstClick = await reviewer.EvaluateAsync<bool>("""
            () => new Promise(done => {
              const publish = [...document.querySelectorAll("button")].find(b => b.textContent === "Publish");
              publish.click();
              setTimeout(() => { publish.click(); done(publish.disabled); }, 150);
            })
            """);
        Assert.True(disabledAfterFirstClick);
        await reviewer.ArriveAtAsync("**?done=published");
        Assert.Equal(1, posts);

        await reviewer.GotoAsync(_editors.Server + "/conditions/browser-publish");
        Assert.True(await reviewer.GetByText("A sentence added in the browser.").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task TwoEditorsInTwoBrowsersConflictAndKeepMineSavesTheSecondOnTop()
    {
        var id = await _editors.PublishedArticleAsync("browser-conflict");
        var (first, _) = await _editors.SignInAsync(UserRole.Reviewer);
        var (second, _) = await _editors.SignInAsync(UserRole.Writer);
        await first.GotoAsync(_editors.Server + EditorRoutes.Edit(id));
        await second.GotoAsync(_editors.Server + EditorRoutes.Edit(id));

        await EditorsInTheBrowser.Markdown(first).FillAsync("## Overview\n\nThe first editor's wording." + Citations);
        await EditorsInTheBrowser.Button(first, "Save draft").ClickAsync();
        await first.ArriveAtAsync("**?done=saved");
        await EditorsInTheBrowser.Markdown(second).FillAsync("## Overview\n\nThe second editor's wording." + Citations);
        await EditorsInTheBrowser.Button(second, "Save draft").ClickAsync();

        await second.GetByRole(AriaRole.Heading, new() { Name = "Someone else saved this article while you were editing" }).WaitForAsync();
        Assert.Contains("The second editor's wording.", await second.GetByLabel("Your text (edit this)").InputValueAsync(), StringComparison.Ordinal);
        Assert.Contains("The first editor's wording.", await second.GetByLabel("Their text (revision 2)").InputValueAsync(), StringComparison.Ordinal);
        Assert.Contains("first", await second.Locator(".diff del").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("second", await second.Locator(".diff ins").First.InnerTextAsync(), StringComparison.Ordinal);

        await EditorsInTheBrowser.Button(second, "Keep mine").ClickAsync();
        await second.ArriveAtAsync("**?done=saved");
        Assert.Contains("The second editor's wording.", await EditorsInTheBrowser.Markdown(second).InputValueAsync(), StringComparison.Ordinal);
        Assert.Contains("The second editor's wording.", await _editors.NewestBodyAsync(id), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AnExpiredSessionKeepsTheTextAndSavesItAfterSigningInAgain()
    {
        var id = await _editors.PublishedArticleAsync("browser-expired");
        var (writer, email) = await _editors.SignInAsync(UserRole.Writer);
        await writer.GotoAsync(_editors.Server + EditorRoutes.Edit(id));
        await EditorsInTheBrowser.Markdown(writer).FillAsync("## Overview\n\nTyped as the session ran out." + Citations);

        await writer.Context.ClearCookiesAsync(new() { Name = "boneinfo.auth" });
        await EditorsInTheBrowser.Button(writer, "Save draft").ClickAsync();

        await writer.ArriveAtAsync("**/account/signin?**");
        Assert.True(await writer.GetByText("Your text is safe").IsVisibleAsync());
        await EditorsInTheBrowser.SignInHereAsync(writer, email);
        await writer.ArriveAtAsync("**?done=recovered");
        Assert.Contains("Typed as the session ran out.", await EditorsInTheBrowser.Markdown(writer).InputValueAsync(), StringComparison.Ordinal);
        Assert.Contains("Typed as the session ran out.", await _editors.NewestBodyAsync(id), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ScriptInAnArticleNeverRunsInThePreviewOrOnThePublishedPage()
    {
        const string payloads = "## Overview\n\nXSS check" + Citations + "\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2)) [y](&#106;avascript:alert(3))\n\n" +
            "![z](x\" onerror=\"alert(4)) ![d](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)\n\nEnd of payloads.";
        var id = await _editors.PublishedArticleAsync("browser-xss");
        var (writer, _) = await _editors.SignInAsync(UserRole.Writer);
        var (reviewer, _) = await _editors.SignInAsync(UserRole.Reviewer);
        var dialogs = new List<string>();
        foreach (var page in new[] { writer, reviewer })
        {
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
        }

        await writer.GotoAsync(_editors.Server + EditorRoutes.Edit(id));
        await EditorsInTheBrowser.Markdown(writer).FillAsync(payloads);
        await writer.Locator("#preview-body").GetByText("End of payloads.").WaitForAsync();
        await EditorsInTheBrowser.Button(writer, "Save draft").ClickAsync();
        await writer.ArriveAtAsync("**?done=saved");
        await reviewer.GotoAsync(_editors.Server + EditorRoutes.Edit(id));
        await EditorsInTheBrowser.Button(reviewer, "Publish").ClickAsync();
        await reviewer.ArriveAtAsync("**?done=published");
        await reviewer.GotoAsync(_editors.Server + "/conditions/browser-xss");
        await reviewer.GetByText("End of payloads.").WaitForAsync();
        foreach (var link in await reviewer.Locator("article a").AllAsync())
        {
            Assert.StartsWith("http", await link.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        }
        await reviewer.WaitForTimeoutAsync(300);

        Assert.Empty(dialogs);
        Assert.True(await reviewer.GetByText("<script>alert(1)</script>").IsVisibleAsync(), "raw HTML is shown as text");
        Assert.Equal(0, await reviewer.Locator("article script, article img, article iframe").CountAsync());
        Assert.Equal(0, await writer.Locator("#preview-body script, #preview-body img").CountAsync());
        Assert.Equal(1, await _editors.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "publish" && a.Target == "browser-xss" && a.UserEmail != null)));
    }
}
