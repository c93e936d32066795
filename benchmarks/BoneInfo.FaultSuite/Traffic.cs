using System.Collections.Concurrent;
using System.Net.Sockets;

namespace BoneInfo.FaultSuite;

/// <summary>Who sent a request.</summary>
public enum Actor
{
    Reader,
    Editor,
}

/// <summary>
/// One request: when it was sent and answered (seconds since the run began), the status (0 when there was no
/// answer: refused, reset or timed out; -1 when it was still waiting as the run ended) and what it was, as a route
/// (<c>GET /conditions/{slug}</c>).
/// </summary>
public sealed record RequestRecord(Actor Actor, string Route, double Start, double End, int Status)
{
    public const int Unfinished = -1;

    public bool Answered => Status > 0;
    public bool ServerError => Status >= 500;
}

/// <summary>The answer as a client saw it. <see cref="Status"/> 0: no answer.</summary>
public sealed record Answer(int Status, string? Location, string Body)
{
    public bool Redirected(string done) => Status == 303 && Location?.EndsWith("done=" + done, StringComparison.Ordinal) == true;
}

/// <summary>Sends every request of the run and records it.</summary>
public sealed class Traffic(Timeline timeline)
{
    private readonly ConcurrentQueue<RequestRecord> _records = new();

    public IReadOnlyList<RequestRecord> Records => [.. _records];

    public Task<Answer> GetAsync(HttpClient client, Actor actor, string path, string route, CancellationToken stop) =>
        SendAsync(client, actor, route, () => new HttpRequestMessage(HttpMethod.Get, path), stop);

    public Task<Answer> PostAsync(HttpClient client, Actor actor, string path, IEnumerable<KeyValuePair<string, string>> fields, string route, CancellationToken stop) =>
        SendAsync(client, actor, route, () => new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) }, stop);

    private async Task<Answer> SendAsync(HttpClient client, Actor actor, string route, Func<HttpRequestMessage> request, CancellationToken stop)
    {
        var start = timeline.Now;
        Answer answer;
        try
        {
            using var message = request();
            using var response = await client.SendAsync(message, stop);
            var body = await response.Content.ReadAsStringAsync(stop);
            answer = new Answer((int)response.StatusCode, response.Headers.Location?.OriginalString, body);
        }
        catch (Exception ex) when (IsNoAnswer(ex))
        {
            answer = new Answer(stop.IsCancellationRequested ? RequestRecord.Unfinished : 0, null, ex.Message);
        }
        _records.Enqueue(new RequestRecord(actor, route, start, timeline.Now, answer.Status));
        stop.ThrowIfCancellationRequested();
        return answer;
    }

    /// <summary>Refused, reset, closed mid-answer or timed out: what a client sees while the app is down.</summary>
    private static bool IsNoAnswer(Exception ex) =>
        ex is HttpRequestException or OperationCanceledException or IOException or SocketException;
}
