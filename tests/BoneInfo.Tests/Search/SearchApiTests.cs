using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Search;

[Trait("Category", "Integration")]
public sealed class SearchApiTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> GetJsonAsync(string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, json, response);
    }

    [Fact]
    public async Task SearchReturnsRankedResultsWithTheDocumentedShape()
    {
        var (status, json, _) = await GetJsonAsync("/api/search?q=baby%20teeth%20falling%20out%20early");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("baby teeth falling out early", json.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("correctedQuery").ValueKind);
        var results = json.GetProperty("results").EnumerateArray().ToList();
        var first = results[0];
        Assert.Equal("hypophosphatasia", first.GetProperty("slug").GetString());
        Assert.Equal("condition", first.GetProperty("kind").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(first.GetProperty("matched").EnumerateArray());
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task AnHpoIdIsSearchedAsItsOfficialLabel()
    {
        var (status, json, _) = await GetJsonAsync("/api/search?q=HP:0006323");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hypophosphatasia", json.GetProperty("results")[0].GetProperty("slug").GetString());
        Assert.Contains("Premature loss of primary teeth", json.GetProperty("results")[0].GetProperty("matched").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task AMisspeltNameIsCorrectedAndSaysSo()
    {
        var (_, json, _) = await GetJsonAsync("/api/search?q=hypophosphatesia");

        Assert.Equal("hypophosphatasia", json.GetProperty("correctedQuery").GetString());
        Assert.Equal("hypophosphatasia", json.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("", 10)]
    [InlineData("&limit=2", 2)]
    [InlineData("&limit=500", 50)]
    public async Task LimitDefaultsToTenAndIsCappedAtFifty(string limit, int expectedAtMost)
    {
        var (status, json, _) = await GetJsonAsync("/api/search?q=bone" + limit);

        Assert.Equal(HttpStatusCode.OK, status);
        var count = json.GetProperty("results").GetArrayLength();
        Assert.InRange(count, 1, expectedAtMost);
    }

    [Theory]
    [InlineData("/api/search", "The query is missing")]
    [InlineData("/api/search?q=%20%20", "The query is missing")]
    [InlineData("/api/search?q=bone&limit=ten", "The limit is not valid")]
    [InlineData("/api/search?q=bone&limit=0", "The limit is not valid")]
    public async Task BadRequestsGetA400ProblemThatSaysWhatIsWrong(string path, string title)
    {
        var (status, json, response) = await GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AnOverLongQueryIsRefusedWithA400()
    {
        var (status, json, _) = await GetJsonAsync("/api/search?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The query is too long", json.GetProperty("title").GetString());
    }

    public static TheoryData<string> HostileQueries() => QueryParserTests.HostileQueries();

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueriesNeverCauseAServerError(string q)
    {
        using var client = app.CreateClient();

        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        var page = await client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        var suggest = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(q.Length > 400 ? q[..400] : q));

        Assert.True((int)api.StatusCode is 200 or 400, $"api answered {(int)api.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
    }

    [Fact]
    public async Task SuggestOffersUpToEightNamesAndFindingsByPrefix()
    {
        var (status, json, _) = await GetJsonAsync("/api/suggest?q=osteo");

        Assert.Equal(HttpStatusCode.OK, status);
        var suggestions = json.EnumerateArray().ToList();
        Assert.InRange(suggestions.Count, 1, 8);
        Assert.Equal(
            ["osteogenesis-imperfecta", "osteomalacia-and-rickets", "osteopetrosis"],
            suggestions.Take(3).Select(s => s.GetProperty("slug").GetString()).Order());
        Assert.All(suggestions.Take(3), s => Assert.Equal("condition", s.GetProperty("type").GetString()));
        Assert.All(suggestions, s => Assert.Contains(
            Web.Search.SearchText.Words(s.GetProperty("text").GetString()!), w => w.StartsWith("osteo", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SuggestFindsPhenotypeLabelsFromAnyWord()
    {
        var (_, json, _) = await GetJsonAsync("/api/suggest?q=hearing");

        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("type").GetString() == "finding");
    }

    [Fact]
    public async Task MarkupInTheQueryIsEscapedInTheJsonItComesBackIn()
    {
        using var client = app.CreateClient();

        var raw = await client.GetStringAsync("/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20bone");

        Assert.DoesNotContain("<script", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> bone", JsonDocument.Parse(raw).RootElement.GetProperty("query").GetString());
    }
}
