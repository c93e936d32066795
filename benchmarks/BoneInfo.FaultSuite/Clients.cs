namespace BoneInfo.FaultSuite;

/// <summary>HTTP clients as the suite's readers and editors use them: no automatic redirects, short connect timeouts.</summary>
public static class Clients
{
    /// <summary>Long enough for a save that waits out SQLite's 5 s busy timeout, short enough to notice a hung app.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    /// <summary>One client, many connections: the readers share it.</summary>
    public static HttpClient Anonymous(Uri app) => new(Handler(), disposeHandler: true) { BaseAddress = app, Timeout = RequestTimeout };

    /// <summary>A client with its own session: it keeps the cookies the app sets, as a browser does.</summary>
    public static HttpClient WithSession(Uri app) =>
        new(new SessionCookies { InnerHandler = Handler() }, disposeHandler: true) { BaseAddress = app, Timeout = RequestTimeout };

    private static SocketsHttpHandler Handler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        MaxConnectionsPerServer = int.MaxValue,
    };

    /// <summary>
    /// Keeps cookies by name and sends them back. The app marks its session cookie Secure outside Development, which
    /// HttpClient's own cookie container would not send over the suite's plain loopback HTTP.
    /// </summary>
    private sealed class SessionCookies : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_cookies)
            {
                if (_cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
                }
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var nameAndValue = header.Split(';', 2)[0];
                var equals = nameAndValue.IndexOf('=', StringComparison.Ordinal);
                lock (_cookies)
                {
                    _cookies[nameAndValue[..equals]] = nameAndValue[(equals + 1)..];
                }
            }
            return response;
        }
    }
}
