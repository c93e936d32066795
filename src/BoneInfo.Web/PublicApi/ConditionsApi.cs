using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using BoneInfo.Web.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BoneInfo.Web.PublicApi;

/// <summary>
/// The public read API: GET /api/conditions (paged) and GET /api/conditions/{slug}. Responses carry an ETag
/// (a hash of the body) and answer a matching If-None-Match with 304; errors are RFC 7807 problem details.
/// </summary>
public static partial class ConditionsApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapConditionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conditions").WithTags("Conditions");
        api.MapGet("", ListAsync)
            .WithName("ListConditions")
            .WithSummary("List the published articles, a page at a time")
            .WithDescription("Conditions and lab-result explainers in title order, with their summary, last review date and addresses. Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .Produces<ConditionList>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{slug}", GetAsync)
            .WithName("GetCondition")
            .WithSummary("One article's structured data")
            .WithDescription("Names, codes, genes with inheritance, phenotypes with HPO ids and frequency bands, lab findings, references and review date; not the Markdown body. A renamed article's old slug answers 301 to the new address.")
            .Produces<ConditionDetails>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        // Any other address under /api is a problem, not the HTML error page.
        app.MapFallback("/api/{**path}", (HttpContext http) => NotFound("No such API address", $"{http.Request.Path} is not part of the API; see /api or /openapi/v1.json.", http))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ListAsync(
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Articles per page, 1 to 100 (default 20).")] string? pageSize,
        IArticleRepository articles, ConditionData data, Site.SiteUrls urls, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TryNumber(page, 1, int.MaxValue, 1, out var number))
        {
            return BadRequest("The page is not valid", "page must be a whole number from 1.", http);
        }
        if (!TryNumber(pageSize, 1, MaxPageSize, DefaultPageSize, out var size))
        {
            return BadRequest("The page size is not valid", $"pageSize must be a whole number from 1 to {MaxPageSize}.", http);
        }
        var (total, items) = await articles.PagePublishedDataAsync((int)Math.Min((long)(number - 1) * size, int.MaxValue), size, cancellationToken);
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        if (number > pages)
        {
            return NotFound("No such page", $"There {(pages == 1 ? "is 1 page" : $"are {pages} pages")} of {size} articles.", http);
        }
        string Link(int p) => urls.Absolute($"/api/conditions?page={p}&pageSize={size}");
        var links = new PageLinks(Link(number), Link(1), Link(pages), number > 1 ? Link(number - 1) : null, number < pages ? Link(number + 1) : null);
        return WithETag(new ConditionList(number, size, total, pages, [.. items.Select(data.ListItem)], links), http);
    }

    private static async Task<IResult> GetAsync(
        [Description("The article's slug, as in /conditions/{slug}.")] string slug,
        IArticleRepository articles, ConditionData data, HttpContext http, CancellationToken cancellationToken)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            return NotFound("No such condition", $"'{slug}' is not a slug (lowercase letters, digits and hyphens).", http);
        }
        if (await articles.GetPublishedAsync(slug, cancellationToken) is { } article)
        {
            return WithETag(data.Details(article), http);
        }
        return await articles.FindRedirectAsync(slug, cancellationToken) is { } current
            ? Results.Redirect($"/api/conditions/{current}", permanent: true)
            : NotFound("No such condition", $"No published article has the slug '{slug}'. The list is at /api/conditions.", http);
    }

    /// <summary>The body as JSON with a strong ETag; 304 when the client already has it.</summary>
    private static IResult WithETag<T>(T body, HttpContext http)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body, http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(json))[..32]}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true }; // keep it, but ask (cheaply, by ETag) before reuse
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(e => e.Equals(EntityTagHeaderValue.Any) || e.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    private static bool TryNumber(string? text, int min, int max, int fallback, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    private static IResult BadRequest(string title, string detail, HttpContext http) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest, instance: http.Request.Path + http.Request.QueryString);

    private static IResult NotFound(string title, string detail, HttpContext http) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound, instance: http.Request.Path.ToString());

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
