using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;

namespace BoneInfo.Tests.Hosting;

/// <summary>Every response carries the security headers: pages, admin pages, error pages, health, static files.</summary>
[Trait("Category", "Integration")]
public sealed class SecurityHeadersTests(TestContentFactoryFixture fixture) : IClassFixture<TestContentFactoryFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/conditions/sample-condition", HttpStatusCode.OK)]
    [InlineData("/admin/users", HttpStatusCode.OK)]
    [InlineData("/admin/audit", HttpStatusCode.OK)]
    [InlineData("/conditions/no-such-condition", HttpStatusCode.NotFound)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/api/suggest?q=sam", HttpStatusCode.OK)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var client = await fixture.AdminClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousRedirectToSignInCarriesThemToo()
    {
        var response = await fixture.App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task NoPageHasInlineScriptsStylesOrEventHandlers()
    {
        var client = await fixture.AdminClientAsync();
        foreach (var path in new[] { "/", "/conditions", "/conditions/sample-condition", "/search?q=bone", "/symptoms?findings=fractures", "/glossary", "/account/signin", "/admin/users", "/admin/users/new", "/admin/users/1", "/admin/audit", "/admin/links", "/genes", "/genes/ALPL", "/api" })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(path));

            // A JSON-LD block is data, not script: the browser never runs it, so it needs no script-src permission.
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.True(s.HasAttribute("src"), $"{path}: inline <script>"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage!.RequestUri}");
}

/// <summary>One app and one signed-in admin for a whole test class that only reads.</summary>
public sealed class TestContentFactoryFixture : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HttpClient? _admin;

    public TestContentFactory App { get; } = new();

    public async Task<HttpClient> AdminClientAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_admin is null)
            {
                await TestUsers.AddAsync(App, "admin@boneinfo.test", UserRole.Admin);
                _admin = await TestUsers.SignedInClientAsync(App, "admin@boneinfo.test");
            }
            return _admin;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        App.Dispose();
    }
}
