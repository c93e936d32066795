using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Articles;

public sealed class ArticleRepository(BoneInfoDbContext db, SearchIndex searchIndex, TimeProvider clock) : IArticleRepository
{
    public const string ImportAuthor = "Content import";

    public Task<Article?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Slug == slug && a.Status == ArticleStatus.Published, cancellationToken);

    public Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default) =>
        (from redirect in db.SlugRedirects
         join article in db.Articles on redirect.ArticleId equals article.Id
         where redirect.OldSlug == oldSlug && article.Status == ArticleStatus.Published
         select article.Slug).FirstOrDefaultAsync(cancellationToken);

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
        // The article, its revision and its search entry change together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var number = await db.Revisions.Where(r => r.ArticleId == article.Id).Select(r => (int?)r.Number).MaxAsync(cancellationToken) ?? 0;
        var revision = db.Revisions.Add(ArticleRevision.Of(article.Id, number + 1, content, null, ImportAuthor, "Imported from content/", now)).Entity;
        await db.SaveChangesAsync(cancellationToken);
        article.PublishedRevisionId = article.WorkingRevisionId = revision.Id;
        await db.SaveChangesAsync(cancellationToken);
        await searchIndex.IndexAsync(article, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}
