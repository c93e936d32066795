using System.Text.RegularExpressions;
using BoneInfo.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>
/// Search over published articles: FTS5 finds candidates (weighted bm25), then each candidate is re-ranked by
/// how well it matches by name, by the searcher's findings (phenotypes and labs) and by text.
/// </summary>
public sealed class SearchService(BoneInfoDbContext db, QueryParser parser, SpellingCorrector speller, ILogger<SearchService> logger)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    private const int CandidateLimit = 100;
    private const double TextWeight = 0.45, NameWeight = 0.9;

    public async Task<SearchResponse> SearchAsync(string? text, int limit = DefaultLimit, bool exact = false, CancellationToken cancellationToken = default)
    {
        var query = parser.Parse(text);
        if (query.IsEmpty)
        {
            return SearchResponse.Empty(query.Text);
        }
        string? corrected = null;
        if (!exact)
        {
            corrected = await CorrectAsync(query, cancellationToken);
            if (corrected is not null)
            {
                query = parser.Parse(corrected);
            }
        }
        var expression = query.ToFtsExpression();
        logger.LogDebug("FTS expression {Expression}", expression);
        var candidates = await SearchQueries.CandidatesAsync(db, expression, CandidateLimit, cancellationToken);
        if (candidates.Count == 0)
        {
            return new SearchResponse(query.Text, corrected, []);
        }
        var articles = await db.Articles.AsNoTracking()
            .Where(a => candidates.Keys.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Kind, a.Summary, a.Metadata })
            .ToListAsync(cancellationToken);
        // Coordination: a concept spelled several ways (bone pain, aching bones, sore bones) must count once,
        // so each candidate's text score is scaled by the share of the query's concepts it contains.
        var conceptExpressions = query.Concepts.Select(c => new SearchQuery("", [new Finding("", [c])]).ToFtsExpression()).ToList();
        var conceptHits = await SearchQueries.ConceptHitsAsync(db, conceptExpressions, candidates.Keys.ToList(), cancellationToken);
        foreach (var id in candidates.Keys.ToList())
        {
            candidates[id] *= (double)conceptHits.GetValueOrDefault(id) / conceptExpressions.Count;
        }
        var bestText = Math.Max(candidates.Values.Max(), 1e-9);
        // A list of findings is better judged by the features each condition has than by the words its text uses:
        // an explainer that mentions every finding should not beat the condition that has them all.
        var findingWeight = 0.6 + (0.15 * (Math.Min(query.Findings.Count, 4) - 1));
        var ranked = articles
            .Select(a =>
            {
                var (findingScore, matches) = SymptomMatcher.Match(query, a.Metadata);
                var nameScore = NameMatcher.Score(query, a.Title, a.Metadata);
                var textScore = candidates[a.Id] / bestText;
                var score = (TextWeight * textScore) + (findingWeight * findingScore) + (NameWeight * nameScore);
                logger.LogDebug("Rank {Slug}: text {Text:0.000}, findings {Findings:0.000}, name {Name:0.000}", a.Slug, textScore, findingScore, nameScore);
                return (Article: a, Score: score, Matches: matches);
            })
            .OrderByDescending(r => r.Score)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .ToList();

        var snippets = await SearchQueries.SnippetsAsync(db, expression, ranked.Select(r => r.Article.Id).ToList(), cancellationToken);
        var top = ranked.Take(3).Select(r => (r.Article.Title, r.Article.Metadata)).ToList();
        var hits = ranked.Select((r, i) => new SearchHit(
            r.Article.Slug, r.Article.Title, r.Article.Kind, r.Article.Summary,
            SnippetOrSummary(snippets.GetValueOrDefault(r.Article.Id), r.Article.Summary), Math.Round(r.Score, 4), r.Matches,
            i < top.Count ? Distinctions.Between(top[i], top.Where((_, j) => j != i)) : [])).ToList();
        logger.LogDebug("Search {Query} → {Count} results", query.Text, hits.Count);
        return new SearchResponse(query.Text, corrected, hits);
    }

    /// <summary>A body snippet that shows a match, or else the plain-language summary (HTML-escaped).</summary>
    private static string SnippetOrSummary(string? snippet, string summary) =>
        snippet is not null && snippet.Contains("<mark>", StringComparison.Ordinal) ? snippet : System.Net.WebUtility.HtmlEncode(summary);

    /// <summary>The query with unknown words replaced by their nearest indexed word, or null if nothing changed.</summary>
    private async Task<string?> CorrectAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var vocabulary = await speller.VocabularyAsync(db, cancellationToken);
        var text = query.Text;
        var changed = false;
        foreach (var concept in query.Concepts.Where(c => c.IsSingleWord && c.Typed.Length >= 4))
        {
            var word = concept.Typed;
            if (vocabulary.ContainsKey(word) || await SearchQueries.MatchesAnyAsync(db, $"\"{word}\"", cancellationToken))
            {
                continue;
            }
            if (SpellingCorrector.Nearest(word, vocabulary) is { } nearest)
            {
                text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", nearest, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                changed = true;
            }
        }
        return changed && !string.Equals(text, query.Text, StringComparison.Ordinal) ? text : null;
    }
}

/// <summary>The raw FTS5 queries. Every value is a parameter; the expression comes from <see cref="SearchQuery.ToFtsExpression"/>.</summary>
internal static class SearchQueries
{
    // Column weights for bm25: slug (unindexed), title, names, summary, findings, genes, labs, body.
    private const string Rank = "bm25(ArticleSearch, 0, 10.0, 8.0, 3.0, 5.0, 8.0, 4.0, 1.0)";

    public static async Task<Dictionary<int, double>> CandidatesAsync(BoneInfoDbContext db, string expression, int limit, CancellationToken cancellationToken)
    {
        var results = new Dictionary<int, double>();
        await ReadAsync(db, $"SELECT rowid, -{Rank} FROM ArticleSearch WHERE ArticleSearch MATCH $q ORDER BY {Rank} LIMIT $limit",
            [("$q", expression), ("$limit", limit)],
            reader => results[reader.GetInt32(0)] = Math.Max(reader.GetDouble(1), 1e-9), cancellationToken);
        return results;
    }

    /// <summary>Snippets from the body (column 7) only: the other columns are lists, not prose.</summary>
    public static async Task<Dictionary<int, string>> SnippetsAsync(BoneInfoDbContext db, string expression, List<int> ids, CancellationToken cancellationToken)
    {
        var snippets = new Dictionary<int, string>();
        if (ids.Count == 0)
        {
            return snippets;
        }
        var idList = string.Join(',', ids); // integers from our own query, not user input
        await ReadAsync(db, $"SELECT rowid, snippet(ArticleSearch, 7, char(2), char(3), '…', 24) FROM ArticleSearch WHERE ArticleSearch MATCH $q AND rowid IN ({idList})",
            [("$q", expression)], reader => snippets[reader.GetInt32(0)] = Snippet.ToHtml(reader.GetString(1)), cancellationToken);
        return snippets;
    }

    /// <summary>For each candidate, how many of the concept expressions it matches (one round trip).</summary>
    public static async Task<Dictionary<int, int>> ConceptHitsAsync(BoneInfoDbContext db, List<string> concepts, List<int> ids, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<int, int>();
        var idList = string.Join(',', ids); // integers from our own query, not user input
        var sql = string.Join(" UNION ALL ", concepts.Select((_, i) => $"SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $c{i} AND rowid IN ({idList})"));
        await ReadAsync(db, sql, concepts.Select((c, i) => ($"$c{i}", (object)c)).ToArray(),
            reader => hits[reader.GetInt32(0)] = hits.GetValueOrDefault(reader.GetInt32(0)) + 1, cancellationToken);
        return hits;
    }

    public static async Task<bool> MatchesAnyAsync(BoneInfoDbContext db, string expression, CancellationToken cancellationToken)
    {
        var any = false;
        await ReadAsync(db, "SELECT 1 FROM ArticleSearch WHERE ArticleSearch MATCH $q LIMIT 1", [("$q", expression)], _ => any = true, cancellationToken);
        return any;
    }

    private static async Task ReadAsync(BoneInfoDbContext db, string sql, (string Name, object Value)[] parameters, Action<System.Data.Common.DbDataReader> row, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
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
            await db.Database.CloseConnectionAsync();
        }
    }
}
