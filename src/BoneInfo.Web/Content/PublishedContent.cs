using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Content;

/// <summary>The content of every published article as readers see it, for the export and the link check.</summary>
public sealed class PublishedContent(BoneInfoDbContext db)
{
    public async Task<IReadOnlyList<ArticleContent>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Slug)
            .ToListAsync(cancellationToken);
        return articles.Select(a => a.ToContent()).ToList();
    }
}
