using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Editing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

/// <summary>A save the database refuses, in a real browser: the text stays in the form and in this browser's copy until a save succeeds.</summary>
[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class RefusedSaveInTheBrowserTests(BrowserFixture browser)
{
    private const string Typed = "## Overview\n\nTyped while the database was read-only. [1](#ref-1)[2](#ref-2)";
    private readonly EditorsInTheBrowser _editors = new(browser);

    [BrowserFact]
    public async Task ARefusedSaveKeepsTheTextInTheFormAndInTheBrowsersCopyUntilASaveSucceeds()
    {
        var id = await _editors.PublishedArticleAsync("browser-refused");
        var (writer, _) = await _editors.SignInAsync(UserRole.Writer);
        await writer.GotoAsync(_editors.Server + EditorRoutes.Edit(id));
        await EditorsInTheBrowser.Markdown(writer).FillAsync(Typed);

        SetReadOnly(true);
        try
        {
            var refused = await writer.RunAndWaitForResponseAsync(() => EditorsInTheBrowser.Button(writer, "Save draft").ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.EndsWith(EditorRoutes.Edit(id), StringComparison.Ordinal));
            Assert.Equal(503, refused.Status);
            await writer.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            Assert.True(await writer.GetByText("Not saved: the site cannot store changes just now (database is read-only)").IsVisibleAsync());
            Assert.Equal(Typed, await EditorsInTheBrowser.Markdown(writer).InputValueAsync());
            Assert.Contains("Typed while the database was read-only.", await LocalCopyAsync(writer, id), StringComparison.Ordinal);

            await writer.GotoAsync(_editors.Server + EditorRoutes.Edit(id)); // left and came back: the copy is offered
            Assert.True(await writer.Locator("#local-copy").IsVisibleAsync());
        }
        finally
        {
            SetReadOnly(false);
        }

        await EditorsInTheBrowser.Button(writer, "Restore it").ClickAsync();
        await EditorsInTheBrowser.Button(writer, "Save draft").ClickAsync();
        await writer.ArriveAtAsync("**?done=saved");
        Assert.Contains("Typed while the database was read-only.", await _editors.NewestBodyAsync(id), StringComparison.Ordinal);
        Assert.Null(await LocalCopyAsync(writer, id));
    }

    private void SetReadOnly(bool readOnly)
    {
        var app = browser.AppFor(RepoPaths.TestContent);
        app.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:BoneInfo"] =
            $"Data Source={app.DatabasePath}" + (readOnly ? ";Mode=ReadOnly" : "");
    }

    private static Task<string?> LocalCopyAsync(IPage page, int id) =>
        page.EvaluateAsync<string?>($"() => localStorage.getItem('boneinfo:edit:{id}')");
}
