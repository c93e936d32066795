using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "BoneInfo";
    private const string DefaultConnectionString = "Data Source=data/boneinfo.db";

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
            options.UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmaInterceptor())
                .AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        return services;
    }

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
