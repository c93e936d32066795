using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class SignInOnSqlite() : SignInTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class SignInOnPostgreSql() : SignInTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>Signing in and out, sessions and lockout, on each database provider.</summary>
public abstract class SignInTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private readonly BoneInfoFactory _app = new(RepoPaths.TestContent, provider);

    public async Task InitializeAsync() => await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [DatabaseFact]
    public async Task AdminPagesSendAnonymousVisitorsToSignIn()
    {
        var response = await NewClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task TheSignInFormHasLabelledEmailPasswordAndASignInButton()
    {
        var (_, page) = await _app.GetPageAsync("/account/signin");

        Assert.Equal("Email", page.QuerySelector("label[for=Email]")!.TextContent);
        Assert.Equal("Password", page.QuerySelector("label[for=Password]")!.TextContent);
        Assert.Equal("Sign in", page.QuerySelector("main form button[type=submit]")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form input[name=__RequestVerificationToken]"));
    }

    [DatabaseFact]
    public async Task TheRightPasswordSignsInWithAnHttpOnlyLaxCookie()
    {
        var client = NewClient();
        var response = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = "Writer@BoneInfo.test ", ["Password"] = TestUsers.Password });

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("boneinfo.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("writer@boneinfo.test", "wrong password entirely")]
    [InlineData("nobody@boneinfo.test", TestUsers.Password)]
    public async Task AWrongPasswordOrUnknownEmailGetsTheSameGenericMessage(string email, string password)
    {
        var response = await TestUsers.PostFormAsync(NewClient(), "/account/signin", new() { ["Email"] = email, ["Password"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign-in failed. Check your email and password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task FiveFailuresLockTheAccountEvenAgainstTheRightPassword()
    {
        for (var i = 0; i < AccountLockout.MaxFailures; i++)
        {
            await TestUsers.PostFormAsync(NewClient(), "/account/signin", new() { ["Email"] = "writer@boneinfo.test", ["Password"] = "guess " + i });
        }

        var response = await TestUsers.PostFormAsync(NewClient(), "/account/signin", new() { ["Email"] = "writer@boneinfo.test", ["Password"] = TestUsers.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "writer@boneinfo.test");
        Assert.True(user.LockedUntil > DateTime.UtcNow.AddMinutes(14));
        Assert.Contains(await db.AuditLog.Select(a => a.Action).ToListAsync(), a => a == "locked-out");
    }

    [DatabaseFact]
    public async Task ASignInPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var response = await NewClient().PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "writer@boneinfo.test", ["Password"] = TestUsers.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [DatabaseFact]
    public async Task ADeactivatedUsersCookieStopsWorking()
    {
        var client = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
            (await db.Users.SingleAsync(u => u.Email == "writer@boneinfo.test")).IsActive = false;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}
