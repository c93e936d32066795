using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>The raw FTS5 queries. Every value is a parameter; expressions come from <see cref="SearchQuery.ToFtsExpression(IEnumerable{Concept})"/>.</summary>
internal static class SearchQueries
{
    // Column weights for bm25: slug (unindexed), title, names, summary, findings, genes, labs, body.
    private const string Rank = "bm25(ArticleSearch, 0, 10.0, 8.0, 3.0, 5.0, 8.0, 4.0, 1.0)";

    /// <summary>The best <paramref name="limit"/> matches by weighted bm25 (higher is better).</summary>
    public static async Task<Dictionary<int, double>> RankedAsync(SearchStore index, string expression, int limit, CancellationToken cancellationToken)
    {
        var results = new Dictionary<int, double>();
        await ReadAsync(index, $"SELECT rowid, -{Rank} FROM ArticleSearch WHERE ArticleSearch MATCH $q ORDER BY {Rank} LIMIT $limit",
            [("$q", expression), ("$limit", limit)],
            reader => results[reader.GetInt32(0)] = Math.Max(reader.GetDouble(1), 1e-9), cancellationToken);
        return results;
    }

    /// <summary>Up to <paramref name="limit"/> matching articles in index order, unranked (cheap even for common words).</summary>
    public static async Task<List<int>> AnyMatchesAsync(SearchStore index, string expression, int limit, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        await ReadAsync(index, "SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $q LIMIT $limit",
            [("$q", expression), ("$limit", limit)], reader => ids.Add(reader.GetInt32(0)), cancellationToken);
        return ids;
    }

    /// <summary>
    /// For each of the given articles, how many of the expressions it matches. Each expression runs once over the
    /// whole index (callers pass only distinguishing concepts, whose lists are short): asking FTS5 about
    /// `rowid IN (…)` instead would re-evaluate the expression once per id.
    /// </summary>
    public static async Task<Dictionary<int, int>> HitsAsync(SearchStore index, List<string> expressions, IReadOnlySet<int> ids, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<int, int>();
        var sql = string.Join(" UNION ALL ", expressions.Select((_, i) => $"SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $c{i}"));
        await ReadAsync(index, sql, expressions.Select((c, i) => ($"$c{i}", (object)c)).ToArray(), reader =>
        {
            var id = reader.GetInt32(0);
            if (ids.Contains(id))
            {
                hits[id] = hits.GetValueOrDefault(id) + 1;
            }
        }, cancellationToken);
        return hits;
    }

    /// <summary>The summary and plain-text body of indexed (so published) articles, by id.</summary>
    public static async Task<Dictionary<int, (string Summary, string Body)>> TextsAsync(SearchStore index, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<int, (string, string)>();
        var idList = string.Join(',', ids); // integers from our own index, not user input
        await ReadAsync(index, $"SELECT rowid, summary, body FROM ArticleSearch WHERE rowid IN ({idList})", [],
            reader => texts[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2)), cancellationToken);
        return texts;
    }

    /// <summary>The slugs of up to <paramref name="limit"/> matching articles, unranked.</summary>
    public static async Task<List<string>> SlugsAsync(SearchStore index, string expression, int limit, CancellationToken cancellationToken)
    {
        var slugs = new List<string>();
        await ReadAsync(index, "SELECT slug FROM ArticleSearch WHERE ArticleSearch MATCH $q LIMIT $limit",
            [("$q", expression), ("$limit", limit)], reader => slugs.Add(reader.GetString(0)), cancellationToken);
        return slugs;
    }

    public static async Task<bool> MatchesAnyAsync(SearchStore index, string expression, CancellationToken cancellationToken) =>
        (await AnyMatchesAsync(index, expression, 1, cancellationToken)).Count > 0;

    private static async Task ReadAsync(SearchStore index, string sql, (string Name, object Value)[] parameters, Action<System.Data.Common.DbDataReader> row, CancellationToken cancellationToken)
    {
        await index.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = index.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, value));
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
        finally
        {
            await index.Database.CloseConnectionAsync();
        }
    }
}
