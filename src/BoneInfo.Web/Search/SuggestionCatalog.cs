using BoneInfo.Web.Data;

namespace BoneInfo.Web.Search;

/// <summary>A suggestion for what is being typed.</summary>
/// <param name="Text">The name or feature to offer.</param>
/// <param name="Type">condition (a title), other-name or finding (a feature to search by).</param>
/// <param name="Slug">The article a condition or other name belongs to; null for a finding.</param>
public sealed record Suggestion(string Text, string Type, string? Slug);

/// <summary>
/// Search-as-you-type: titles, other names and phenotype labels whose words start with what was typed.
/// Held in memory (deduplicated), rebuilt from <see cref="SearchCatalog"/> when the search index changes.
/// </summary>
public sealed class SuggestionCatalog(SearchIndexVersion version, SearchCatalog catalog)
{
    public const int MaxSuggestions = 8;
    private readonly Lock _gate = new();
    private (int Version, List<(Suggestion Suggestion, string[] Words, int Rank)> Entries)? _cache;

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(BoneInfoDbContext db, string? typed, CancellationToken cancellationToken)
    {
        var words = SearchText.Words(QueryParser.Clean(typed));
        if (words.Count == 0)
        {
            return [];
        }
        var entries = await EntriesAsync(db, cancellationToken);
        return entries
            .Where(e => Matches(e.Words, words))
            .OrderBy(e => e.Rank)
            .ThenBy(e => e.Words.Length > 0 && e.Words[0].StartsWith(words[0], StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(e => e.Suggestion.Text.Length)
            .Select(e => e.Suggestion)
            .Take(MaxSuggestions)
            .ToList();
    }

    /// <summary>Every typed word starts some word of the entry; the last typed word may be incomplete.</summary>
    private static bool Matches(string[] entryWords, List<string> typed) =>
        typed.All(t => entryWords.Any(w => w.StartsWith(t, StringComparison.Ordinal)));

    /// <summary>The phenotype vocabulary (clinical labels), for the symptom page's suggestions.</summary>
    public async Task<IReadOnlyList<string>> FindingLabelsAsync(BoneInfoDbContext db, CancellationToken cancellationToken) =>
        (await EntriesAsync(db, cancellationToken)).Where(e => e.Suggestion.Type == "finding").Select(e => e.Suggestion.Text).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private async Task<List<(Suggestion Suggestion, string[] Words, int Rank)>> EntriesAsync(BoneInfoDbContext db, CancellationToken cancellationToken)
    {
        var current = version.Value;
        lock (_gate)
        {
            if (_cache is { } cached && cached.Version == current)
            {
                return cached.Entries;
            }
        }
        await catalog.RefreshAsync(db, cancellationToken);
        var (names, labels) = catalog.Vocabulary();
        var entries = new Dictionary<string, (Suggestion, string[], int)>(StringComparer.OrdinalIgnoreCase);
        void Add(string text, string type, string? slug, int rank) =>
            entries.TryAdd(text, (new Suggestion(text, type, slug), SearchText.Words(text).ToArray(), rank));
        foreach (var (name, slug, isTitle) in names)
        {
            Add(name, isTitle ? "condition" : "other-name", slug, isTitle ? 0 : 1);
        }
        foreach (var label in labels)
        {
            Add(label, "finding", null, 2);
        }
        var list = entries.Values.ToList();
        lock (_gate)
        {
            _cache = (current, list);
        }
        return list;
    }
}
