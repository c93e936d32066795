
namespace BoneInfo.Web.Articles;

/// <summary>An immutable snapshot of an article's content, made by every save. History is never rewritten.</summary>
public sealed class ArticleRevision
{
    public int Id { get; private set; }
    public int ArticleId { get; private set; }

    /// <summary>1, 2, 3 … per article.</summary>
    public int Number { get; private set; }

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ArticleKind Kind { get; private set; }
    public string Category { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime ReviewedOn { get; private set; }
    public ArticleMetadata Metadata { get; private set; } = new();

    /// <summary>Null for revisions made by the content import.</summary>
    public int? AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>The editor's note on what changed ("Updated treatment section").</summary>
    public string ChangeSummary { get; private set; } = "";

    /// <summary>When this revision was made public; null if it never was. The feed lists published revisions.</summary>
    public DateTime? PublishedAt { get; private set; }

    internal void MarkPublished(DateTime now) => PublishedAt = now;

    public static ArticleRevision Of(int articleId, int number, ArticleContent content, int? authorId, string authorName, string changeSummary, DateTime now) => new()
    {
        ArticleId = articleId,
        Number = number,
        Slug = content.Slug,
        Title = content.Title,
        Kind = content.Kind,
        Category = content.Category,
        Summary = content.Summary,
        Body = content.Body,
        ReviewedOn = content.Reviewed.ToDateTime(TimeOnly.MinValue),
        Metadata = content.Metadata,
        AuthorId = authorId,
        AuthorName = authorName,
        ChangeSummary = changeSummary,
        CreatedAt = now,
    };

    public ArticleContent ToContent() => new(Slug, Title, Kind, Category, Summary, Body, DateOnly.FromDateTime(ReviewedOn), Metadata);
}

/// <summary>Where the working copy (the newest revision) stands in review.</summary>
public enum ReviewState
{
    /// <summary>The newest revision is the published one: nothing waits.</summary>
    None,
    Draft,
    InReview,
}
