using System.ComponentModel;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace BoneInfo.Web.Search;

/// <summary>GET /api/search and GET /api/suggest.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(SearchSetup.RateLimitPolicy).WithTags("Search");
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Search the published articles")
            .WithDescription("Free text (a name, a question, findings such as 'low ALP and high B6'), a list of findings separated by commas, semicolons or lines, or HPO ids (HP:0006323). Results are ranked, with the findings each one matched.")
            .Produces<SearchApiResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/suggest", SuggestAsync)
            .WithName("Suggest")
            .WithSummary("Suggestions as you type")
            .WithDescription("Titles, other names and features whose words start with what was typed; at most 8.")
            .Produces<IReadOnlyList<Suggestion>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> SearchAsync(
        [FromQuery, Description("What to search for: up to 500 characters, or 4 000 for a list of findings.")] string? q,
        [FromQuery, Description("How many results, 1 to 50 (default 10).")] string? limit,
        SearchService search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problem("The query is missing", "Add a query: /api/search?q=low+alkaline+phosphatase");
        }
        if (q.Length > QueryParser.LimitFor(q))
        {
            return Problem("The query is too long", $"Queries may be at most {QueryParser.MaxLength} characters, or {QueryParser.MaxListLength} for a list of findings separated by commas, semicolons or lines; this one has {q.Length}.");
        }
        var size = SearchService.DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, out size) || size < 1))
        {
            return Problem("The limit is not valid", $"limit must be a whole number from 1 to {SearchService.MaxLimit}.");
        }
        var response = await search.SearchAsync(q, Math.Min(size, SearchService.MaxLimit), cancellationToken: cancellationToken);
        return Results.Ok(new SearchApiResponse(
            response.Query,
            response.CorrectedQuery,
            [.. response.Results.Select(r => new SearchApiHit(
                r.Slug, r.Title, r.Kind == Articles.ArticleKind.LabFinding ? "lab-finding" : "condition", r.Summary, r.SnippetHtml, r.Score,
                [.. r.Matched.Select(m => m.Label)]))]));
    }

    private static async Task<IResult> SuggestAsync(
        [FromQuery, Description("What has been typed so far.")] string? q,
        SuggestionCatalog catalog, BoneInfoDbContext db, CancellationToken cancellationToken)
    {
        if (q is { Length: > QueryParser.MaxLength })
        {
            return Problem("The query is too long", $"Queries may be at most {QueryParser.MaxLength} characters.");
        }
        return Results.Ok(await catalog.SuggestAsync(db, q, cancellationToken));
    }

    private static IResult Problem(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>The answer of GET /api/search.</summary>
/// <param name="Query">The query as searched (cleaned).</param>
/// <param name="CorrectedQuery">The query with misspelt words corrected, when search corrected any.</param>
/// <param name="Results">Ranked results, best first.</param>
public sealed record SearchApiResponse(string Query, string? CorrectedQuery, IReadOnlyList<SearchApiHit> Results);

/// <summary>One search result.</summary>
/// <param name="Slug">The article's slug: its page is /conditions/{slug}.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Kind">condition or lab-finding.</param>
/// <param name="Summary">The article's plain-language summary.</param>
/// <param name="Snippet">A passage of the article, HTML-escaped, with the matching words in mark elements.</param>
/// <param name="Score">Relevance; higher is better, comparable only within one answer.</param>
/// <param name="Matched">The article's features and lab results that the query's findings matched.</param>
public sealed record SearchApiHit(string Slug, string Title, string Kind, string Summary, string Snippet, double Score, IReadOnlyList<string> Matched);
