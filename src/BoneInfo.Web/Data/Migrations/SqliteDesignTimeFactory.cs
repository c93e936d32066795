using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BoneInfo.Web.Data.Migrations;

/// <summary>
/// The SQLite context for <c>dotnet ef migrations add NAME --context BoneInfoDbContext --output-dir Data/Migrations</c>.
/// Without it the tools would take <see cref="PostgreSql.PostgreSqlDesignTimeFactory"/> (its context is a
/// <see cref="BoneInfoDbContext"/> too) and write PostgreSQL tables into the SQLite migrations.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<BoneInfoDbContext>
{
    public BoneInfoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BoneInfoDbContext>().UseBoneInfoSqlite("Data Source=design-time.db").Options);
}
