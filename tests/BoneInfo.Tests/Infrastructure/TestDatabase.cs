using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>A migrated SQLite file for one test class, for tests below the HTTP layer.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestDatabase()
    {
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public string ConnectionString => $"Data Source={_folder.File("boneinfo.db")}";

    public BoneInfoDbContext CreateContext(params IInterceptor[] interceptors) => new(
        new DbContextOptionsBuilder<BoneInfoDbContext>()
            .UseBoneInfoSqlite(ConnectionString)
            .AddInterceptors(interceptors)
            .Options);

    /// <summary>The publishing step (import, publish, archive) over <paramref name="db"/>, as the app wires it.</summary>
    public static Publication CreatePublication(BoneInfoDbContext db, SearchIndexVersion? version = null) =>
        new(db, new RevisionWriter(db), new SearchIndex(db, version ?? new SearchIndexVersion()), TimeProvider.System);

    public void Dispose() => _folder.Dispose();
}
