using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
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
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor())
            .AddInterceptors(interceptors)
            .Options);

    public static ArticleRepository CreateRepository(BoneInfoDbContext db) => new(db, new SearchIndex(db, new SearchIndexVersion()), TimeProvider.System);

    public void Dispose() => _folder.Dispose();
}
