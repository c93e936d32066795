using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Caching;

/// <summary>The tags public pages are cached under, and eviction when what they show changes.</summary>
public sealed class PageCache(IOutputCacheStore store, ILogger<PageCache> logger)
{
    /// <summary>How long a cached page lives without a publish; browsers may keep it a minute (see <see cref="CacheHeaders"/>).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public const string AllPagesTag = "pages";

    public static string ArticleTag(string slug) => "article:" + slug;

    /// <summary>
    /// After a publish, archive, rename or import: the article's own page and every list-like page (home, A–Z,
    /// glossary, symptoms) go. Lists name every article, so they are simply all pages without an article tag;
    /// evicting all pages is one call and costs only the next request of each.
    /// </summary>
    public async Task EvictAsync(IEnumerable<string> slugs, CancellationToken cancellationToken = default)
    {
        foreach (var slug in slugs.Distinct(StringComparer.Ordinal))
        {
            await store.EvictByTagAsync(ArticleTag(slug), cancellationToken);
        }
        await store.EvictByTagAsync(AllPagesTag, cancellationToken);
        logger.LogDebug("Page cache evicted for {Slugs}", string.Join(", ", slugs));
    }
}
