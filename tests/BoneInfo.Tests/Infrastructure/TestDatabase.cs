using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

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

    public BoneInfoDbContext CreateContext() => new(
        new DbContextOptionsBuilder<BoneInfoDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options);

    public static ArticleRepository CreateRepository(BoneInfoDbContext db) => new(db, new SearchIndex(db, new SearchIndexVersion()), TimeProvider.System);

    public void Dispose() => _folder.Dispose();
}
