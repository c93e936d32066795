using System.Linq.Expressions;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Publishing;

/// <summary>
/// A published article's body is rendered once, when it is made public, and kept with it: page requests read the
/// HTML and do no Markdown work. When the pipeline changes (<see cref="MarkdownRenderer.RendererVersion"/>) the kept
/// HTML is rendered again: the stale articles at start-up, or every published article with <c>-- rerender</c>.
/// </summary>
public sealed class PublishedRendering(BoneInfoDbContext db, MarkdownRenderer markdown, PageCache? pageCache = null)
{
    private const int BatchSize = 200;

    /// <summary>Renders the public body of <paramref name="article"/> onto it; saved with the caller's changes.</summary>
    public static void Render(Article article, MarkdownRenderer markdown)
    {
        var rendered = markdown.Render(article.Body);
        article.StoreRendering(rendered.Html, rendered.ContentsJson, MarkdownRenderer.RendererVersion);
    }

    /// <summary>The published articles rendered by another pipeline version, or never (one query when there are none).</summary>
    public Task<int> RerenderStaleAsync(CancellationToken cancellationToken = default) =>
        RerenderAsync(a => a.RendererVersion != MarkdownRenderer.RendererVersion || a.RenderedHtml == null, cancellationToken);

    public Task<int> RerenderAllAsync(CancellationToken cancellationToken = default) => RerenderAsync(a => true, cancellationToken);

    /// <summary>Renders the published articles <paramref name="which"/> selects, in batches by id; returns how many changed.</summary>
    private async Task<int> RerenderAsync(Expression<Func<Article, bool>> which, CancellationToken cancellationToken)
    {
        var rendered = new List<string>();
        var after = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.Id > after).Where(which)
                .OrderBy(a => a.Id).Take(BatchSize)
                .Select(a => new { a.Id, a.Slug, a.Body, a.Version })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var article in batch)
                {
                    var result = markdown.Render(article.Body);
                    // Only as it was read: an article published meanwhile was rendered by its publish.
                    var changed = await db.Articles.Where(a => a.Id == article.Id && a.Version == article.Version)
                        .ExecuteUpdateAsync(s => s
                            .SetProperty(a => a.RenderedHtml, result.Html)
                            .SetProperty(a => a.RenderedContents, result.ContentsJson)
                            .SetProperty(a => a.RendererVersion, MarkdownRenderer.RendererVersion), cancellationToken);
                    if (changed == 1)
                    {
                        rendered.Add(article.Slug);
                    }
                }
                await transaction.CommitAsync(cancellationToken);
            }
            after = batch[^1].Id;
        }
        if (pageCache is not null && rendered.Count > 0)
        {
            await pageCache.EvictAsync(rendered, cancellationToken);
        }
        return rendered.Count;
    }
}
