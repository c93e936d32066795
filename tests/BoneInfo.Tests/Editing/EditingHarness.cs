using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Search;
using Microsoft.AspNetCore.Http;

namespace BoneInfo.Tests.Editing;

/// <summary>The editing services over a real database (SQLite file or PostgreSQL), with a clock the test moves.</summary>
public sealed class EditingHarness : IDisposable
{
    private readonly TestDatabase _database;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
    public SearchIndexVersion IndexVersion { get; } = new();
    public BoneInfoDbContext Db { get; }
    public EditorialService Editorial { get; }
    public Publisher Publisher { get; }

    /// <summary>The publishing step itself (import, publish), as the publisher and the import use it.</summary>
    public Publication Publication { get; }

    /// <summary>Where search reads the index the publisher writes.</summary>
    public SearchStore Index { get; }

    public static readonly Editor Writer = new(1, "Wanda Writer", UserRole.Writer);
    public static readonly Editor Reviewer = new(2, "Rita Reviewer", UserRole.Reviewer);
    public static readonly Editor OtherReviewer = new(3, "Otto Reviewer", UserRole.Reviewer);

    public EditingHarness(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        _database = new TestDatabase(provider);
        Db = _database.CreateContext();
        var audit = new AuditLog(Db, new HttpContextAccessor(), Clock);
        var revisions = new RevisionWriter(Db);
        var searchIndex = _database.CreateSearchIndex(Db, IndexVersion);
        Index = _database.CreateSearchStore(Db, IndexVersion);
        Publication = new Publication(Db, revisions, searchIndex, new MarkdownRenderer(), Clock);
        Publisher = new Publisher(Db, revisions, Publication, audit, Clock);
        Editorial = new EditorialService(Db, revisions, audit, Clock);
    }

    public static ArticleContent Content(string slug = "sample", string body = "## Overview\n\nFirst words [1](#ref-1).") => new(
        slug, "Sample condition", ArticleKind.Condition, "Dense bone disorders", "A short summary.", body,
        new DateOnly(2026, 11, 21), new ArticleMetadata { References = [new Reference(1, "A", "T", "S", 2020, null, null, "https://example.org")] });

    /// <summary>A new article saved by the writer: returns its id and version.</summary>
    public async Task<(int Id, int Version)> NewDraftAsync(string slug = "sample", string body = "## Overview\n\nFirst words [1](#ref-1).")
    {
        var result = await Editorial.SaveDraftAsync(new DraftChange(null, 0, Content(slug, body), "First draft"), Writer);
        return (result.ArticleId!.Value, result.Version!.Value);
    }

    public void Dispose()
    {
        Db.Dispose();
        _database.Dispose();
    }
}

public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
