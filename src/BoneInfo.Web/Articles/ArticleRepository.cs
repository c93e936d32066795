using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Articles;

/// <summary>Reads what the public pages show: published articles and the old slugs that redirect to them.</summary>
public sealed partial class ArticleRepository(BoneInfoDbContext db) : IArticleRepository
{
    public Task<Article?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Slug == slug && a.Status == ArticleStatus.Published, cancellationToken);

    public Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default) =>
        (from redirect in db.SlugRedirects
         join article in db.Articles on redirect.ArticleId equals article.Id
         where redirect.OldSlug == oldSlug && article.Status == ArticleStatus.Published
         select article.Slug).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Article> Published => db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);

    public async Task<IReadOnlyList<ArticleListItem>> ListPublishedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default) =>
        // By slug alone, then published ones kept: with the status in the query too, SQLite reads every published
        // article through the status index rather than look each slug up.
        (await ReadListRowsAsync(db.Articles.AsNoTracking().Where(a => slugs.Contains(a.Slug)), cancellationToken))
            .Where(r => r.Status == ArticleStatus.Published)
            .Select(r => r.ToItem())
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();

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
