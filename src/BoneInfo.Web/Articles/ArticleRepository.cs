using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Articles;

/// <summary>Reads what the public pages show: published articles and the old slugs that redirect to them.</summary>
public sealed class ArticleRepository(BoneInfoDbContext db) : IArticleRepository
{
    public Task<Article?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Slug == slug && a.Status == ArticleStatus.Published, cancellationToken);

    public Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default) =>
        (from redirect in db.SlugRedirects
         join article in db.Articles on redirect.ArticleId equals article.Id
         where redirect.OldSlug == oldSlug && article.Status == ArticleStatus.Published
         select article.Slug).FirstOrDefaultAsync(cancellationToken);

    public Task<IReadOnlyList<ArticleListItem>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        ListAsync(db.Articles.Where(a => a.Status == ArticleStatus.Published), cancellationToken);

    public Task<IReadOnlyList<ArticleListItem>> ListPublishedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default) =>
        ListAsync(db.Articles.Where(a => a.Status == ArticleStatus.Published && slugs.Contains(a.Slug)), cancellationToken);

    private static async Task<IReadOnlyList<ArticleListItem>> ListAsync(IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.AsNoTracking()
            .Select(a => new { a.Slug, a.Title, a.Kind, a.Category, a.Summary, a.Metadata, a.Version })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ArticleListItem(r.Slug, r.Title, r.Kind, r.Category, r.Summary, r.Metadata.OtherNames, r.Version))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<IReadOnlyList<PublishedArticle>> ListPublishedDataAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new PublishedArticle(a.Id, a.Slug, a.Title, a.Kind, a.Category, a.Summary, a.ReviewedOn, a.PublishedAt, a.Metadata))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList();
    }

    public async Task<(int Total, IReadOnlyList<PublishedArticle> Page)> PagePublishedDataAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var published = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);
        var total = await published.CountAsync(cancellationToken);
        var page = await published
#pragma warning disable CA1311, CA1304 // translated to SQL lower(), the same on every provider (a collation name is not)
            .OrderBy(a => a.Title.ToLower()).ThenBy(a => a.Slug)
#pragma warning restore CA1311, CA1304
            .Skip(skip).Take(take)
            .Select(a => new PublishedArticle(a.Id, a.Slug, a.Title, a.Kind, a.Category, a.Summary, a.ReviewedOn, a.PublishedAt, a.Metadata))
            .ToListAsync(cancellationToken);
        return (total, page);
    }
}
