using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using BoneInfo.Web.Site;
using Microsoft.OpenApi;

namespace BoneInfo.Web.PublicApi;

public static class PublicApiSetup
{
    public static IServiceCollection AddPublicApi(this IServiceCollection services)
    {
        services.AddSingleton<ConditionData>();
        // ASP.NET Core writes API JSON with relaxed escaping, so a query or slug echoed back would carry its
        // <script> as is. Every JSON answer (API, search, problems) escapes <, >, &, ' and " instead; any script stays readable.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "BoneInfo public API",
                    Version = "v1",
                    Description = "Read-only access to BoneInfo's published articles on rare bone disorders: their structured data, search and suggestions. " +
                        "Answers are JSON; errors are RFC 7807 problem details. Educational information, not medical advice. " + ConditionData.Attribution,
                };
                var baseUrl = context.ApplicationServices.GetRequiredService<SiteUrls>().BaseUrl;
                if (baseUrl.Length > 0)
                {
                    document.Servers = [new OpenApiServer { Url = baseUrl }];
                }
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                AddExamples(operation);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        app.MapConditionsApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    /// <summary>Example values for the parameters (numbers documented as such) and example answers for each status.</summary>
    private static void AddExamples(OpenApiOperation operation)
    {
        if (operation.OperationId is not { } id || !ApiExamples.ByOperation.TryGetValue(id, out var example))
        {
            return;
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var isNumber = parameter.Name is "page" or "pageSize" or "limit";
            if (parameter.Name is { } name && example.Parameters.TryGetValue(name, out var value))
            {
                parameter.Example = isNumber ? JsonValue.Create(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(value);
            }
            if (isNumber)
            {
                // Read as text so that a bad value is a 400 problem, not a binding failure; documented as what it must be.
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = parameter.Name == "page" ? null : parameter.Name == "limit" ? "50" : "100" };
            }
        }
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (example.Responses.TryGetValue(status, out var json) && response.Content is { } content)
            {
                foreach (var media in content.Values)
                {
                    media.Example = ApiExamples.Parse(json);
                }
            }
        }
    }
}
