using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Search;

/// <summary>
/// A PostgreSQL node's search index file outlives a restart: the restarted node resumes from it and catches up what
/// other nodes published meanwhile, instead of rebuilding it, unless the file no longer fits the database.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SearchReadModelResumeTests : IPostgreSqlTests, IDisposable
{
    private readonly TestDatabase _database = new(DatabaseProvider.PostgreSql);
    private readonly SearchIndexVersion _version = new();

    public void Dispose() => _database.Dispose();

    [DatabaseFact]
    public async Task ARestartedNodeResumesFromItsFileAndFindsWhatAnotherNodePublishedWhileItWasDown()
    {
        await using var db = await BuiltIndexWithOneArticleAsync();
        // Another node publishes a change; this node's process is gone and does not see it.
        await db.Articles.Where(a => a.Slug == "resume-test").ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Body, a => a.Body + " Zebrawood.").SetProperty(a => a.Version, a => a.Version + 1)
            .SetProperty(a => a.UpdatedAt, DateTime.UtcNow));

        using var restarted = new SearchReadModelState();
        Assert.True(await _database.CreateSearchIndex(db, _version, restarted).IsCompleteAsync(), "the restart rebuilt the index instead of resuming");

        Assert.Equal(["resume-test"], await FoundAsync(db, "zebrawood"));
        Assert.Empty(await _database.CreateSearchIndex(db, _version, restarted).VerifyAsync());
    }

    [DatabaseFact]
    public async Task AFileThatNoLongerFitsTheDatabaseIsRebuiltNotResumed()
    {
        await using var db = await BuiltIndexWithOneArticleAsync();
        // The database put back to a copy from before the publish (a restore): older than the file's mark.
        await db.Articles.Where(a => a.Slug == "resume-test").ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, ArticleStatus.Draft).SetProperty(a => a.UpdatedAt, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        using var restarted = new SearchReadModelState();
        var index = _database.CreateSearchIndex(db, _version, restarted);
        Assert.False(await index.IsCompleteAsync());

        await index.RebuildAsync();
        Assert.Empty(await FoundAsync(db, "quillwort"));
    }

    [DatabaseFact]
    public async Task AFileThatWasNeverBuiltIsNotTakenForComplete()
    {
        await using var db = _database.CreateContext();
        using var restarted = new SearchReadModelState();

        Assert.False(await _database.CreateSearchIndex(db, _version, restarted).IsCompleteAsync());
    }

    private async Task<BoneInfoDbContext> BuiltIndexWithOneArticleAsync()
    {
        var db = _database.CreateContext();
        await _database.CreatePublication(db, _version).ImportAsync(new ArticleContent(
            "resume-test", "Resume test", ArticleKind.Condition, "Dense bone disorders", "A summary.", "## Overview\n\nQuillwort.",
            new DateOnly(2026, 12, 3), new ArticleMetadata()));
        await _database.CreateSearchIndex(db, _version).RebuildAsync();
        return db;
    }

    private async Task<List<string>> FoundAsync(BoneInfoDbContext db, string word) =>
        await _database.CreateSearchStore(db, _version).Database
            .SqlQuery<string>($"SELECT slug AS \"Value\" FROM ArticleSearch WHERE ArticleSearch MATCH {word}").ToListAsync();
}
