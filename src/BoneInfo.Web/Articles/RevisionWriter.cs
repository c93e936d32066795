using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Articles;

/// <summary>Who wrote a revision: an editor (with their account id) or the content import (no account).</summary>
public sealed record RevisionAuthor(int? Id, string Name)
{
    public static readonly RevisionAuthor ContentImport = new(null, "Content import");
}

/// <summary>
/// The one way a revision is written, for the editor and the import alike: numbered after the article's newest
/// and saved at once. The caller owns the transaction, so the revision commits with whatever it belongs to.
/// </summary>
public sealed class RevisionWriter(BoneInfoDbContext db)
{
    public async Task<ArticleRevision> AppendAsync(
        Article article, ArticleContent content, RevisionAuthor author, string changeSummary, DateTime now, CancellationToken cancellationToken)
    {
        if (article.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken); // a new article needs its id before its first revision
        }
        var newest = await db.Revisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var revision = db.Revisions.Add(ArticleRevision.Of(article.Id, newest + 1, content, author.Id, author.Name, changeSummary, now)).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return revision;
    }

    public Task<ArticleRevision?> WorkingAsync(Article article, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == article.WorkingRevisionId, cancellationToken);
}
