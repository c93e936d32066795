using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BoneInfo.Web.Data.Migrations.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context PostgreSqlBoneInfoDbContext --output-dir Data/Migrations/PostgreSql</c>
/// build the PostgreSQL model without a server (adding a migration never connects).
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlBoneInfoDbContext>
{
    public PostgreSqlBoneInfoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlBoneInfoDbContext>();
        options.UseBoneInfoPostgreSql("Host=localhost;Database=boneinfo");
        return new(options.Options);
    }
}
