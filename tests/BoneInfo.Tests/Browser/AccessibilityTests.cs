using BoneInfo.Tests.Infrastructure;
using Deque.AxeCore.Playwright;

namespace BoneInfo.Tests.Browser;

/// <summary>axe-core finds no serious or critical accessibility problems on the pages people read and search.</summary>
[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task PublicPagesHaveNoSeriousAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[]
        {
            "/", "/conditions", "/conditions/hypophosphatasia", "/conditions/high-alkaline-phosphatase", "/glossary",
            "/search?q=baby+teeth+falling+out", "/symptoms?findings=hearing+loss%0Aenlarged+skull", "/conditions/no-such-page",
        })
        {
            await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + path);
            var results = await page.RunAxe();
            Assert.NotEmpty(results.Passes); // axe really checked this page
            problems.AddRange(results.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) on {v.Nodes.Length} element(s): {v.Help}"));
        }

        Assert.Empty(problems);
    }
}
