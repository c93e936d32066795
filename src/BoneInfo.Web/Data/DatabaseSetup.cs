using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "BoneInfo";
    public const string DefaultConnectionString = "Data Source=data/boneinfo.db";

    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        // Read the connection string when the context is built, so test hosts and environment variables
        // (ConnectionStrings__BoneInfo) that arrive after registration still win.
        services.AddDbContext<BoneInfoDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var environment = provider.GetRequiredService<IHostEnvironment>();
            var connectionString = ResolveConnectionString(
                configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString,
                environment.ContentRootPath);
            // Features register their own interceptors (search listens for commits to refresh its caches).
            options.UseBoneInfoSqlite(connectionString)
                .AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        return services;
    }

    /// <summary>
    /// SQLite as BoneInfo uses it, for the app and for tests and benchmarks that build their own context: WAL, busy
    /// timeout and foreign keys on every connection, and a list in a query (<c>ids.Contains(x.Id)</c>) sent as one
    /// JSON parameter. EF Core 10's default sends one parameter per value, and SQLite refuses more than 32 766, which a
    /// list of every article's revision (the /admin list) passes in a library of 100 000 articles.
    /// </summary>
    public static DbContextOptionsBuilder UseBoneInfoSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqlitePragmaInterceptor());

    /// <inheritdoc cref="UseBoneInfoSqlite(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TContext> UseBoneInfoSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)options).UseBoneInfoSqlite(connectionString);

    /// <summary>Makes a relative file path absolute under the content root and creates its folder.</summary>
    public static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }
        var fullPath = Path.GetFullPath(dataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        builder.DataSource = fullPath;
        return builder.ToString();
    }
}
