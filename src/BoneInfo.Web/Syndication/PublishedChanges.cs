using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Syndication;

/// <summary>One publish: a revision made public, with the editor's note on what changed.</summary>
public sealed record PublishedChange(
    int ArticleId, int Number, string Slug, string Title, string Category, string Summary, string ChangeSummary, DateTime PublishedAt, bool IsNewArticle);

/// <summary>The publishes of the articles that are public now, newest first: what the Atom feed lists.</summary>
public sealed class PublishedChanges(BoneInfoDbContext db)
{
    public async Task<IReadOnlyList<PublishedChange>> RecentAsync(int max, CancellationToken cancellationToken = default)
    {
        var rows = await (
                from revision in db.Revisions.AsNoTracking()
                join article in db.Articles.AsNoTracking() on revision.ArticleId equals article.Id
                where revision.PublishedAt != null && article.Status == ArticleStatus.Published
                orderby revision.PublishedAt descending, revision.Id descending
                select new { revision.ArticleId, revision.Number, article.Slug, revision.Title, article.Category, revision.Summary, revision.ChangeSummary, revision.PublishedAt })
            .Take(max)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ArticleId).Distinct().ToList();
        var firstPublished = await db.Revisions.AsNoTracking()
            .Where(r => ids.Contains(r.ArticleId) && r.PublishedAt != null)
            .GroupBy(r => r.ArticleId)
            .Select(g => new { ArticleId = g.Key, Number = g.Min(r => r.Number) })
            .ToDictionaryAsync(x => x.ArticleId, x => x.Number, cancellationToken);
        return rows
            .Select(r => new PublishedChange(r.ArticleId, r.Number, r.Slug, r.Title, r.Category, r.Summary, r.ChangeSummary, r.PublishedAt!.Value,
                firstPublished.GetValueOrDefault(r.ArticleId) == r.Number))
            .ToList();
    }
}
