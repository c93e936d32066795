using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Editing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BoneInfo.Tests.Editing;

/// <summary>Every publish records when it happened, on the article and on the revision made public (the feed's and sitemap's dates).</summary>
[Trait("Category", "Integration")]
public sealed class PublishTimesTests : IDisposable
{
    private readonly EditingHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task APublishStampsTheArticleAndTheRevisionWithItsTime()
    {
        var (id, version) = await _h.NewDraftAsync();
        _h.Clock.Advance(TimeSpan.FromHours(2));

        await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);

        var expected = _h.Clock.GetUtcNow().UtcDateTime;
        var article = await _h.Db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        var revision = await _h.Db.Revisions.AsNoTracking().SingleAsync(r => r.ArticleId == id);
        Assert.Equal((expected, expected), (article.PublishedAt, revision.PublishedAt));
    }

    [Fact]
    public async Task ADraftSavedAfterwardsIsNotPublishedAndLeavesThePublishTimeAlone()
    {
        var (id, version) = await _h.NewDraftAsync();
        var published = await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);
        var publishedAt = _h.Clock.GetUtcNow().UtcDateTime;
        _h.Clock.Advance(TimeSpan.FromDays(1));

        await _h.Editorial.SaveDraftAsync(new DraftChange(id, published.Version!.Value, EditingHarness.Content(body: "New words [1](#ref-1)."), "Reworded"), EditingHarness.Writer);

        var revisions = await _h.Db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([publishedAt, null], revisions.Select(r => r.PublishedAt));
        Assert.Equal(publishedAt, (await _h.Db.Articles.AsNoTracking().SingleAsync(a => a.Id == id)).PublishedAt);
    }
}

/// <summary>A database from before publish times were kept gets them filled in where they can be known.</summary>
[Trait("Category", "Integration")]
public sealed class PublishTimesMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ImportedRevisionsAndTheRevisionPublicNowGetTheirPublishTimes()
    {
        var options = new DbContextOptionsBuilder<BoneInfo.Web.Data.BoneInfoDbContext>().UseSqlite($"Data Source={_folder.File("old.db")}").Options;
        await using (var db = new BoneInfo.Web.Data.BoneInfoDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync("AddEditorialWorkflow");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Articles (Id, Slug, Title, Kind, Category, Summary, Body, MetadataJson, ReviewedOn, Status, CreatedAt, UpdatedAt, Version, ReviewState, PublishedRevisionId, WorkingRevisionId)
                VALUES (1, 'a', 'A', 'Condition', 'C', 'S', 'B', '{{}}', '2026-01-01', 'Published', '2026-01-01', '2026-03-01', 3, 1, 2, 3);
                INSERT INTO Revisions (Id, ArticleId, Number, Slug, Title, Kind, Category, Summary, Body, ReviewedOn, MetadataJson, AuthorId, AuthorName, CreatedAt, ChangeSummary) VALUES
                  (1, 1, 1, 'a', 'A', 'Condition', 'C', 'S', 'B', '2026-01-01', '{{}}', NULL, 'Content import', '2026-01-01 00:00:00', 'Imported from content/'),
                  (2, 1, 2, 'a', 'A', 'Condition', 'C', 'S', 'B', '2026-01-01', '{{}}', 7, 'W', '2026-02-01 00:00:00', 'Edited'),
                  (3, 1, 3, 'a', 'A', 'Condition', 'C', 'S', 'B', '2026-01-01', '{{}}', 7, 'W', '2026-03-01 00:00:00', 'Draft');
                INSERT INTO AuditLog (At, Action, Target, Detail) VALUES ('2026-02-05 00:00:00', 'publish', 'a', 'revision 2');
                """);
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={_folder.File("old.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(coalesce(PublishedAt, '-'), '|') FROM (SELECT PublishedAt FROM Revisions ORDER BY Id); SELECT PublishedAt FROM Articles;";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("2026-01-01 00:00:00|2026-02-05 00:00:00|-", reader.GetString(0));
        Assert.True(await reader.NextResultAsync() && await reader.ReadAsync());
        Assert.Equal("2026-02-05 00:00:00", reader.GetString(0));
    }
}
