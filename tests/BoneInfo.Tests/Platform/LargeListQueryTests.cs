using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Platform;

/// <summary>
/// A query with a list of more values than SQLite takes parameters (32 766). EF Core 6 wrote the values into the
/// SQL; EF Core 10 by default sends one parameter each, which SQLite refuses, so the app sends the list as one JSON
/// parameter (DatabaseSetup.UseBoneInfoSqlite).
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
}
