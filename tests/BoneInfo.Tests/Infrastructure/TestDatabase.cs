using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>
/// A migrated database for one test class, for tests below the HTTP layer: a temp SQLite file, or a new database on
/// the test run's PostgreSQL (<see cref="PostgreSqlServer"/>) with the search index in a node-local SQLite file, as
/// the app runs them.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SearchReadModelState _readModel = new();
    private readonly List<IDisposable> _indexContexts = [];

    /// <param name="provider">The database.</param>
    /// <param name="migration">The migration to stop at (tests of a migration), or null for all of them.</param>
    public TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite, string? migration = null)
    {
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.PostgreSql
            ? PostgreSqlServer.CreateDatabaseAsync().GetAwaiter().GetResult()
            : $"Data Source={_folder.File("boneinfo.db")}";
        using var db = CreateContext();
        db.GetService<IMigrator>().Migrate(migration);
        if (provider == DatabaseProvider.PostgreSql)
        {
            using var index = CreateIndexContext(new SearchIndexVersion());
            index.CreateTablesAsync(CancellationToken.None).GetAwaiter().GetResult();
            _readModel.Newest = DateTime.MinValue; // built, and empty like the database
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public BoneInfoDbContext CreateContext(params IInterceptor[] interceptors) => CreateContext(Provider, ConnectionString, interceptors);

    /// <summary>A context on any database of either provider, configured as the app configures it.</summary>
    public static BoneInfoDbContext CreateContext(DatabaseProvider provider, string connectionString, params IInterceptor[] interceptors) =>
        provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlBoneInfoDbContext(new DbContextOptionsBuilder<PostgreSqlBoneInfoDbContext>()
                .UseBoneInfoPostgreSql(connectionString).AddInterceptors(interceptors).Options)
            : new BoneInfoDbContext(new DbContextOptionsBuilder<BoneInfoDbContext>()
                .UseBoneInfoSqlite(connectionString).AddInterceptors(interceptors).Options);

    /// <summary>Where search reads the index for <paramref name="db"/>: that database on SQLite, this class's read-model file on PostgreSQL.</summary>
    public SearchStore CreateSearchStore(BoneInfoDbContext db, SearchIndexVersion version) =>
        Provider == DatabaseProvider.PostgreSql ? new SearchStore(CreateIndexContext(version)) : new SearchStore(db);

    public SearchIndex CreateSearchIndex(BoneInfoDbContext db, SearchIndexVersion version) => CreateSearchIndex(db, version, _readModel);

    /// <summary>With a read model state of its own: <c>new SearchReadModelState()</c> is a node's process started again over the same file.</summary>
    public SearchIndex CreateSearchIndex(BoneInfoDbContext db, SearchIndexVersion version, SearchReadModelState readModel) =>
        new(db, CreateSearchStore(db, version), version, readModel);

    /// <summary>The publishing step (import, publish, archive) over <paramref name="db"/>, as the app wires it.</summary>
    public Publication CreatePublication(BoneInfoDbContext db, SearchIndexVersion? version = null) =>
        new(db, new RevisionWriter(db), CreateSearchIndex(db, version ?? new SearchIndexVersion()), new MarkdownRenderer(), TimeProvider.System);

    /// <summary>The content import over <paramref name="db"/>, as the app wires it.</summary>
    public ContentImporter CreateImporter(BoneInfoDbContext db) =>
        new(CreatePublication(db), db, TimeProvider.System, NullLogger<ContentImporter>.Instance);

    private SearchIndexDbContext CreateIndexContext(SearchIndexVersion version)
    {
        var context = new SearchIndexDbContext(new DbContextOptionsBuilder<SearchIndexDbContext>()
            .UseBoneInfoSqlite($"Data Source={_folder.File("search-index.db")}")
            .AddInterceptors(new SearchIndexCommitInterceptor(version)).Options);
        lock (_indexContexts)
        {
            _indexContexts.Add(context);
        }
        return context;
    }

    public void Dispose()
    {
        _indexContexts.ForEach(c => c.Dispose());
        _readModel.Dispose();
        _folder.Dispose();
    }
}
