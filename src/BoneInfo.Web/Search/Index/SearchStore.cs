using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BoneInfo.Web.Search;

/// <summary>
/// Where the FTS5 tables are. With SQLite as the main database they are in it (the migrations made them), and an
/// index change commits with the article. With PostgreSQL they are in a node-local SQLite file, a read model of the
/// published articles (<see cref="SearchIndexDbContext"/>) that <see cref="SearchIndex"/> builds once, resumes at
/// each restart and catches up by article version. Search reads the index only through this store, and the articles through the
/// main context.
/// </summary>
public sealed class SearchStore
{
    /// <summary>The index in the main SQLite database.</summary>
    public SearchStore(BoneInfoDbContext db) => Context = db;

    /// <summary>The index in this node's own SQLite file.</summary>
    public SearchStore(SearchIndexDbContext readModel)
    {
        Context = readModel;
        IsReadModel = true;
    }

    public DbContext Context { get; }

    public DatabaseFacade Database => Context.Database;

    /// <summary>True when the index is a node-local copy that follows the main database after its commits.</summary>
    public bool IsReadModel { get; }
}

/// <summary>The node-local search index file (PostgreSQL deployments): the FTS5 tables and the version of each article in them.</summary>
public sealed class SearchIndexDbContext(DbContextOptions<SearchIndexDbContext> options) : DbContext(options)
{
    public const string PathKey = "Search:IndexPath";
    public const string DefaultPath = "data/search-index.db";

    // The same tables the SQLite migration AddSearchIndex creates, plus the versions the read model holds and its
    // mark (SearchReadModelState).
    private static readonly string[] Schema =
    [
        "CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(slug UNINDEXED, title, names, summary, findings, genes, labs, body, " +
        "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
        "CREATE VIRTUAL TABLE IF NOT EXISTS ArticleWords USING fts5(words, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE VIRTUAL TABLE IF NOT EXISTS ArticleWordsVocab USING fts5vocab(ArticleWords, 'row')",
        "CREATE TABLE IF NOT EXISTS IndexedArticles (Id INTEGER PRIMARY KEY, Version INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS ReadModelState (Id INTEGER PRIMARY KEY CHECK (Id = 1), Newest TEXT NOT NULL, Build TEXT NOT NULL)",
    ];

    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in Schema)
        {
            await Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
