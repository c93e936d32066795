using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Platform;

/// <summary>
/// Queries over libraries larger than a test can build through the app. A query with a list of more values than
/// SQLite takes parameters (32 766): EF Core 6 wrote the values into the SQL; EF Core 10 by default sends one
/// parameter each, which SQLite refuses, so the app sends the list as one JSON parameter
/// (DatabaseSetup.UseBoneInfoSqlite). And the A–Z list and home page queries, whose work must not grow with the library.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LargeListQueryTests : IDisposable
{
    private const int Articles = 33_000;
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheAdminListWorksWithMoreArticlesThanSqliteTakesParameters()
    {
        await using (var db = _database.CreateContext())
        {
            // Rows written straight in SQL: 33 000 articles through the editor would take minutes.
            await db.Database.ExecuteSqlRawAsync($$"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {{Articles}})
                INSERT INTO Articles (Id, Slug, Title, Kind, Category, Summary, Body, MetadataJson, ReviewedOn, Status, CreatedAt, UpdatedAt, Version, ReviewState, WorkingRevisionId)
                SELECT i, 'article-' || i, 'Article ' || i, 'Condition', 'Test', 'Summary.', 'Body.', char(123) || char(125), '2026-11-21 00:00:00', 'Draft',
                       '2026-11-21 00:00:00', '2026-11-21 00:00:00', 1, 1, i FROM n;
                INSERT INTO Revisions (Id, ArticleId, Number, Slug, Title, Kind, Category, Summary, Body, ReviewedOn, MetadataJson, AuthorName, CreatedAt, ChangeSummary)
                SELECT Id, Id, 1, Slug, 'Working ' || Title, Kind, Category, Summary, Body, ReviewedOn, MetadataJson, 'writer', CreatedAt, 'first' FROM Articles;
                """);
        }

        await using var context = _database.CreateContext();
        var rows = await new EditorialQueries(context).ListAsync(StatusFilter.All, "Working Article 32999");

        var row = Assert.Single(rows);
        Assert.Equal("article-32999", row.Slug);
    }

    [Fact]
    public async Task TheListAndHomePageQueriesDoNoMoreWorkInALibraryTenTimesLarger()
    {
        await InsertPublishedAsync(1, 5_000);
        var small = await MeasureListQueriesAsync();
        await InsertPublishedAsync(5_001, 50_000);
        var large = await MeasureListQueriesAsync();

        // The control: counting every published article is work in proportion to the library, and the measure sees it.
        Assert.True(large["count all"].Instructions > 5 * small["count all"].Instructions, $"count all: {small["count all"]} then {large["count all"]}");
        foreach (var (query, work) in small.Where(q => q.Key != "count all"))
        {
            Assert.Equal(work.Commands, large[query].Commands);
            Assert.True(large[query].Instructions <= work.Instructions * 3 / 2 + 2_000, $"{query}: {work} then {large[query]}");
        }
    }

    private async Task<Dictionary<string, (long Instructions, int Commands)>> MeasureListQueriesAsync()
    {
        var queries = new Dictionary<string, Func<ArticleRepository, BoneInfo.Web.Data.BoneInfoDbContext, Task>>
        {
            ["count all"] = (_, db) => db.Articles.CountAsync(a => a.Status == ArticleStatus.Published),
            ["count up to 201"] = (articles, _) => articles.CountPublishedAsync(201),
            ["letters"] = (articles, _) => articles.ListInitialsAsync(),
            ["letter page 1"] = (articles, _) => articles.PageByInitialAsync("M", 0, 100),
            ["letter page 2"] = (articles, _) => articles.PageByInitialAsync("M", 100, 100),
            ["home page categories"] = (articles, _) => articles.PreviewCategoriesAsync(30, 12),
            ["by slugs (related articles, the filter)"] = (articles, _) => articles.ListPublishedAsync(["article-7", "article-4999", "no-such-article"]),
        };
        var work = new Dictionary<string, (long, int)>();
        foreach (var (name, query) in queries)
        {
            var counter = new SqliteWorkCounter();
            await using var db = _database.CreateContext(counter);
            await query(new ArticleRepository(db), db);
            work[name] = (counter.Instructions, counter.Commands);
        }
        return work;
    }

    /// <summary>Published articles <paramref name="from"/> to <paramref name="to"/> in 26 letters and 10 categories, written in SQL.</summary>
    private async Task InsertPublishedAsync(int from, int to)
    {
        await using var db = _database.CreateContext();
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i < {to})
            INSERT INTO Articles (Id, Slug, Title, SortTitle, Initial, Kind, Category, Summary, Body, MetadataJson, ReviewedOn, Status, CreatedAt, UpdatedAt, Version, ReviewState)
            SELECT i, 'article-' || i, char(65 + i % 26) || 'rticle ' || i, char(65 + i % 26) || 'RTICLE ' || i, char(65 + i % 26), 'Condition',
                   'Category ' || (i % 10), 'Summary.', 'Body.', char(123) || char(125), '2026-11-21 00:00:00', 'Published',
                   '2026-11-21 00:00:00', '2026-11-21 00:00:00', 1, 0 FROM n;
            """);
    }
}
