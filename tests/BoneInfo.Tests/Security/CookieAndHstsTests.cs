using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BoneInfo.Tests.Security;

/// <summary>
/// The session and antiforgery cookies are HttpOnly, SameSite and Secure over https, and https responses carry HSTS,
/// also behind a TLS-terminating proxy that forwards the scheme.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CookieAndHstsTests : IAsyncLifetime, IDisposable
{
    private const string Hsts = "max-age=31536000; includeSubDomains";
    private readonly TestContentFactory _app = new();

    public async Task InitializeAsync() => await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task OverHttpsTheSessionAndAntiforgeryCookiesAreHttpOnlySameSiteAndSecure()
    {
        var client = Client(_app, "https://boneinfo.test");

        var form = await client.GetAsync("/account/signin");
        var signIn = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = "writer@boneinfo.test", ["Password"] = TestUsers.Password });

        var antiforgery = Cookie(form, ".AspNetCore.Antiforgery.");
        var session = Cookie(signIn, "boneinfo.auth=");
        Assert.All(new[] { antiforgery, session }, c => Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(new[] { antiforgery, session }, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("; samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/signin")]
    [InlineData("/conditions/no-such-condition")]
    public async Task HttpsResponsesCarryHstsForAYearWithSubdomains(string path)
    {
        var response = await Client(_app, "https://boneinfo.test").GetAsync(path);

        Assert.Equal(Hsts, string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task PlainHttpAndDevelopmentGetNoHsts()
    {
        await using var development = new EnvironmentFactory("Development");

        Assert.False((await Client(_app, "http://boneinfo.test").GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
        Assert.False((await Client(development, "https://boneinfo.test").GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task BehindAProxyThatForwardsHttpsTheCookiesAreSecureAndHstsIsSent()
    {
        await using var proxied = new EnvironmentFactory("Production", forwardedHeaders: true);
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await Client(proxied, "http://boneinfo.test").SendAsync(request);

        Assert.Equal(Hsts, string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("; secure", Cookie(response, ".AspNetCore.Antiforgery."), StringComparison.OrdinalIgnoreCase);
    }

    private static HttpClient Client(BoneInfoFactory app, string baseAddress) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

    private static string Cookie(HttpResponseMessage response, string prefix) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(prefix, StringComparison.Ordinal));

    private sealed class EnvironmentFactory(string environment, bool forwardedHeaders = false) : BoneInfoFactory(RepoPaths.TestContent)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            if (forwardedHeaders)
            {
                builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true"); // what ASPNETCORE_FORWARDEDHEADERS_ENABLED=true sets
            }
        }
    }
}
