using AngleSharp.Html.Parser;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>Users for tests, stored in the app's real database, and clients signed in through the real form.</summary>
public static class TestUsers
{
    public const string Password = "correct horse battery staple";

    public static async Task<User> AddAsync(BoneInfoFactory app, string email, UserRole role, string password = Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await AddAsync(scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>(), email, role, password);
    }

    /// <summary>The same straight into a database, e.g. one an app in another process serves.</summary>
    public static async Task<User> AddAsync(BoneInfoDbContext db, string email, UserRole role, string password = Password)
    {
        var user = new User { Email = email, DisplayName = email.Split('@')[0], Role = role, CreatedAt = DateTime.UtcNow };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A cookie-keeping client that has signed in with the sign-in form (antiforgery token included).</summary>
    public static Task<HttpClient> SignedInClientAsync(BoneInfoFactory app, string email, string password = Password) =>
        SignInAsync(app.CreateBrowserClient(), email, password);

    /// <summary>The same for an app listening on a real port (Kestrel, or the app as a process), over http.</summary>
    public static Task<HttpClient> SignedInClientAsync(Uri address, string email, CookieJar? jar = null) =>
        SignInAsync(PortClient(address, jar ?? new CookieJar()), email, Password);

    /// <summary>
    /// A client of an app listening on <paramref name="address"/>: cookies kept in <paramref name="jar"/> and sent over
    /// http too (the session cookie is Secure), redirects reported rather than followed.
    /// </summary>
    public static HttpClient PortClient(Uri address, CookieJar jar) =>
        new(new CookieJarHandler(jar) { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } }) { BaseAddress = address };

    private static async Task<HttpClient> SignInAsync(HttpClient client, string email, string password)
    {
        var response = await PostFormAsync(client, "/account/signin", new() { ["Email"] = email, ["Password"] = password });
        if (response.Headers.Location?.OriginalString is not "/admin")
        {
            throw new InvalidOperationException($"sign-in as {email} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>Loads a page, copies its form's antiforgery token, and posts the given fields to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formSelector = null)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var form = page.QuerySelector(formSelector ?? "main form[method=post]")
            ?? throw new InvalidOperationException($"no form on {path}");
        var values = form.QuerySelectorAll("input[type=hidden][name]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token of the first POST form on a page, as a browser would submit it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"no antiforgery token on {path}");
    }

    /// <summary>Posts fields with a token taken from <paramref name="tokenPage"/>: a form a person could not reach from the page.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string tokenPage, string action, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, tokenPage) };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
