using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>
/// The in-memory side of search: a <see cref="CatalogIndex"/> of every published article's names and features,
/// shared by all requests. When the search index changes it catches up by reloading only the articles whose
/// <see cref="Article.Version"/> changed, so a publish in a library of 100 000 articles reloads one.
/// </summary>
public sealed class SearchCatalog(SearchIndexVersion version, ILogger<SearchCatalog> logger) : IDisposable
{
    private const int LoadBatch = 500;
    private readonly CatalogIndex _index = new();
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private int _loadedVersion = -1;

    /// <summary>Published articles in the catalog.</summary>
    public int Count => Read(index => index.Count);

    public async Task RefreshAsync(BoneInfoDbContext db, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _loadedVersion) == version.Value)
        {
            return;
        }
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var target = version.Value;
            if (_loadedVersion != target)
            {
                await CatchUpAsync(db, cancellationToken);
                Volatile.Write(ref _loadedVersion, target);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public List<RankedEntry> Rank(QueryPlan plan, IReadOnlyDictionary<int, double> textScores, CatalogRanker.Combine combine, int limit) =>
        Read(index => CatalogRanker.Rank(index, plan, textScores, combine, limit));

    /// <summary>Titles and other names (with their article) and phenotype labels, each once, for search-as-you-type.</summary>
    public (List<(string Name, string Slug, bool IsTitle)> Names, List<string> FeatureLabels) Vocabulary() => Read(index => (
        index.Entries.Select(e => (e.Title, e.Slug, true)).Concat(index.Entries.SelectMany(e => e.OtherNames.Select(n => (n, e.Slug, false)))).ToList(),
        index.PhenotypeLabels.Select(l => l.Label).Distinct(StringComparer.OrdinalIgnoreCase).ToList()));

    /// <summary>
    /// True when the concept could match some feature of the library: one of its spellings is made of words that
    /// phenotype labels or lab tests use (direction words such as "low" always count).
    /// </summary>
    public bool CouldMatchAFeature(Concept concept) => Read(index => concept.Alternatives.Any(words =>
        words.Where(w => LabDirections.Of(w) is null).Select(SearchText.Stem).ToList() is var stems &&
        (stems.Count == 0 || stems.All(index.IsFeatureStem))));

    public CatalogEntry? Find(int id) => Read(index => index.TryGetSlot(id, out var slot) ? index.Entry(slot) : null);

    private async Task CatchUpAsync(BoneInfoDbContext db, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var published = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, a.Version }).ToDictionaryAsync(a => a.Id, a => a.Version, cancellationToken);
        var (changed, removed) = Read(index => (
            published.Where(p => index.VersionOf(p.Key) != p.Value).Select(p => p.Key).ToList(),
            index.Ids.Where(id => !published.ContainsKey(id)).ToList()));
        foreach (var batch in changed.Chunk(LoadBatch))
        {
            var rows = await db.Articles.AsNoTracking().Where(a => batch.Contains(a.Id) && a.Status == ArticleStatus.Published)
                .Select(a => new { a.Id, a.Version, a.Slug, a.Title, a.Kind, a.Metadata }).ToListAsync(cancellationToken);
            Write(index => rows.ForEach(r => index.Put(r.Id, r.Version, r.Slug, r.Title, r.Kind, r.Metadata)));
        }
        Write(index =>
        {
            removed.ForEach(index.Remove);
            index.Seal(); // once, after every batch: a search that finds the catalog out of date waits for this
        });
        logger.LogInformation("Search catalog: {Changed} articles loaded, {Removed} removed in {Elapsed} ms",
            changed.Count, removed.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public void Dispose()
    {
        _lock.Dispose();
        _refreshing.Dispose();
    }

    private T Read<T>(Func<CatalogIndex, T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read(_index);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void Write(Action<CatalogIndex> write)
    {
        _lock.EnterWriteLock();
        try
        {
            write(_index);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
