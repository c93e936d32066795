namespace BoneInfo.Web.Search;

/// <summary>
/// Turns ranked articles into results a reader can judge: the summary, a snippet with the matched words
/// highlighted, the findings that matched and, for the top three, features that tell them apart.
/// Only the articles shown are read from the database.
/// </summary>
public sealed class SearchExplainer(SearchStore index, ILogger<SearchExplainer> logger)
{
    private const int Compared = 3;

    public async Task<List<SearchHit>> ExplainAsync(QueryPlan plan, List<RankedEntry> ranked, CancellationToken cancellationToken)
    {
        if (ranked.Count == 0)
        {
            return [];
        }
        var texts = await SearchQueries.TextsAsync(index, ranked.Select(r => r.Entry.Id).ToList(), cancellationToken);
        var shown = ranked.Where(r => texts.ContainsKey(r.Entry.Id)).ToList(); // an article unpublished a moment ago is dropped
        var highlighted = plan.Stems.Where(s => !SearchText.IsStopWord(s)).ToHashSet(StringComparer.Ordinal);
        var top = shown.Take(Compared).Select(r => r.Entry).ToList();
        return shown.Select((r, i) =>
        {
            var (summary, body) = texts[r.Entry.Id];
            logger.LogDebug("Rank {Slug}: text {Text:0.000}, findings {Findings:0.000}, name {Name:0.000}", r.Entry.Slug, r.Text, r.Findings, r.Name);
            return new SearchHit(
                r.Entry.Slug, r.Entry.Title, r.Entry.Kind, summary,
                BodyPassage.Build(body, highlighted) ?? System.Net.WebUtility.HtmlEncode(summary), Math.Round(r.Score, 4),
                SymptomMatcher.Match(plan, r.Entry.Features).Matches,
                i < top.Count ? Distinctions.Between(top[i], top.Where((_, j) => j != i)) : []);
        }).ToList();
    }
}
