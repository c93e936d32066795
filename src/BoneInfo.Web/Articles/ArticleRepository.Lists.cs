using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Articles;

/// <summary>
/// The A–Z list and the home page: each reads a bounded slice of an index (<c>Status</c> first, then initial or
/// category, then sort title), never every article, so their work does not grow with the library.
/// </summary>
public sealed partial class ArticleRepository
{
    private static readonly string InitialsSql = DistinctPublishedSql(nameof(Article.Initial));
    private static readonly string CategoriesSql = DistinctPublishedSql(nameof(Article.Category));

    /// <summary>Counts published articles, stopping at <paramref name="atMost"/>; ordered only so EF Core does not warn of a limit without order.</summary>
    public Task<int> CountPublishedAsync(int atMost, CancellationToken cancellationToken = default) =>
        Published.OrderBy(a => a.Id).Select(a => a.Id).Take(atMost).CountAsync(cancellationToken);

    public Task<IReadOnlyList<ArticleListItem>> ListAToZAsync(int take, CancellationToken cancellationToken = default) =>
        ListInOrderAsync(Published.OrderBy(a => a.Initial).ThenBy(a => a.SortTitle).ThenBy(a => a.Slug).Take(take), cancellationToken);

    public async Task<IReadOnlyList<string>> ListInitialsAsync(CancellationToken cancellationToken = default)
    {
        var found = await DistinctPublishedAsync(InitialsSql, ArticleInitials.All.Count, cancellationToken);
        return ArticleInitials.All.Where(found.Contains).ToList();
    }

    public async Task<ArticlePage> PageByInitialAsync(string initial, int skip, int take, CancellationToken cancellationToken = default)
    {
        var rows = await ListInOrderAsync(
            Published.Where(a => a.Initial == initial).OrderBy(a => a.SortTitle).ThenBy(a => a.Slug).Skip(skip).Take(take + 1), cancellationToken);
        return new ArticlePage(rows.Take(take).ToList(), rows.Count > take);
    }

    public async Task<IReadOnlyList<CategoryPreview>> PreviewCategoriesAsync(int categories, int articlesEach, CancellationToken cancellationToken = default)
    {
        var names = await DistinctPublishedAsync(CategoriesSql, categories, cancellationToken);
        if (names.Count == 0)
        {
            return [];
        }
        // One query: each category's first articles, read from its own range of the index, joined by UNION ALL.
        var rows = await names
            .Select(name => Published.Where(a => a.Category == name).OrderBy(a => a.SortTitle).ThenBy(a => a.Slug).Take(articlesEach + 1)
                .Select(a => new { a.Category, a.Slug, a.Title, a.Initial, a.Kind, a.Summary }))
            .Aggregate(Queryable.Concat)
            .ToListAsync(cancellationToken);
        return names.Select(name =>
        {
            var first = rows.Where(r => r.Category == name).ToList();
            var items = first.Take(articlesEach).Select(a => new ArticleListItem(a.Slug, a.Title, a.Initial, a.Kind, name, a.Summary, [])).ToList();
            return new CategoryPreview(name, items, first.Count > articlesEach);
        }).ToList();
    }

    /// <summary>
    /// The distinct values of <paramref name="column"/> among published articles, at most parameter {0} of them, by a
    /// loose index scan: one index probe per value, where GROUP BY or DISTINCT would read the index entry of every
    /// published article. Plain SQL, the same on SQLite and PostgreSQL; the column name is this class's, never input.
    /// </summary>
    private static string DistinctPublishedSql(string column) => $$"""
        WITH RECURSIVE v("Value", n) AS (
            SELECT MIN("{{column}}"), 1 FROM "Articles" WHERE "Status" = 'Published'
            UNION ALL
            SELECT (SELECT MIN(a."{{column}}") FROM "Articles" a WHERE a."Status" = 'Published' AND a."{{column}}" > v."Value"), v.n + 1
            FROM v WHERE v."Value" IS NOT NULL AND v.n < {0})
        SELECT "Value" FROM v WHERE "Value" IS NOT NULL
        """;

    private Task<List<string>> DistinctPublishedAsync(string sql, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(sql, limit).ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<ArticleListItem>> ListInOrderAsync(IQueryable<Article> ordered, CancellationToken cancellationToken) =>
        (await ReadListRowsAsync(ordered, cancellationToken)).Select(r => r.ToItem()).ToList();

    private static Task<List<ListRow>> ReadListRowsAsync(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        articles.Select(a => new ListRow(a.Status, a.Slug, a.Title, a.Initial, a.Kind, a.Category, a.Summary, a.ListedNames, a.Version)).ToListAsync(cancellationToken);

    private sealed record ListRow(ArticleStatus Status, string Slug, string Title, string Initial, ArticleKind Kind, string Category, string Summary, string ListedNames, int Version)
    {
        public ArticleListItem ToItem() => new(Slug, Title, Initial, Kind, Category, Summary, ListedNames.Split('\n', StringSplitOptions.RemoveEmptyEntries), Version);
    }
}
