using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Data;

/// <summary>
/// Every model change comes with its migrations, on both providers. The app skips this check at start-up (it builds a
/// second model and costs a good part of the start), so it is made here, on every build.
/// </summary>
[Trait("Category", "Unit")]
public sealed class MigrationsTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var folder = new TempFolder();
        using var db = new BoneInfoDbContext(new DbContextOptionsBuilder<BoneInfoDbContext>().UseBoneInfoSqlite($"Data Source={folder.File("model.db")}").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: see the brief on adding migrations for both providers.");
    }

    [Fact]
    public void ThePostgreSqlMigrationsMatchTheModel()
    {
        using var db = new PostgreSqlBoneInfoDbContext(new DbContextOptionsBuilder<PostgreSqlBoneInfoDbContext>().UseBoneInfoPostgreSql("Host=localhost;Database=model").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration.");
    }
}
