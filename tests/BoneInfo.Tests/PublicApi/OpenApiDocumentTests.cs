using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.PublicApi;

/// <summary>/openapi/v1.json describes the conditions, search and suggest endpoints, with schemas and examples.</summary>
[Trait("Category", "Integration")]
public sealed class OpenApiDocumentTests(RealContentFactory app) : IClassFixture<RealContentFactory>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var (response, json) = await ApiClient.GetJsonAsync(app, "/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return json;
    }

    [Fact]
    public async Task ItCoversTheFourPublicEndpointsAndNothingElse()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.1", document.Text("openapi"), StringComparison.Ordinal);
        Assert.Equal("BoneInfo public API", document.GetProperty("info").Text("title"));
        Assert.Contains("Human Phenotype Ontology", document.GetProperty("info").Text("description"), StringComparison.Ordinal);
        Assert.Equal(BoneInfoFactory.BaseUrl, document.GetProperty("servers")[0].Text("url"));
        Assert.Equal(["/api/conditions", "/api/conditions/{slug}", "/api/search", "/api/suggest"], document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("/api/conditions", "ConditionList", "200 400 404")]
    [InlineData("/api/conditions/{slug}", "ConditionDetails", "200 404")]
    [InlineData("/api/search", "SearchApiResponse", "200 400 429")]
    [InlineData("/api/suggest", null, "200")]
    public async Task EachOperationHasItsSchemaAndAnExampleForEachAnswer(string path, string? schema, string statuses)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty("get");

        Assert.False(string.IsNullOrWhiteSpace(operation.Text("summary")));
        var responses = operation.GetProperty("responses");
        foreach (var status in statuses.Split(' '))
        {
            var content = responses.GetProperty(status).GetProperty("content").EnumerateObject().Single().Value;
            Assert.NotEqual(JsonValueKind.Undefined, content.GetProperty("example").ValueKind);
        }
        if (schema is not null)
        {
            var json = responses.GetProperty("200").GetProperty("content").GetProperty("application/json");
            Assert.Equal($"#/components/schemas/{schema}", json.GetProperty("schema").Text("$ref"));
        }
        Assert.All(operation.GetProperty("parameters").EnumerateArray(), p => Assert.True(p.TryGetProperty("example", out _), $"{path}: {p.Text("name")} has no example"));
    }

    [Fact]
    public async Task PagingParametersAreDocumentedAsWholeNumbersAndTheSchemasDescribeTheFields()
    {
        var document = await DocumentAsync();

        var page = document.GetProperty("paths").GetProperty("/api/conditions").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.Text("name") == "pageSize");
        Assert.Equal(("integer", 1, 100), (page.GetProperty("schema").Text("type"), page.GetProperty("schema").GetProperty("minimum").GetInt32(), page.GetProperty("schema").GetProperty("maximum").GetInt32()));
        var phenotype = document.GetProperty("components").GetProperty("schemas").GetProperty("PhenotypeData").GetProperty("properties");
        Assert.Contains("HP:0006323", phenotype.GetProperty("hpoId").Text("description"), StringComparison.Ordinal);
    }
}
