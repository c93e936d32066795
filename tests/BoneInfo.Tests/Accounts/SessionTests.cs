using System.Net;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class SessionsOnSqlite() : SessionTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class SessionsOnPostgreSql() : SessionTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>
/// Server-side sessions, on each provider: a new session at every sign-in (no fixation), and a cookie whose session
/// was signed out or ended by an admin is refused even when someone kept a copy.
/// </summary>
public abstract class SessionTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private const string Writer = "writer@boneinfo.test", Other = "other@boneinfo.test", SessionCookie = "boneinfo.auth";
    private readonly BoneInfoFactory _app = new(RepoPaths.TestContent, provider);

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(_app, Writer, UserRole.Writer);
        await TestUsers.AddAsync(_app, Other, UserRole.Writer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task ACopyOfTheCookieReplayedAfterSignOutIsSentToSignIn()
    {
        var browser = await SignInAsync(Writer);
        var copy = browser.Copy();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, "/admin")).StatusCode);

        await SignOutAsync(browser);

        var replayed = await GetAsync(copy, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/account/signin", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(copy, EditorRoutes.Preview)).StatusCode);
        Assert.Equal(0, await SessionCountAsync(Writer));
    }

    [DatabaseFact]
    public async Task SigningOutEndsOnlyThatBrowsersSession()
    {
        var laptop = await SignInAsync(Writer);
        var phone = await SignInAsync(Writer);
        var laptopCopy = laptop.Copy();

        await SignOutAsync(laptop);

        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(laptopCopy, "/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(phone, "/admin")).StatusCode);
    }

    [DatabaseFact]
    public async Task TheSessionCookieAfterSignInIsUnlikeAnyCookieTheBrowserHadBefore()
    {
        var earlier = await SignInAsync(Other);
        var stale = earlier.Copy();
        await SignOutAsync(earlier);
        var browser = new CookieJar();
        await GetAsync(browser, "/account/signin"); // the antiforgery cookie any visitor gets
        browser.Cookies[SessionCookie] = stale.Cookies[SessionCookie]; // and a cookie of an earlier, signed-out session
        var before = browser.Copy();

        await SignInAsync(Writer, browser);

        Assert.DoesNotContain(browser.Cookies[SessionCookie], before.Cookies.Values);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(before, "/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(browser, "/admin")).StatusCode);
    }

    [DatabaseFact]
    public async Task ASessionPlantedBeforeSignInIsEndedAndNeverBecomesTheVictims()
    {
        var attacker = await SignInAsync(Other);
        var victim = attacker.Copy(); // the attacker's own session cookie, set in the victim's browser

        await SignInAsync(Writer, victim);

        Assert.NotEqual(attacker.Cookies[SessionCookie], victim.Cookies[SessionCookie]);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(attacker, "/admin")).StatusCode);
        var page = new HtmlParser().ParseDocument(await (await GetAsync(victim, "/admin")).Content.ReadAsStringAsync());
        Assert.Contains("Signed in as writer", page.QuerySelector("nav.account-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await SessionCountAsync(Writer));
        Assert.Equal(0, await SessionCountAsync(Other));
    }

    [DatabaseFact]
    public async Task DeactivatingAUserEndsEveryOneOfTheirSessionsAndNobodyElses()
    {
        var laptop = await SignInAsync(Writer);
        var phone = await SignInAsync(Writer);
        var colleague = await SignInAsync(Other);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var id = await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.Where(u => u.Email == Writer).Select(u => u.Id).SingleAsync();
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetActiveAsync(0, id, false)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(laptop, "/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(phone, "/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(colleague, "/admin")).StatusCode);
        Assert.Equal(0, await SessionCountAsync(Writer));
    }

    private async Task<CookieJar> SignInAsync(string email, CookieJar? jar = null)
    {
        jar ??= new CookieJar();
        var response = await TestUsers.PostFormAsync(_app.CreateJarClient(jar), "/account/signin", new() { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return jar;
    }

    private async Task SignOutAsync(CookieJar jar)
    {
        var response = await TestUsers.PostFormAsync(_app.CreateJarClient(jar), "/admin", [], "nav.account-bar form");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private Task<HttpResponseMessage> GetAsync(CookieJar jar, string path) => _app.CreateJarClient(jar).GetAsync(path);

    private async Task<int> SessionCountAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        return await db.UserSessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email));
    }
}
