using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>A response, read whole.</summary>
public sealed record RawResponse(int Status, string? ContentType, string Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>How long the request took, summed per parameter in the report (a figure, never asserted).</summary>
    public TimeSpan Elapsed { get; init; }

    public string? Location => Headers.FirstOrDefault(h => h.Key.Equals("Location", StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>
/// Sends requests into the app's in-process server with the query string and form body exactly as given
/// (already percent-encoded), so no client library re-encodes, normalises or refuses them (System.Uri stops at
/// 65 519 characters). Keeps cookies like a browser unless told not to.
/// </summary>
public sealed class RawClient(TestServer server)
{
    private const string FormType = "application/x-www-form-urlencoded";
    private readonly Dictionary<string, string> _cookies = [];
    private readonly Lock _gate = new();

    /// <summary>False: later responses change no cookie (a sign-in that succeeds leaves the client as it was).</summary>
    public bool FollowSetCookie { get; set; } = true;

    /// <summary>GET <paramref name="path"/> (which may carry its own query after '?') with <paramref name="query"/>.</summary>
    public Task<RawResponse> GetAsync(string path, string query = "") =>
        query.Length == 0 && path.IndexOf('?', StringComparison.Ordinal) is var mark and >= 0
            ? SendAsync("GET", path[..mark], path[(mark + 1)..], null)
            : SendAsync("GET", path, query, null);

    public Task<RawResponse> PostAsync(string path, string formBody, string query = "") => SendAsync("POST", path, query, formBody);

    /// <summary>A form body from names and their already-encoded values.</summary>
    public static string Form(IEnumerable<KeyValuePair<string, string>> encodedFields) =>
        string.Join('&', encodedFields.Select(f => Uri.EscapeDataString(f.Key) + "=" + f.Value));

    public static string Encode(string value) => Uri.EscapeDataString(value);

    public async Task<RawResponse> SendAsync(string method, string path, string query, string? formBody)
    {
        if (!TryDecodePath(path, out var decodedPath))
        {
            return new RawResponse(StatusCodes.Status400BadRequest, null, "", []);
        }
        var cookieHeader = CookieHeader();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Scheme = "https";
            c.Request.Host = new HostString("localhost");
            c.Request.Path = decodedPath;
            c.Request.QueryString = query.Length == 0 ? QueryString.Empty : new QueryString("?" + query);
            if (cookieHeader.Length > 0)
            {
                c.Request.Headers.Cookie = cookieHeader;
            }
            if (formBody is not null)
            {
                var bytes = Encoding.ASCII.GetBytes(formBody);
                c.Request.ContentType = FormType;
                c.Request.ContentLength = bytes.Length;
                c.Request.Body = new MemoryStream(bytes);
            }
        });
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Response.Headers.SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key, v ?? ""))).ToList();
        if (FollowSetCookie)
        {
            Remember(context.Response.Headers.SetCookie);
        }
        return new RawResponse(context.Response.StatusCode, context.Response.ContentType, body, headers)
        {
            Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var response = await GetAsync(page);
        return new HtmlParser().ParseDocument(response.Body).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"no antiforgery token on {page} ({response.Status})");
    }

    /// <summary>Signs in through the sign-in form; the client then carries the session cookie.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var token = await TokenAsync("/account/signin");
        var response = await PostAsync("/account/signin", Form([
            KeyValuePair.Create("Email", Encode(email)), KeyValuePair.Create("Password", Encode(password)),
            KeyValuePair.Create("__RequestVerificationToken", Encode(token))]));
        if (response.Status != StatusCodes.Status302Found)
        {
            throw new InvalidOperationException($"sign-in as {email} failed: {response.Status}");
        }
    }

    /// <summary>
    /// Decodes the path as Kestrel does (the same decoder). Kestrel answers a path it cannot decode, such as one
    /// with %00, with 400 before the app sees it; the test server would throw instead.
    /// </summary>
    private static bool TryDecodePath(string path, out PathString decoded)
    {
        try
        {
            decoded = PathString.FromUriComponent(path);
            return true;
        }
        catch (InvalidOperationException)
        {
            decoded = default;
            return false;
        }
    }

    private string CookieHeader()
    {
        lock (_gate)
        {
            return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
        }
    }

    private void Remember(IEnumerable<string?> setCookies)
    {
        lock (_gate)
        {
            foreach (var header in setCookies.OfType<string>())
            {
                var pair = header.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }
    }
}
