using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

/// <summary>
/// Editors at work on the test-content server: each signs in through the real form in a browser context of
/// their own; articles to edit are seeded, published, straight through the workflow services.
/// </summary>
public sealed class EditorsInTheBrowser(BrowserFixture browser)
{
    private static readonly Editor SeedWriter = new(-1, "Seed writer", UserRole.Writer);
    private static readonly Editor SeedReviewer = new(-2, "Seed reviewer", UserRole.Reviewer);

    public string Server { get; } = browser.ServerFor(RepoPaths.TestContent);

    /// <summary>A new user with <paramref name="role"/>, signed in, in their own browser context.</summary>
    public async Task<(IPage Page, string Email)> SignInAsync(UserRole role)
    {
        var email = await browser.NewUserAsync(RepoPaths.TestContent, role);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Server + "/account/signin");
        await SignInHereAsync(page, email);
        await page.ArriveAtAsync("**/admin");
        return (page, email);
    }

    /// <summary>Fills the sign-in form the page is showing.</summary>
    public static async Task SignInHereAsync(IPage page, string email)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A published copy of the sample condition under <paramref name="slug"/>; returns its id.</summary>
    public async Task<int> PublishedArticleAsync(string slug)
    {
        await using var scope = browser.AppFor(RepoPaths.TestContent).Services.CreateAsyncScope();
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var saved = await editorial.SaveDraftAsync(new DraftChange(null, 0, EditorSite.SampleContent(slug), "Seeded"), SeedWriter);
        await scope.ServiceProvider.GetRequiredService<Publisher>().PublishAsync(saved.ArticleId!.Value, saved.Version!.Value, SeedReviewer);
        return saved.ArticleId.Value;
    }

    public async Task<T> WithDbAsync<T>(Func<BoneInfoDbContext, Task<T>> query)
    {
        await using var scope = browser.AppFor(RepoPaths.TestContent).Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>());
    }

    public Task<string> NewestBodyAsync(int articleId) => WithDbAsync(db =>
        db.Revisions.Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).Select(r => r.Body).FirstAsync());

    public static ILocator Markdown(IPage page) => page.GetByLabel("Markdown", new() { Exact = true });

    public static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
