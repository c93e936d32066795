using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace BoneInfo.Web.Search;

/// <summary>GET /api/search and GET /api/suggest.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(SearchSetup.RateLimitPolicy);
        api.MapGet("/search", SearchAsync);
        api.MapGet("/suggest", SuggestAsync);
        return app;
    }

    private static async Task<IResult> SearchAsync(
        [FromQuery] string? q, [FromQuery] string? limit, SearchService search, CancellationToken cancellationToken)
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
        return Results.Ok(new
        {
            query = response.Query,
            correctedQuery = response.CorrectedQuery,
            results = response.Results.Select(r => new
            {
                slug = r.Slug,
                title = r.Title,
                kind = r.Kind == Articles.ArticleKind.LabFinding ? "lab-finding" : "condition",
                summary = r.Summary,
                snippet = r.SnippetHtml,
                score = r.Score,
                matched = r.Matched.Select(m => m.Label),
            }),
        });
    }

    private static async Task<IResult> SuggestAsync([FromQuery] string? q, SuggestionCatalog catalog, BoneInfoDbContext db, CancellationToken cancellationToken)
    {
        if (q is { Length: > QueryParser.MaxLength })
        {
            return Problem("The query is too long", $"Queries may be at most {QueryParser.MaxLength} characters.");
        }
        var suggestions = await catalog.SuggestAsync(db, q, cancellationToken);
        return Results.Ok(suggestions.Select(s => new { text = s.Text, type = s.Type, slug = s.Slug }));
    }

    private static IResult Problem(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
