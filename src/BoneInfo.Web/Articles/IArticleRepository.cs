namespace BoneInfo.Web.Articles;

/// <summary>The published articles the public pages read. Named for what callers need, not for tables.</summary>
public interface IArticleRepository
{
    Task<Article?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The current slug of the published article that used to be at <paramref name="oldSlug"/>, if any.</summary>
    Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default);

    /// <summary>Published articles, without their bodies, in title order.</summary>
    Task<IReadOnlyList<ArticleListItem>> ListPublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>The published articles among <paramref name="slugs"/>, without their bodies, in title order.</summary>
    Task<IReadOnlyList<ArticleListItem>> ListPublishedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default);

    /// <summary>Published articles with their structured data and publish time, without their bodies, in title order.</summary>
    Task<IReadOnlyList<PublishedArticle>> ListPublishedDataAsync(CancellationToken cancellationToken = default);

    /// <summary>One page of <see cref="ListPublishedDataAsync"/> (by title, then slug), and how many there are in all.</summary>
    Task<(int Total, IReadOnlyList<PublishedArticle> Page)> PagePublishedDataAsync(int skip, int take, CancellationToken cancellationToken = default);
}

/// <summary>A published article's public data without its Markdown body: for lists, indexes, the sitemap and the API.</summary>
public sealed record PublishedArticle(
    int Id, string Slug, string Title, ArticleKind Kind, string Category, string Summary, DateTime ReviewedOn, DateTime? PublishedAt, ArticleMetadata Metadata);

/// <summary>A published article as lists show it; <c>Version</c> changes whenever what the item shows can change.</summary>
public sealed record ArticleListItem(
    string Slug, string Title, ArticleKind Kind, string Category, string Summary, IReadOnlyList<string> OtherNames, int Version = 0);

public enum ImportOutcome
{
    Added,
    Updated,
    Unchanged,
    KeptEditorChanges,
}
