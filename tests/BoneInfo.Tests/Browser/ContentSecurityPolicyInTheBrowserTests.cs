using BoneInfo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class ContentSecurityPolicyInTheBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task PublicPagesRunUnderTheContentSecurityPolicyWithoutViolations()
    {
        var server = browser.ServerFor(RepoPaths.Content);
        var page = await browser.NewPageAsync();
        var policyViolations = PolicyViolations.Collect(page);

        await page.GotoAsync(server + "/");
        await page.GetByRole(AriaRole.Combobox).PressSequentiallyAsync("hypo", new() { Delay = 30 });
        await page.GetByRole(AriaRole.Listbox).WaitForAsync();
        foreach (var path in new[] { "/conditions", "/conditions/hypophosphatasia", "/symptoms?findings=fractures", "/search?q=low+alp", "/glossary", "/account/signin", "/conditions/no-such-page" })
        {
            await page.GotoAsync(server + path);
        }

        Assert.Empty(policyViolations);
    }
}

/// <summary>What Chromium reports when the Content-Security-Policy blocks something on a page.</summary>
public static class PolicyViolations
{
    public static List<string> Collect(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        return violations;
    }
}
