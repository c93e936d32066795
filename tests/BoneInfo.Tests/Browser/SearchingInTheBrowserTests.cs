using BoneInfo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class SearchingInTheBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SuggestionsAppearAsYouTypeAndTheKeyboardOpensOne()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search conditions, symptoms, lab results or genes" });

        await box.PressSequentiallyAsync("marble", new() { Delay = 30 });
        var listbox = page.GetByRole(AriaRole.Listbox);
        await listbox.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("ArrowDown");
        Assert.Equal("true", await listbox.GetByRole(AriaRole.Option).First.GetAttributeAsync("aria-selected"));
        await box.PressAsync("Enter");

        await page.ArriveAtAsync("**/conditions/osteopetrosis");
        Assert.Equal("Osteopetrosis", await page.Locator("h1").InnerTextAsync());
    }

    [BrowserFact]
    public async Task AClinicianSearchesWithoutJavaScriptAndSeesWhyTheTopResultMatched()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/");

        await page.GetByLabel("Search conditions, symptoms, lab results or genes").FillAsync("low ALP and high B6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        // Wait for what the reader sees (the first result), not for the load event, which can lag after a form post.
        var first = page.Locator(".result").First;
        await first.WaitForAsync();
        Assert.EndsWith("/search?q=low+ALP+and+high+B6", page.Url, StringComparison.Ordinal);
        Assert.Equal("Hypophosphatasia", await first.Locator("h2 a").InnerTextAsync());
        Assert.True(await first.Locator(".why mark").CountAsync() >= 2);
    }

    [BrowserFact]
    public async Task TheSymptomPageWorksWithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/symptoms");

        await page.GetByLabel("Add a finding").FillAsync("enlarged skull");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and search" }).ClickAsync();
        await page.GetByLabel("Add a finding").FillAsync("hearing loss");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and search" }).ClickAsync();

        Assert.Equal(2, await page.Locator(".chips li").CountAsync());
        // Two findings shared by several disorders: the classic one is among the first few (ranking itself is the relevance suite's job).
        Assert.Contains("Paget disease of bone", (await page.Locator(".result h2 a").AllInnerTextsAsync()).Take(3));
    }
}
