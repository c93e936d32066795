using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>The /admin status filter. A published article with a draft waiting counts as Published and as Draft or In review.</summary>
public enum StatusFilter
{
    All,
    Published,
    Draft,
    InReview,
    Archived,
}

/// <summary>A row of the editors' article list: the working revision's title and slug, and where it stands.</summary>
public sealed record ArticleRow(int Id, string Title, string Slug, string Status, string? LastEditor, DateTime UpdatedAt);

/// <summary>
/// An article as the edit page shows it: where it stands, its newest (working) revision, and whether that revision
/// still waits to be published (a draft, or anything not public now).
/// </summary>
public sealed record ArticleState(int Id, int Version, string StatusLabel, string? PublicSlug, ArticleRevision? Working, bool Pending);

/// <summary>The editors' view of the articles: every article in any state, for /admin, the edit page and the history.</summary>
public sealed class EditorialQueries(BoneInfoDbContext db)
{
    public async Task<ArticleState?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var working = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == article.WorkingRevisionId, cancellationToken);
        var label = StatusLabel(article.Status, article.ReviewState, article.ScheduledPublishAt);
        var publicSlug = article.Status == ArticleStatus.Published ? article.Slug : null;
        return new ArticleState(article.Id, article.Version, label, publicSlug, working, article.HasPendingRevision || article.Status != ArticleStatus.Published);
    }

    /// <summary>Newest change first; <paramref name="title"/> narrows to titles containing it.</summary>
    public async Task<IReadOnlyList<ArticleRow>> ListAsync(StatusFilter filter, string? title, CancellationToken cancellationToken = default)
    {
        var articles = await Filtered(filter).AsNoTracking()
            .Select(a => new { a.Id, a.Title, a.Slug, a.Status, a.ReviewState, a.ScheduledPublishAt, a.LastEditorName, a.UpdatedAt, a.WorkingRevisionId })
            .ToListAsync(cancellationToken);
        var revisionIds = articles.Select(a => a.WorkingRevisionId).OfType<int>().ToList();
        var working = await db.Revisions.AsNoTracking().Where(r => revisionIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, r.Slug }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var search = title?.Trim() ?? "";
        return articles
            .Select(a => a.WorkingRevisionId is { } w && working.TryGetValue(w, out var r)
                ? (a, r.Title, r.Slug)
                : (a, a.Title, a.Slug))
            .Where(x => x.Title.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(x => x.a.UpdatedAt)
            .Select(x => new ArticleRow(x.a.Id, x.Title, x.Slug, StatusLabel(x.a.Status, x.a.ReviewState, x.a.ScheduledPublishAt), x.a.LastEditorName, x.a.UpdatedAt))
            .ToList();
    }

    /// <summary>An article and every revision of it, newest first; null for an unknown id.</summary>
    public async Task<(Article Article, IReadOnlyList<ArticleRevision> Revisions)?> HistoryAsync(int id, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return (article, revisions);
    }

    /// <summary>Two revisions of one article by number, for the compare page; null when either does not exist.</summary>
    public async Task<(ArticleRevision From, ArticleRevision To)?> RevisionPairAsync(int id, int from, int to, CancellationToken cancellationToken = default)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == id && (r.Number == from || r.Number == to)).ToListAsync(cancellationToken);
        return revisions.SingleOrDefault(r => r.Number == from) is { } before && revisions.SingleOrDefault(r => r.Number == to) is { } after
            ? (before, after)
            : null;
    }

    /// <summary>"Published", "Draft", "In review", "Archived", or a published article with work waiting: "Published · draft in review".</summary>
    public static string StatusLabel(ArticleStatus status, ReviewState review, DateTime? scheduledAt)
    {
        var label = (status, review) switch
        {
            (ArticleStatus.Archived, _) => "Archived",
            (ArticleStatus.Published, ReviewState.Draft) => "Published · new draft",
            (ArticleStatus.Published, ReviewState.InReview) => "Published · draft in review",
            (ArticleStatus.Published, _) => "Published",
            (_, ReviewState.InReview) => "In review",
            _ => "Draft",
        };
        return scheduledAt is { } at ? $"{label} · publishes {at:yyyy-MM-dd HH:mm} UTC" : label;
    }

    private IQueryable<Article> Filtered(StatusFilter filter) => filter switch
    {
        StatusFilter.Published => db.Articles.Where(a => a.Status == ArticleStatus.Published),
        StatusFilter.Draft => db.Articles.Where(a => a.Status != ArticleStatus.Archived && a.ReviewState == ReviewState.Draft),
        StatusFilter.InReview => db.Articles.Where(a => a.Status != ArticleStatus.Archived && a.ReviewState == ReviewState.InReview),
        StatusFilter.Archived => db.Articles.Where(a => a.Status == ArticleStatus.Archived),
        _ => db.Articles,
    };
}
