namespace BoneInfo.Web.Articles;

/// <summary>What an article says, independent of where it is stored: a content file or an editor's form.</summary>
public sealed record ArticleContent(
    string Slug,
    string Title,
    ArticleKind Kind,
    string Category,
    string Summary,
    string Body,
    DateOnly Reviewed,
    ArticleMetadata Metadata);

public enum ArticleKind
{
    Condition,
    LabFinding,
}

public enum ArticleStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}
