namespace BoneInfo.Tests.Infrastructure;

/// <summary>Cookies by name, sent to any node: the session cookie is Secure, which HttpClient's own container would not send over http.</summary>
public sealed class CookieJar
{
    public Dictionary<string, string> Cookies { get; } = [];
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
                    jar.Cookies[pair[0]] = pair[1];
                }
            }
        }
        return response;
    }
}
