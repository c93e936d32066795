using System.Text.RegularExpressions;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>
/// Search over published articles. Every article that matches by name or by a finding is scored in memory
/// (<see cref="SearchCatalog"/>); FTS5 adds a weighted bm25 text score for the concepts that tell articles apart.
/// A concept found in nearly every article (bone, pain, calcium in a large library) adds nothing to bm25
/// but would make FTS5 score every article, so it is left out of full-text ranking and counts through names
/// and findings only. The best results are then explained (<see cref="SearchExplainer"/>).
/// </summary>
public sealed class SearchService(BoneInfoDbContext db, SearchStore index, QueryParser parser, SpellingCorrector speller, SearchCatalog catalog, SearchExplainer explainer, SuggestionCatalog suggestions)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    private const int CandidateLimit = 100;
    private const double TextWeight = 0.3, NameWeight = 0.9;

    // How common a concept may be and still count: in full-text ranking, in at most 1 % of a large library; as a
    // finding of its own, in at most half. In a small library (up to 50 articles) every concept counts.
    private const int SmallLibrary = 50;
    private const double RankableShare = 0.01, FindingShare = 0.5;

    /// <summary>The phenotype vocabulary (clinical labels), for the symptom page's suggestions.</summary>
    public Task<IReadOnlyList<string>> FindingLabelsAsync(CancellationToken cancellationToken = default) =>
        suggestions.FindingLabelsAsync(db, cancellationToken);

    public async Task<SearchResponse> SearchAsync(string? text, int limit = DefaultLimit, bool exact = false, CancellationToken cancellationToken = default)
    {
        var query = parser.Parse(text);
        if (query.IsEmpty)
        {
            return SearchResponse.Empty(query.Text);
        }
        // One connection for the whole search: the queries below would otherwise each open one (and set its pragmas).
        await index.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await SearchAsync(query, limit, exact, cancellationToken);
        }
        finally
        {
            await index.Database.CloseConnectionAsync();
        }
    }

    private async Task<SearchResponse> SearchAsync(SearchQuery query, int limit, bool exact, CancellationToken cancellationToken)
    {
        var vocabulary = await speller.VocabularyAsync(index, cancellationToken);
        var corrected = exact ? null : await CorrectAsync(query, vocabulary, cancellationToken);
        if (corrected is not null)
        {
            query = parser.Parse(corrected);
        }
        await catalog.RefreshAsync(db, cancellationToken);
        var articles = catalog.Count;
        bool InAtMost(Concept c, double share) => vocabulary.ArticlesWith(c) <= Math.Max(SmallLibrary, share * articles);
        var plan = new QueryPlan(query, FindingsOf(query, c => InAtMost(c, FindingShare), catalog.CouldMatchAFeature));
        var rankable = plan.Concepts.Where(c => InAtMost(c, RankableShare)).ToList();
        var textScores = await TextScoresAsync(rankable, cancellationToken);
        // A list of findings is better judged by the features each condition has than by the words its text uses:
        // an explainer that mentions every finding should not beat the condition that has them all.
        var findingWeight = 0.6 + (0.15 * (Math.Min(plan.Findings.Count, 4) - 1));
        var size = Math.Clamp(limit, 1, MaxLimit);
        var ranked = catalog.Rank(plan, textScores, (t, f, n) => (TextWeight * t) + (findingWeight * f) + (NameWeight * n), size);
        if (ranked.Count == 0 && rankable.Count < plan.Concepts.Count)
        {
            ranked = await UnrankedAsync(query, size, cancellationToken);
        }
        return new SearchResponse(query.Text, corrected, await explainer.ExplainAsync(plan, ranked, cancellationToken));
    }

    /// <summary>
    /// The findings to match against features. Four or more things typed without commas ("elderly skull enlarging
    /// deafness") are matched one by one, so that no single feature has to spell them all out; words in more than
    /// half of a large library are left to names and text, since as findings of their own they would match
    /// nearly every article (and cost time).
    /// </summary>
    private static List<Finding> FindingsOf(SearchQuery query, Func<Concept, bool> isDistinctive, Func<Concept, bool> couldMatchAFeature) =>
        query.Findings.SelectMany(f =>
        {
            // Words no feature of the library uses ("2yo girl", "dad affected") cannot help a finding match a
            // feature, so they must not dilute it either; they still count for names and text.
            var concepts = f.Concepts.Where(couldMatchAFeature).ToList();
            if (concepts.Count == 0)
            {
                return [];
            }
            var finding = concepts.Count == f.Concepts.Count ? f : new Finding(f.Text, concepts);
            var distinctive = concepts.Where(isDistinctive).ToList();
            return concepts.Count > 3 && distinctive.Count > 0 ? distinctive.Select(c => new Finding(c.Typed, [c])) : [finding];
        }).ToList();

    /// <summary>
    /// Normalised bm25 (best = 1) of the articles matching the rankable concepts, scaled by the share of those
    /// concepts each contains, so a concept spelled several ways (bone pain, aching bones) counts once.
    /// </summary>
    private async Task<Dictionary<int, double>> TextScoresAsync(List<Concept> rankable, CancellationToken cancellationToken)
    {
        if (rankable.Count == 0)
        {
            return [];
        }
        var scores = await SearchQueries.RankedAsync(index, SearchQuery.ToFtsExpression(rankable), CandidateLimit, cancellationToken);
        if (rankable.Count > 1 && scores.Count > 0)
        {
            var expressions = rankable.Select(c => SearchQuery.ToFtsExpression([c])).ToList();
            var hits = await SearchQueries.HitsAsync(index, expressions, scores.Keys.ToHashSet(), cancellationToken);
            foreach (var id in scores.Keys.ToList())
            {
                scores[id] *= (double)hits.GetValueOrDefault(id) / rankable.Count;
            }
        }
        var best = Math.Max(scores.Values.DefaultIfEmpty(0).Max(), 1e-9);
        return scores.ToDictionary(s => s.Key, s => s.Value / best);
    }

    /// <summary>When no name, finding or distinguishing word matched: articles that merely contain the common words, unranked.</summary>
    private async Task<List<RankedEntry>> UnrankedAsync(SearchQuery query, int wanted, CancellationToken cancellationToken)
    {
        var ids = await SearchQueries.AnyMatchesAsync(index, query.ToFtsExpression(), wanted, cancellationToken);
        return ids.Select(catalog.Find).OfType<CatalogEntry>().Select(e => new RankedEntry(e, 0, 0, 0, 0)).ToList();
    }

    /// <summary>The query with unknown words replaced by their nearest indexed word, or null if nothing changed.</summary>
    private async Task<string?> CorrectAsync(SearchQuery query, IndexVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var text = query.Text;
        var changed = false;
        foreach (var concept in query.Concepts.Where(c => c.IsSingleWord && c.Typed.Length >= 4))
        {
            var word = concept.Typed;
            if (vocabulary.Words.ContainsKey(word) || await SearchQueries.MatchesAnyAsync(index, $"\"{word}\"", cancellationToken))
            {
                continue;
            }
            if (SpellingCorrector.Nearest(word, vocabulary.Words) is { } nearest)
            {
                text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", nearest, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                changed = true;
            }
        }
        return changed && !string.Equals(text, query.Text, StringComparison.Ordinal) ? text : null;
    }
}
