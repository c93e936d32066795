using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

public sealed record Suggestion(string Text, string Type, string? Slug);

/// <summary>
/// Search-as-you-type: titles, other names and phenotype labels whose words start with what was typed.
/// Held in memory (deduplicated), rebuilt when the search index changes.
/// </summary>
public sealed class SuggestionCatalog(SearchIndexVersion version)
{
    public const int MaxSuggestions = 8;
    private readonly Lock _gate = new();
    private (int Version, List<(Suggestion Suggestion, string[] Words, int Rank)> Entries)? _cache;

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(BoneInfoDbContext db, string? typed, CancellationToken cancellationToken)
    {
        var words = Text.Words(QueryParser.Clean(typed));
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
        var articles = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new { a.Slug, a.Title, a.Metadata }).ToListAsync(cancellationToken);
        var entries = new Dictionary<string, (Suggestion, string[], int)>(StringComparer.OrdinalIgnoreCase);
        void Add(string text, string type, string? slug, int rank)
        {
            if (!entries.ContainsKey(text))
            {
                entries[text] = (new Suggestion(text, type, slug), Text.Words(text).ToArray(), rank);
            }
        }
        foreach (var a in articles)
        {
            Add(a.Title, "condition", a.Slug, 0);
        }
        foreach (var a in articles)
        {
            foreach (var name in a.Metadata.OtherNames)
            {
                Add(name, "other-name", a.Slug, 1);
            }
        }
        foreach (var p in articles.SelectMany(a => a.Metadata.Phenotypes))
        {
            Add(p.Label, "finding", null, 2);
        }
        var list = entries.Values.ToList();
        lock (_gate)
        {
            _cache = (current, list);
        }
        return list;
    }
}
