using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Articles;

public sealed class ArticleRepository(BoneInfoDbContext db, SearchIndex searchIndex, TimeProvider clock) : IArticleRepository
{
    public Task<Article?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Slug == slug && a.Status == ArticleStatus.Published, cancellationToken);

    public async Task<IReadOnlyList<ArticleListItem>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new { a.Slug, a.Title, a.Kind, a.Category, a.Summary, a.Metadata })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ArticleListItem(r.Slug, r.Title, r.Kind, r.Category, r.Summary, r.Metadata.OtherNames))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<ImportOutcome> UpsertFromContentAsync(ArticleContent content, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Articles.SingleOrDefaultAsync(a => a.Slug == content.Slug, cancellationToken);
        var outcome = ImportRules.Decide(existing, content);
        if (outcome is not (ImportOutcome.Added or ImportOutcome.Updated))
        {
            return outcome;
        }
        var article = existing ?? db.Articles.Add(Article.FromContent(content, now)).Entity;
        if (outcome == ImportOutcome.Updated)
        {
            article.ReplaceFromImport(content, now);
        }
        // The article and its search entry change together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await searchIndex.IndexAsync(article, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}
