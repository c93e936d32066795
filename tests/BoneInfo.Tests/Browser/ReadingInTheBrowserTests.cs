using BoneInfo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class ReadingInTheBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task AReaderOpensHomeFollowsAConditionAndUsesItsTableOfContents()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Osteopetrosis", Exact = true }).First.ClickAsync();

        await page.ArriveAtAsync("**/conditions/osteopetrosis");
        Assert.Equal("Osteopetrosis", await page.Locator("h1").InnerTextAsync());
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" });
        Assert.True(await contents.IsVisibleAsync());
        await contents.GetByRole(AriaRole.Link, new() { Name = "Diagnosis", Exact = true }).ClickAsync();
        await page.ArriveAtAsync("**/conditions/osteopetrosis#diagnosis");
        Assert.True(await page.Locator("h2#diagnosis").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task TheAToZFilterNarrowsTheListToMatchingConditions()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/conditions");

        await page.GetByLabel("Filter this list by name").FillAsync("marble bone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await page.ArriveAtAsync("**/conditions?q=marble+bone");
        Assert.Equal(["Osteopetrosis"], await page.Locator(".az dt a").AllInnerTextsAsync());
    }

    [BrowserFact]
    public async Task AConditionPageFitsAPhoneScreenWithoutSidewaysScrolling()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/conditions/hypophosphatasia");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px phone screen");
    }

    [BrowserFact]
    public async Task ScriptTricksInAnArticleNeverRun()
    {
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(browser.ServerFor(RepoPaths.TestContent) + "/conditions/unsafe-links");

        foreach (var text in new[] { "plain javascript", "encoded", "escaped", "reference trick", "image trick" })
        {
            var words = page.GetByText(text).First;
            Assert.True(await words.IsVisibleAsync(), $"'{text}' should still be readable");
            Assert.Equal(0, await page.Locator("article a", new() { HasText = text }).CountAsync());
            await words.ClickAsync();
        }
        Assert.True(await page.GetByText("<script>alert(4)</script>").IsVisibleAsync(), "raw HTML is shown as text");
        await page.WaitForTimeoutAsync(300);

        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("article script, article img, article iframe").CountAsync());
        var hrefs = await page.Locator("article a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.All(hrefs, href => Assert.StartsWith("http", href, StringComparison.Ordinal));
    }
}
