using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;

namespace BoneInfo.Tests.Accounts;

/// <summary>
/// Two web nodes on one PostgreSQL database, as behind a load balancer: lockout counts and sessions are in the
/// database, so failures on both nodes add up and a sign-out on one node ends the session on the other.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TwoNodeAccountTests : IPostgreSqlTests, IAsyncLifetime, IDisposable
{
    private const string Writer = "writer@boneinfo.test";
    private readonly BoneInfoFactory _a = new(RepoPaths.TestContent, DatabaseProvider.PostgreSql);
    private readonly BoneInfoFactory _b = new(RepoPaths.TestContent, DatabaseProvider.PostgreSql);

    public async Task InitializeAsync()
    {
        if (PostgreSqlServer.SkipReason is not null)
        {
            return;
        }
        await TestUsers.AddAsync(_a, Writer, UserRole.Writer);
        _b.PostgreSqlConnectionString = _a.PostgreSqlConnectionString;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [DatabaseFact]
    public async Task WrongPasswordsOnBothNodesAddUpToOneLockout()
    {
        for (var i = 0; i < AccountLockout.MaxFailures; i++)
        {
            Assert.False(await SignInAsync(i % 2 == 0 ? _a : _b, "wrong password " + i));
        }

        Assert.False(await SignInAsync(_a, TestUsers.Password));
        Assert.False(await SignInAsync(_b, TestUsers.Password));
    }

    [DatabaseFact]
    public async Task ASignOutOnOneNodeEndsTheSessionOnTheOther()
    {
        var browser = new CookieJar();
        Assert.Equal("/admin", (await SignInOnAsync(_a, browser)).Headers.Location?.OriginalString);
        var copy = browser.Copy();
        Assert.Equal(HttpStatusCode.OK, (await _b.CreateJarClient(copy).GetAsync("/admin")).StatusCode);

        await TestUsers.PostFormAsync(_b.CreateJarClient(browser), "/admin", [], "nav.account-bar form");

        Assert.Equal(HttpStatusCode.Redirect, (await _a.CreateJarClient(copy).GetAsync("/admin")).StatusCode);
    }

    private static async Task<bool> SignInAsync(BoneInfoFactory node, string password) =>
        (await SignInOnAsync(node, new CookieJar(), password)).Headers.Location?.OriginalString == "/admin";

    private static Task<HttpResponseMessage> SignInOnAsync(BoneInfoFactory node, CookieJar jar, string password = TestUsers.Password) =>
        TestUsers.PostFormAsync(node.CreateJarClient(jar), "/account/signin", new() { ["Email"] = Writer, ["Password"] = password });
}
