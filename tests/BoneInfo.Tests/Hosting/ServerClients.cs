using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace BoneInfo.Tests.Hosting;

/// <summary>Editors of an <see cref="AppServer"/>: accounts put in its database, and clients that sign in through the form.</summary>
public static class ServerClients
{
    public static async Task AddUserAsync(BoneInfoDbContext db, string email, UserRole role)
    {
        var user = new User { Email = email, DisplayName = email.Split('@')[0], Role = role, CreatedAt = DateTime.UtcNow };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, TestUsers.Password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }

    /// <summary>A client signed in with the sign-in form, redirects reported rather than followed.</summary>
    public static async Task<HttpClient> SignedInAsync(AppServer server, string email)
    {
        var client = new HttpClient(new CookieJar { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = server.Address,
        };
        var response = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = email, ["Password"] = TestUsers.Password });
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.SeeOther)
        {
            throw new InvalidOperationException($"sign-in as {email} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>
    /// A browser's cookies over plain http: the app runs as Production, so its session cookie is Secure, which
    /// HttpClient's own cookie container would never send back to an http address.
    /// </summary>
    private sealed class CookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_cookies)
            {
                if (_cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
                }
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = cookie.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                lock (_cookies)
                {
                    _cookies[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
                }
            }
            return response;
        }
    }
}

/// <summary>A form post whose body arrives in pieces over <c>duration</c>: a slow upload, still in flight when the app is told to stop.</summary>
public sealed class SlowFormContent : HttpContent
{
    private const int Pieces = 20;
    private readonly byte[] _body;
    private readonly TimeSpan _duration;

    public SlowFormContent(Dictionary<string, string> fields, TimeSpan duration)
    {
        using var form = new FormUrlEncodedContent(fields);
        _body = form.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        _duration = duration;
        Headers.ContentType = form.Headers.ContentType;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var size = (_body.Length + Pieces - 1) / Pieces;
        for (var offset = 0; offset < _body.Length; offset += size)
        {
            await stream.WriteAsync(_body.AsMemory(offset, Math.Min(size, _body.Length - offset)));
            await stream.FlushAsync();
            await Task.Delay(_duration / Pieces);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
