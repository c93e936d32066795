using System.Net;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;

namespace BoneInfo.Tests.Security;

/// <summary>
/// Every endpoint under /admin, found in the running app, refuses anonymous visitors and users whose role is too
/// low, and every POST form on an admin page carries an antiforgery token. New admin pages are swept automatically.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AdminAuthorizationSweepTests(AdminSweepFixture sweep) : IClassFixture<AdminSweepFixture>
{
    private static readonly Dictionary<string, string> HostileForm = new()
    {
        ["Email"] = "intruder@boneinfo.test", ["DisplayName"] = "Intruder", ["Role"] = "Admin", ["Password"] = "intruder password 123",
        ["active"] = "false", ["Title"] = "Defaced", ["Body"] = "Defaced", ["Markdown"] = "Defaced",
    };

    [Fact]
    public void TheSweepFindsTheAdminPagesAndEachNeedsASignedInEditor()
    {
        Assert.Superset(
            new HashSet<string> { "/admin", "/admin/users", "/admin/users/new", "/admin/users/{id:int}", "/admin/audit", "/admin/export", "/admin/links" },
            sweep.Endpoints.Select(e => e.Route).ToHashSet());
        Assert.All(sweep.Endpoints, e => Assert.True(e.RequiredRole is not null, $"{e.Route} {e.Problem}"));
        Assert.All(["/admin/users", "/admin/users/new", "/admin/users/{id:int}", "/admin/audit"], route =>
            Assert.Equal(UserRole.Admin, sweep.Endpoints.Single(e => e.Route == route).RequiredRole));
        Assert.All(["/admin/export", "/admin/links"], route =>
            Assert.Equal(UserRole.Writer, sweep.Endpoints.Single(e => e.Route == route).RequiredRole));
    }

    private static readonly string[] BackgroundEndpoints = ["/admin/articles/preview", "/admin/articles/autosave"];

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInFromEveryAdminEndpointWhateverTheMethod()
    {
        var before = await sweep.SnapshotAsync();
        var wrong = new List<string>();
        foreach (var (endpoint, method, path) in Requests())
        {
            using var client = sweep.App.CreateBrowserClient();
            var token = method == "GET" ? null : await TestUsers.AntiforgeryTokenAsync(client, "/account/signin");
            foreach (var withToken in token is null ? [false] : new[] { false, true })
            {
                var response = await SendAsync(client, method, path, withToken ? token : null);
                // The editor's background calls (live preview, autosave) answer 401 so their script can warn the
                // editor without losing the page; every other endpoint sends the visitor to sign in.
                var refused = BackgroundEndpoints.Contains(path)
                    ? response.StatusCode == System.Net.HttpStatusCode.Unauthorized
                    : IsRedirectTo(response, "/account/signin", path);
                if (!refused)
                {
                    wrong.Add($"{method} {path} (token: {withToken}) → {Describe(response)}");
                }
            }
        }
        Assert.Empty(wrong);
        Assert.Equal(before, await sweep.SnapshotAsync());
    }

    [Theory]
    [InlineData(UserRole.Writer)]
    [InlineData(UserRole.Reviewer)]
    public async Task AUserIsDeniedEveryEndpointAboveTheirRoleEvenWithAValidToken(UserRole role)
    {
        var client = sweep.Clients[role];
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/account/signin");
        var before = await sweep.SnapshotAsync();
        var wrong = new List<string>();
        foreach (var (endpoint, method, path) in Requests().Where(r => r.Endpoint.RequiredRole > role))
        {
            var response = await SendAsync(client, method, path, method == "GET" ? null : token);
            if (!IsRedirectTo(response, "/account/denied", path))
            {
                wrong.Add($"{method} {path} needs {endpoint.RequiredRole} → {Describe(response)}");
            }
        }
        Assert.Empty(wrong);
        Assert.Equal(before, await sweep.SnapshotAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/account/denied")).StatusCode);
    }

    [Theory]
    [InlineData(UserRole.Writer)]
    [InlineData(UserRole.Reviewer)]
    [InlineData(UserRole.Admin)]
    public async Task AUserCanOpenEveryEndpointTheirRoleAllows(UserRole role)
    {
        var client = sweep.Clients[role];
        var wrong = new List<string>();
        foreach (var (endpoint, _, path) in Requests().Where(r => r.Method == "GET" && r.Endpoint.RequiredRole <= role))
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || (int)response.StatusCode >= 500
                || IsRedirectTo(response, "/account/signin", path) || IsRedirectTo(response, "/account/denied", path))
            {
                wrong.Add($"GET {path} as {role} → {Describe(response)}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task NoAdminEndpointAnswersOddInputFromAnAdminWithAServerError()
    {
        var client = sweep.Clients[UserRole.Admin];
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/account/signin");
        var wrong = new List<string>();
        foreach (var (_, method, path) in Requests().Append((sweep.Endpoints[0], "POST", "/admin/users/1?handler=NoSuchHandler")))
        {
            var response = await SendAsync(client, method, path, method == "GET" ? null : token);
            if ((int)response.StatusCode >= 500)
            {
                wrong.Add($"{method} {path} → {Describe(response)}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task EveryPostFormOnAnAdminPageCarriesAnAntiforgeryToken()
    {
        var client = sweep.Clients[UserRole.Admin];
        var forms = 0;
        var missing = new List<string>();
        foreach (var (_, _, path) in Requests().Where(r => r.Method == "GET"))
        {
            var response = await client.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var form in page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                if (form.QuerySelector("input[type=hidden][name=__RequestVerificationToken][value]") is null)
                {
                    missing.Add($"{path}: form {form.GetAttribute("action")}");
                }
            }
        }
        Assert.Empty(missing);
        Assert.True(forms >= 5, $"only {forms} POST forms found: the sweep is not reaching the admin pages");
    }

    /// <summary>Each endpoint with each method it accepts (pages: GET, and POST to every handler).</summary>
    private IEnumerable<(AdminEndpoint Endpoint, string Method, string Path)> Requests() =>
        sweep.Endpoints.SelectMany(e => e.Methods.SelectMany(method =>
            method == "POST" && e.Handlers.Count > 0
                ? e.Handlers.Select(h => (e, method, $"{e.Path}?handler={h}")).Prepend((e, method, e.Path))
                : [(e, method, e.Path)]));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET" && method != "HEAD")
        {
            var fields = new Dictionary<string, string>(HostileForm);
            if (token is not null)
            {
                fields["__RequestVerificationToken"] = token;
                request.Headers.Add("RequestVerificationToken", token);
            }
            request.Content = new FormUrlEncodedContent(fields);
        }
        return await client.SendAsync(request);
    }

    /// <summary>A 302 to the sign-in or denied page that would bring the user back to where they were.</summary>
    private static bool IsRedirectTo(HttpResponseMessage response, string target, string path)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            return false;
        }
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("https://localhost"), location);
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(absolute.Query).GetValueOrDefault("ReturnUrl").ToString();
        return absolute.AbsolutePath == target && returnUrl == path;
    }

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.Headers.Location}";
}
