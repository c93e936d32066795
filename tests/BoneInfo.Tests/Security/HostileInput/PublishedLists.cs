namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>Where published text shows up: the article's own pages, and the lists that name every article.</summary>
public static class PublishedLists
{
    public static readonly string[] Public =
    [
        "/", "/conditions", "/es/conditions", "/genes", "/sitemap.xml", "/feed.atom", "/api/conditions?pageSize=100",
        "/search?q=thoroughly", "/api/search?q=thoroughly&limit=50", "/symptoms?findings=Recurrent%20fractures", "/api/suggest?q=hostile",
    ];

    public static readonly string[] Admin = ["/admin", "/admin/links", "/admin/export", "/admin/audit"];

    /// <summary>Name, path and query of each page that shows one article, given its encoded slug and the encoded string.</summary>
    public static IEnumerable<(string Name, string Path, string Query)> ArticlePages(string slug, string encoded) =>
    [
        ("/conditions/{slug}", $"/conditions/{slug}", ""),
        ("/es/conditions/{slug}", $"/es/conditions/{slug}", ""),
        ("/api/conditions/{slug}", $"/api/conditions/{slug}", ""),
        ("/api/search q", "/api/search", $"q={encoded}"),
    ];

    /// <summary>
    /// Search snippets are HTML the search page writes as is (escaped text, matches in mark elements). The API
    /// returns the same snippets, so each is checked as the page would show it.
    /// </summary>
    public static string[] SnippetProblems(RawResponse response)
    {
        if (response.Status != 200 || response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return [];
        }
        using var json = System.Text.Json.JsonDocument.Parse(response.Body);
        return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && json.RootElement.TryGetProperty("results", out var results)
            ? results.EnumerateArray()
                .SelectMany(r => MarkupReflection.Problems("text/html", r.GetProperty("snippet").GetString() ?? "", []))
                .Select(p => "snippet: " + p).ToArray()
            : [];
    }
}
