namespace BoneInfo.Tests.Infrastructure;

/// <summary>
/// Cookies by name, sent to any node and over http: the session cookie is Secure, which HttpClient's own container
/// would not send over http. Tests read, copy and plant cookies through it, as a browser's user or an attacker could.
/// </summary>
public sealed class CookieJar
{
    public Dictionary<string, string> Cookies { get; } = [];

    /// <summary>Another jar holding the same cookies, as if copied out of this browser.</summary>
    public CookieJar Copy()
    {
        var copy = new CookieJar();
        foreach (var (name, value) in Cookies)
        {
            copy.Cookies[name] = value;
        }
        return copy;
    }
}

public sealed class CookieJarHandler(CookieJar jar) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (jar)
        {
            if (jar.Cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", jar.Cookies.Select(c => $"{c.Key}={c.Value}")));
            }
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            lock (jar)
            {
                foreach (var pair in setCookies.Select(c => c.Split(';')[0].Split('=', 2)))
                {
                    if (pair[1].Length == 0)
                    {
                        jar.Cookies.Remove(pair[0]); // deleted by the server
                    }
                    else
                    {
                        jar.Cookies[pair[0]] = pair[1];
                    }
                }
            }
        }
        return response;
    }
}
