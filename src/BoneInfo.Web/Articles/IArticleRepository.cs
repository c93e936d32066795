namespace BoneInfo.Web.Articles;

/// <summary>The published articles the public pages read. Named for what callers need, not for tables.</summary>
public interface IArticleRepository
{
    Task<Article?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The current slug of the published article that used to be at <paramref name="oldSlug"/>, if any.</summary>
    Task<string?> FindRedirectAsync(string oldSlug, CancellationToken cancellationToken = default);

    /// <summary>How many articles are published, counting no further than <paramref name="atMost"/>.</summary>
    Task<int> CountPublishedAsync(int atMost, CancellationToken cancellationToken = default);

    /// <summary>The first <paramref name="take"/> published articles, without their bodies, in A–Z order (initial, then title).</summary>
    Task<IReadOnlyList<ArticleListItem>> ListAToZAsync(int take, CancellationToken cancellationToken = default);

    /// <summary>The initials (<see cref="ArticleInitials.All"/>) that at least one published article is listed under, in list order.</summary>
    Task<IReadOnlyList<string>> ListInitialsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the published articles listed under <paramref name="initial"/>, in title order, and whether more
    /// follow. Not counted: a count would read every entry under the letter.
    /// </summary>
    Task<ArticlePage> PageByInitialAsync(string initial, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="categories"/> categories of published articles, each with its first <paramref name="articlesEach"/>
    /// articles in title order (other names not read) and whether it has more.
    /// </summary>
    Task<IReadOnlyList<CategoryPreview>> PreviewCategoriesAsync(int categories, int articlesEach, CancellationToken cancellationToken = default);

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

/// <summary>
/// A published article as lists show it, with the A–Z letter it is stored under (<see cref="ArticleInitials"/>);
/// <c>Version</c> changes whenever what the item shows can change.
/// </summary>
public sealed record ArticleListItem(
    string Slug, string Title, string Initial, ArticleKind Kind, string Category, string Summary, IReadOnlyList<string> OtherNames, int Version = 0);

/// <summary>A page of a list, and whether another page follows it.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Articles, bool HasMore);

/// <summary>A category's first articles, for the home page.</summary>
public sealed record CategoryPreview(string Name, IReadOnlyList<ArticleListItem> Articles, bool HasMore);

public enum ImportOutcome
{
    Added,
    Updated,
    Unchanged,
    KeptEditorChanges,
}
