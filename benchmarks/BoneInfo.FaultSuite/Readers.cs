namespace BoneInfo.FaultSuite;

/// <summary>
/// Anonymous readers, each one request after another without pause: a condition page most often, then search
/// (pages and API), the home page, the A-Z, the glossary and the symptom checker. After a refused connection a
/// reader waits 100 ms, as a retrying client would, rather than spin.
/// </summary>
public sealed class Readers(Traffic traffic, IReadOnlyList<string> slugs)
{
    private static readonly string[] Queries =
    [
        "hypophosphatasia", "bone pain", "low alkaline phosphatase", "osteopetrosis", "rickets", "paget",
        "fractures in children", "ALPL", "high phosphate", "HP:0002653", "osteomalacia", "teeth lost early",
    ];

    /// <summary>Route and weight (out of 100).</summary>
    private static readonly (string Route, int Weight)[] Mix =
    [
        ("GET /conditions/{slug}", 35), ("GET /search?q=", 20), ("GET /api/search?q=", 15), ("GET /", 10),
        ("GET /conditions", 10), ("GET /glossary", 5), ("GET /symptoms", 5),
    ];

    public Task RunAsync(HttpClient client, int count, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => ReadAsync(client, new Random(i), stop), CancellationToken.None)));

    private async Task ReadAsync(HttpClient client, Random random, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var route = Pick(random);
                var answer = await traffic.GetAsync(client, Actor.Reader, PathFor(route, random), route, stop);
                if (answer.Status == 0)
                {
                    await Task.Delay(100, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (route, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return route;
            }
        }
        return Mix[0].Route;
    }

    public static IEnumerable<string> Routes => Mix.Select(m => m.Route);

    public static string PathFor(string route, string slug, string query) => route switch
    {
        "GET /conditions/{slug}" => "/conditions/" + slug,
        "GET /search?q=" => "/search?q=" + Uri.EscapeDataString(query),
        "GET /api/search?q=" => "/api/search?q=" + Uri.EscapeDataString(query),
        _ => route[4..],
    };

    private string PathFor(string route, Random random) => PathFor(route, slugs[random.Next(slugs.Count)], Queries[random.Next(Queries.Length)]);
}
