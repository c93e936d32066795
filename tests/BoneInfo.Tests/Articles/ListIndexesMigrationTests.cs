using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Articles;

[Trait("Category", "Integration")]
public sealed class ListIndexesMigrationOnSqlite() : ListIndexesMigrationTests(DatabaseProvider.Sqlite, "AddDataProtectionKeys");

[Trait("Category", "Integration")]
public sealed class ListIndexesMigrationOnPostgreSql() : ListIndexesMigrationTests(DatabaseProvider.PostgreSql, "RecordPublishTimes"), IPostgreSqlTests;

/// <summary>Articles stored before the list keys existed are given theirs by the migration, on each provider.</summary>
public abstract class ListIndexesMigrationTests(DatabaseProvider provider, string previousMigration) : IDisposable
{
    private readonly TestDatabase _database = new(provider, previousMigration);

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task ArticlesFromBeforeTheMigrationGetTheirInitialSortTitleAndListedNames()
    {
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Articles" ("Slug", "Title", "Kind", "Category", "Summary", "Body", "MetadataJson", "ReviewedOn", "Status", "CreatedAt", "UpdatedAt", "Version", "ReviewState")
                VALUES ('a', 'bone study', 'Condition', 'C', 'S', 'B', '{{"otherNames":["Study of bones","Ösgood"],"codes":[]}}', '2026-01-01', 'Published', '2026-01-01', '2026-01-01', 1, 0),
                       ('b', '3M syndrome', 'Condition', 'C', 'S', 'B', '{{}}', '2026-01-01', 'Draft', '2026-01-01', '2026-01-01', 1, 0);
                """);
            await db.Database.MigrateAsync();
        }

        await using var migrated = _database.CreateContext();
        var keys = await migrated.Articles.OrderBy(a => a.Slug).Select(a => new { a.Initial, a.SortTitle, a.ListedNames }).ToListAsync();

        Assert.Equal([("B", "BONE STUDY", "Study of bones\nÖsgood"), ("#", "3M SYNDROME", "")], keys.Select(k => (k.Initial, k.SortTitle, k.ListedNames)));
    }
}
