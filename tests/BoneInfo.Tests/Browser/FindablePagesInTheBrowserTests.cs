using BoneInfo.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

/// <summary>
/// The pages issue 14 added or changed, in Chromium: axe-core finds no violation of any impact, the
/// Content-Security-Policy blocks nothing (JSON-LD, inline SVG), and nothing is wider than a phone.
/// </summary>
[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class FindablePagesInTheBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
        ["/conditions/hypophosphatasia", "/es/conditions/camurati-engelmann-disease", "/genes/ALPL", "/api"];

    /// <summary>Records every securitypolicyviolation event, from before any page script runs.</summary>
    private const string ListenForPolicyViolations =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [BrowserFact]
    public async Task TheConditionSpanishGeneAndApiPagesHaveNoAccessibilityOrPolicyViolations()
    {
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(ListenForPolicyViolations);
        var consoleViolations = PolicyViolations.Collect(page);
        var problems = new List<string>();

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + path);
            Assert.Equal(200, response!.Status);
            var results = await page.RunAxe();
            Assert.NotEmpty(results.Passes); // axe really checked this page
            problems.AddRange(results.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) on {v.Nodes.Length} element(s): {v.Help}"));
            problems.AddRange((await page.EvaluateAsync<string[]>("window.__violations")).Select(v => $"{path}: CSP blocked {v}"));
        }

        Assert.Empty(problems);
        Assert.Empty(consoleViolations);
    }

    [BrowserFact]
    public async Task TheStructuredDataIsThereToReadButNeverRuns()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/conditions/hypophosphatasia");

        var type = await page.EvaluateAsync<string>("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).mainEntity['@type']");

        Assert.Equal("MedicalCondition", type);
    }

    [BrowserFact]
    public async Task ThePagesAndTheirDiagramsFitAPhoneScreen()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        foreach (var path in Pages)
        {
            await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + path);

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px phone screen");
        }
        await page.GotoAsync(browser.ServerFor(RepoPaths.Content) + "/conditions/hypophosphatasia");
        var diagram = await page.Locator("#passed-on svg").First.BoundingBoxAsync();
        Assert.InRange(diagram!.Width, 300, 390);
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Autosomal recessive inheritance" }).IsVisibleAsync());
    }
}
