using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

[Collection(BrowserTests.Name)]
[Trait("Category", "Browser")]
public sealed class AdministeringUsersInTheBrowserTests(BrowserFixture browser)
{
    private const string WriterPassword = "writer's first password";

    [BrowserFact]
    public async Task AnAdminAddsAWriterWhoCanSignInButCannotManageUsers()
    {
        var server = browser.ServerFor(RepoPaths.TestContent);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var (adminEmail, writerEmail) = ($"admin-{unique}@boneinfo.test", $"writer-{unique}@boneinfo.test");
        await TestUsers.AddAsync(browser.AppFor(RepoPaths.TestContent), adminEmail, UserRole.Admin);
        var page = await browser.NewPageAsync();
        var policyViolations = PolicyViolations.Collect(page);

        await SignInAsync(page, server, adminEmail, TestUsers.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.ArriveAtAsync("**/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(writerEmail);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Wren Writer");
        await page.GetByLabel("Role").SelectOptionAsync("Writer");
        await page.GetByLabel("Initial password").FillAsync(WriterPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        await page.ArriveAtAsync("**/admin/users");
        Assert.Contains($"Added {writerEmail} as a Writer", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("table.users tr", new() { HasText = writerEmail }).CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.ArriveAtAsync(server + "/");
        Assert.Equal(0, await page.Locator("nav.account-bar").CountAsync());

        await SignInAsync(page, server, writerEmail, WriterPassword);
        Assert.Contains("Signed in as Wren Writer", await page.Locator("nav.account-bar").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("nav.account-bar").GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).CountAsync());
        var denied = await page.GotoAsync(server + "/admin/users");

        Assert.Equal(403, denied!.Status);
        Assert.Equal("You do not have permission for that", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(policyViolations);
    }

    private static async Task SignInAsync(IPage page, string server, string email, string password)
    {
        await page.GotoAsync(server + "/account/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync("**/admin");
    }
}
