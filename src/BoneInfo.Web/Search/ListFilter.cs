namespace BoneInfo.Web.Search;

/// <summary>
/// The A–Z list's word filter: published articles whose title, other names or summary has every word of the filter
/// (as a word or the start of one: "marble bone" finds "Marble bone disease"). It asks the search index, so it
/// reads only the matches, never the whole library.
/// </summary>
public sealed class ListFilter(SearchStore index)
{
    /// <summary>The slugs of up to <paramref name="limit"/> matching articles, unordered; none when the filter has no words.</summary>
    public async Task<IReadOnlyList<string>> MatchingSlugsAsync(string filter, int limit, CancellationToken cancellationToken = default)
    {
        // Words are letters and digits only, so quoting them is enough to keep FTS5 syntax out of the expression.
        var words = SearchText.Words(filter);
        if (words.Count == 0)
        {
            return [];
        }
        var expression = "{title names summary} : (" + string.Join(" AND ", words.Distinct().Select(w => $"\"{w}\"*")) + ")";
        return await SearchQueries.SlugsAsync(index, expression, limit, cancellationToken);
    }
}
