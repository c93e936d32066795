using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Content;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.PublicApi;

/// <summary>GET /api/conditions and /api/conditions/{slug}: shapes, paging, ETags and problem details.</summary>
[Trait("Category", "Integration")]
public sealed class ConditionsApiTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task TheListGivesEveryPublishedArticleInTitleOrderWithItsAddresses()
    {
        var (response, json) = await ApiClient.GetJsonAsync(app, "/api/conditions?pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((1, 100, ContentLibrary.Articles.Count, 1), (json.GetProperty("page").GetInt32(), json.GetProperty("pageSize").GetInt32(), json.GetProperty("totalItems").GetInt32(), json.GetProperty("totalPages").GetInt32()));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(ContentLibrary.Articles.Values.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).Select(a => a.Slug), items.Select(i => i.Text("slug")));
        var first = items.Single(i => i.Text("slug") == "low-alkaline-phosphatase");
        var article = ContentLibrary.Articles["low-alkaline-phosphatase"];
        Assert.Equal(
            (article.Title, "lab-finding", article.Summary, article.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            (first.Text("title"), first.Text("kind"), first.Text("summary"), first.Text("lastReviewed")));
        Assert.Equal((BoneInfoFactory.BaseUrl + "/conditions/low-alkaline-phosphatase", BoneInfoFactory.BaseUrl + "/api/conditions/low-alkaline-phosphatase"), (first.Text("url"), first.Text("apiUrl")));
    }

    [Fact]
    public async Task PagesLinkToEachOtherAndTogetherHoldEveryArticleOnce()
    {
        var slugs = new List<string>();
        string? next = "/api/conditions?pageSize=5";
        while (next is not null)
        {
            var (_, json) = await ApiClient.GetJsonAsync(app, next);
            slugs.AddRange(json.GetProperty("items").EnumerateArray().Select(i => i.Text("slug")));
            Assert.True(json.GetProperty("items").GetArrayLength() <= 5);
            var links = json.GetProperty("links");
            Assert.Equal(json.GetProperty("page").GetInt32() == 1, links.GetProperty("prev").ValueKind == JsonValueKind.Null);
            next = links.GetProperty("next").GetString()?.Replace(BoneInfoFactory.BaseUrl, "", StringComparison.Ordinal);
        }

        Assert.Equal(ContentLibrary.Articles.Keys.Order(), slugs.Order());
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=1.5")]
    [InlineData("page=99999999999999999999")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("pageSize=%20")]
    public async Task ABadPageOrPageSizeIsA400Problem(string query)
    {
        var (response, json) = await ApiClient.GetJsonAsync(app, "/api/conditions?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.Text("title")));
    }

    [Fact]
    public async Task APageBeyondTheLastIsA404Problem()
    {
        var (response, json) = await ApiClient.GetJsonAsync(app, "/api/conditions?page=999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such page", json.Text("title"));
    }

    [Fact]
    public async Task AConditionGivesItsStructuredDataButNotItsBody()
    {
        var (response, json) = await ApiClient.GetJsonAsync(app, "/api/conditions/hypophosphatasia");
        var article = ContentLibrary.Articles["hypophosphatasia"];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("hypophosphatasia", "Hypophosphatasia", "condition", BoneInfoFactory.BaseUrl + "/conditions/hypophosphatasia"), (json.Text("slug"), json.Text("title"), json.Text("kind"), json.Text("url")));
        Assert.Equal(article.Metadata.OtherNames, json.GetProperty("otherNames").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains(json.GetProperty("codes").EnumerateArray(), c => c.Text("system") == "OMIM" && c.Text("code") == "146300");
        var gene = Assert.Single(json.GetProperty("genes").EnumerateArray());
        Assert.Equal(("ALPL", "alkaline phosphatase, biomineralization associated", BoneInfoFactory.BaseUrl + "/genes/ALPL"), (gene.Text("symbol"), gene.Text("name"), gene.Text("url")));
        Assert.Equal(["autosomal-recessive", "autosomal-dominant"], gene.GetProperty("patterns").EnumerateArray().Select(p => p.GetString()));
        var phenotypes = json.GetProperty("phenotypes").EnumerateArray().ToList();
        Assert.Equal(article.Metadata.Phenotypes.Select(p => (p.Hpo, p.Plain, p.Frequency)), phenotypes.Select(p => (p.GetProperty("hpoId").GetString(), p.Text("plain"), p.Text("frequency"))));
        Assert.Equal(article.Metadata.Labs.Count, json.GetProperty("labs").GetArrayLength());
        Assert.Equal(article.Metadata.References.Count, json.GetProperty("references").GetArrayLength());
        Assert.Equal("2026-11-21", json.Text("lastReviewed"));
        Assert.Contains("Human Phenotype Ontology", json.Text("attribution"), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("body", out _));
        Assert.DoesNotContain("## Overview", json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhenotypesCarryTheirHpoIdsWithTheOfficialEnglishAndSpanishLabels()
    {
        var (_, json) = await ApiClient.GetJsonAsync(app, "/api/conditions/camurati-engelmann-disease");

        Assert.All(json.GetProperty("phenotypes").EnumerateArray(), p =>
        {
            var term = HpoCoverageTests.Table.Find(p.Text("hpoId"))!;
            Assert.Equal((term.Label, term.LabelEs), (p.Text("label"), p.GetProperty("labelEs").GetString()));
            Assert.Equal($"https://hpo.jax.org/browse/term/{Uri.EscapeDataString(term.Id)}", p.Text("hpoUrl"));
        });
        Assert.Equal(BoneInfoFactory.BaseUrl + "/es/conditions/camurati-engelmann-disease", json.Text("spanishUrl"));
    }

    [Theory]
    [InlineData("/api/conditions")]
    [InlineData("/api/conditions/hypophosphatasia")]
    public async Task AnETagLetsAClientAskAgainAndGet304(string path)
    {
        var (first, _) = await ApiClient.GetJsonAsync(app, path);
        var etag = first.Headers.ETag!.ToString();

        var (again, _) = await ApiClient.GetJsonAsync(app, path, etag);
        var (changed, _) = await ApiClient.GetJsonAsync(app, path, "\"something-else\"");

        Assert.Matches("^\"[0-9a-f]{32}\"$", etag);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task DifferentAnswersHaveDifferentETags()
    {
        var (a, _) = await ApiClient.GetJsonAsync(app, "/api/conditions/hypophosphatasia");
        var (b, _) = await ApiClient.GetJsonAsync(app, "/api/conditions/osteopetrosis");
        var (c, _) = await ApiClient.GetJsonAsync(app, "/api/conditions?pageSize=3");

        Assert.Equal(3, new[] { a, b, c }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
    }

    [Theory]
    [InlineData("/api/conditions/no-such-condition")]
    [InlineData("/api/conditions/Hypophosphatasia")]
    [InlineData("/api/conditions/%F0%9F%A6%B4")]
    [InlineData("/api/conditions/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/conditions/a'%20OR%201=1--")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/conditions/hypophosphatasia/more")]
    public async Task UnknownOrOddAddressesAre404ProblemsNotErrorPages(string path)
    {
        var (response, json) = await ApiClient.GetJsonAsync(app, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }
}
