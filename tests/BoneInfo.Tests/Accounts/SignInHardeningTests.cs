using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Hosting;

namespace BoneInfo.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class SignInHardeningTests : IAsyncLifetime, IDisposable
{
    private readonly TestContentFactory _app = new();

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        await TestUsers.AddAsync(_app, "admin@boneinfo.test", UserRole.Admin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    private sealed class StrictFactory(string environment) : BoneInfoFactory(RepoPaths.TestContent)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            builder.UseSetting("Accounts:SignInRateLimit:PermitLimit", "3");
            builder.UseSetting("Accounts:SignInRateLimit:WindowSeconds", "60");
        }
    }

    [Fact]
    public async Task TheSessionCookieIsSecureOutsideDevelopment()
    {
        var response = await TestUsers.PostFormAsync(_app.CreateBrowserClient(), "/account/signin", new() { ["Email"] = "writer@boneinfo.test", ["Password"] = TestUsers.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("boneinfo.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task InDevelopmentTheSessionCookieWorksOverPlainHttp()
    {
        await using var app = new StrictFactory("Development");
        await TestUsers.AddAsync(app, "dev@boneinfo.test", UserRole.Writer);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = "dev@boneinfo.test", ["Password"] = TestUsers.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("boneinfo.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task TooManySignInAttemptsFromOneAddressGet429WithRetryAfterAndAPageSayingHowLongToWait()
    {
        await using var app = new StrictFactory("Production");
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var attempt = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = $"guess{i}@boneinfo.test", ["Password"] = "wrong password " + i });
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        var refused = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = "guess@boneinfo.test", ["Password"] = "wrong password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Too many attempts", page.QuerySelector("h1")!.TextContent);
        Assert.Contains($"Please wait {seconds} second", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin")).StatusCode);
    }

    [Fact]
    public async Task SignedInEditorsSeeTheirNameTheAdminLinksAndASignOutButtonOnEveryPage()
    {
        var writer = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
        var admin = await TestUsers.SignedInClientAsync(_app, "admin@boneinfo.test");

        var writerBar = new HtmlParser().ParseDocument(await writer.GetStringAsync("/conditions")).QuerySelector("nav.account-bar")!;
        var adminBar = new HtmlParser().ParseDocument(await admin.GetStringAsync("/")).QuerySelector("nav.account-bar")!;

        Assert.Contains("Signed in as writer", writerBar.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/admin", "/admin/links", "/admin/export"], writerBar.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/admin", "/admin/links", "/admin/export", "/admin/users", "/admin/audit"], adminBar.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var form = writerBar.QuerySelector("form")!;
        Assert.Equal(("post", "/account/signout"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null(new HtmlParser().ParseDocument(await _app.CreateClient().GetStringAsync("/")).QuerySelector("nav.account-bar"));
    }

    [Fact]
    public async Task SigningOutEndsTheSessionAndIsAudited()
    {
        var writer = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");

        var response = await TestUsers.PostFormAsync(writer, "/admin", [], "nav.account-bar form");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SigningOutWithoutTheAntiforgeryTokenIsRefused()
    {
        var writer = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");

        var response = await writer.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/admin")).StatusCode);
    }
}
