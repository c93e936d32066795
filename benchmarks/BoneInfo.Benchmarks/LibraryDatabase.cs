using System.Diagnostics;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Benchmarks;

/// <summary>A fresh, migrated SQLite file holding one benchmark library, and its search index.</summary>
public sealed class LibraryDatabase : IDisposable
{
    private const int BatchSize = 1_000;
    private static readonly DateTime ImportedAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _folder;

    public LibraryDatabase(int size)
        : this(Path.Combine(Path.GetTempPath(), "boneinfo-bench", $"{size}-{Guid.NewGuid():N}"))
    {
    }

    /// <summary>A new database in <paramref name="folder"/>.</summary>
    public LibraryDatabase(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "boneinfo.db");
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public string FilePath { get; }

    /// <summary>Leave the file on disk after the run (for experiments with the same data).</summary>
    public bool Keep { get; init; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>A context configured the way the app configures its own (<see cref="DatabaseSetup.UseBoneInfoSqlite(DbContextOptionsBuilder, string)"/>).</summary>
    public BoneInfoDbContext CreateContext() => new(
        new DbContextOptionsBuilder<BoneInfoDbContext>()
            .UseBoneInfoSqlite(ConnectionString)
            .Options);

    /// <summary>
    /// Inserts the articles in batches of 1 000 (one SaveChanges each, change detection off), each with its body
    /// rendered as a publish renders it, so the app finds nothing to render at start-up.
    /// </summary>
    public int Insert(IEnumerable<ArticleContent> articles)
    {
        var count = 0;
        var markdown = new MarkdownRenderer();
        foreach (var batch in articles.Chunk(BatchSize))
        {
            using var db = CreateContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Articles.AddRange(batch.Select(content => Rendered(Article.FromContent(content, ImportedAt), markdown)));
            count += db.SaveChanges();
        }
        return count;
    }

    private static Article Rendered(Article article, MarkdownRenderer markdown)
    {
        PublishedRendering.Render(article, markdown);
        return article;
    }

    /// <summary>Times <see cref="SearchIndex.RebuildAsync"/> over every published article.</summary>
    public async Task<(int Indexed, TimeSpan Elapsed)> BuildSearchIndexAsync()
    {
        await using var db = CreateContext();
        var started = Stopwatch.GetTimestamp();
        var indexed = await new SearchIndex(db, new SearchIndexVersion()).RebuildAsync();
        return (indexed, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The file's size once the write-ahead log is folded into it.</summary>
    public long SizeInBytes()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        return new FileInfo(FilePath).Length;
    }

    public static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Keep)
        {
            return;
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host is left for the OS to clean up.
        }
    }
}
