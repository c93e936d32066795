using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BoneInfo.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "BoneInfo";
    public const string ProviderKey = "Database:Provider";
    public const string DefaultConnectionString = "Data Source=data/boneinfo.db";

    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        // Storage faults (full disk, read-only, busy, connection lost) of every context are recorded for /health.
        services.AddSingleton<StorageHealth>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, StorageFailureInterceptor>();
        // Both contexts are registered and the provider is read when a context is built, so test hosts and
        // environment variables (Database__Provider, ConnectionStrings__BoneInfo) that arrive after registration win.
        services.AddDbContext<BoneInfoDbContext>((provider, options) =>
            options.UseBoneInfoSqlite(ConnectionString(provider))
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddDbContext<PostgreSqlBoneInfoDbContext>((provider, options) =>
            options.UseBoneInfoPostgreSql(ConnectionString(provider))
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        // Features ask for BoneInfoDbContext and get the configured provider's.
        services.Replace(ServiceDescriptor.Scoped(provider => ProviderOf(provider.GetRequiredService<IConfiguration>()) == DatabaseProvider.PostgreSql
            ? provider.GetRequiredService<PostgreSqlBoneInfoDbContext>()
            : new BoneInfoDbContext(provider.GetRequiredService<DbContextOptions<BoneInfoDbContext>>())));
        // The key ring in the database: every web node reads every cookie and antiforgery token. The application
        // name (not the default, the content root path) makes nodes installed in different folders one application.
        services.AddDataProtection().SetApplicationName("BoneInfo").PersistKeysToDbContext<BoneInfoDbContext>();
        return services;
    }

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> (the default) or <c>PostgreSQL</c>.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration[ProviderKey] is not { Length: > 0 } name || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Sqlite
        : name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql
        : throw new InvalidOperationException($"{ProviderKey} is '{name}'; use Sqlite or PostgreSQL.");

    private static string ConnectionString(IServiceProvider provider)
    {
        var configuration = provider.GetRequiredService<IConfiguration>();
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return ProviderOf(configuration) == DatabaseProvider.PostgreSql
            ? configured ?? throw new InvalidOperationException($"{ProviderKey} is PostgreSQL but ConnectionStrings:{ConnectionStringName} is not set.")
            : ResolveConnectionString(configured ?? DefaultConnectionString, provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
    }

    /// <summary>PostgreSQL as BoneInfo uses it, for the app and the tests (one place to add provider options).</summary>
    public static DbContextOptionsBuilder UseBoneInfoPostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).SkipPendingModelCheck();

    /// <inheritdoc cref="UseBoneInfoPostgreSql(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TContext> UseBoneInfoPostgreSql<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)options).UseBoneInfoPostgreSql(connectionString);

    /// <summary>
    /// SQLite as BoneInfo uses it, for the app and for tests and benchmarks that build their own context: WAL, busy
    /// timeout and foreign keys on every connection, and a list in a query (<c>ids.Contains(x.Id)</c>) sent as one
    /// JSON parameter. EF Core 10's default sends one parameter per value, and SQLite refuses more than 32 766, which a
    /// list of every article's revision (the /admin list) passes in a library of 100 000 articles.
    /// </summary>
    public static DbContextOptionsBuilder UseBoneInfoSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqlitePragmaInterceptor())
            .SkipPendingModelCheck();

    /// <inheritdoc cref="UseBoneInfoSqlite(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TContext> UseBoneInfoSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)options).UseBoneInfoSqlite(connectionString);

    /// <summary>
    /// Migrate() otherwise builds a second, design-time model and compares it with the migrations' snapshot at every
    /// start, to warn of a model change without a migration: a large share of start-up. The tests make that check
    /// once per build instead (<c>Data/MigrationsTests</c>).
    /// </summary>
    private static DbContextOptionsBuilder SkipPendingModelCheck(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>Makes a relative file path absolute under the content root and creates its folder (a <c>file:</c> URI is left as it is).</summary>
    public static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        // A URI (file:/srv/boneinfo.db?immutable=1, for a read-only folder) is the operator's exact choice.
        if (dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }
        var fullPath = Path.GetFullPath(dataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        builder.DataSource = fullPath;
        return builder.ToString();
    }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
