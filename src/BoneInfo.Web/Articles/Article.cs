
namespace BoneInfo.Web.Articles;

/// <summary>
/// An article as stored: the current content plus its publishing state.
/// Revisions, workflow and search hang off <see cref="Id"/> without reshaping this table.
/// </summary>
public sealed class Article
{
    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>The title as the A–Z list orders it (<see cref="ArticleInitials.SortKey"/>); kept with the title.</summary>
    public string SortTitle { get; private set; } = "";

    /// <summary>The A–Z letter the article is listed under (<see cref="ArticleInitials.Of"/>); kept with the title.</summary>
    public string Initial { get; private set; } = ArticleInitials.Other;

    /// <summary>
    /// The other names, one a line, kept with <see cref="Metadata"/>: lists show them without reading and parsing the
    /// whole structured data (most of the cost of a list page of fifty articles).
    /// </summary>
    public string ListedNames { get; private set; } = "";
    public ArticleKind Kind { get; private set; }
    public string Category { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Body { get; private set; } = "";
    public ArticleMetadata Metadata { get; private set; } = new();
    public DateTime ReviewedOn { get; private set; }
    public ArticleStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>When the public content last changed (the last publish); what the sitemap and structured data call "modified".</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>Fingerprint of the content as last imported from <c>content/</c>; null for articles born in the app.</summary>
    public string? ImportedHash { get; private set; }

    // The public body rendered once, when it was made public (Publishing renders it), so page requests read HTML
    // and do no Markdown work. Null in a database from before it was stored, until the start-up renders it.

    /// <summary>The public body as HTML.</summary>
    public string? RenderedHtml { get; private set; }

    /// <summary>The headings of <see cref="RenderedHtml"/> (the page's table of contents) as JSON.</summary>
    public string? RenderedContents { get; private set; }

    /// <summary>The version of the Markdown pipeline that rendered them; 0 for none. Another version means render again.</summary>
    public int RendererVersion { get; private set; }

    /// <summary>Optimistic concurrency token: every change bumps it, and a save based on an older value is refused.</summary>
    public int Version { get; private set; }

    // Workflow. The content columns above are what readers see (the published revision); editors work on the
    // newest revision, which becomes public only when a reviewer publishes it.

    /// <summary>The newest revision: what the edit page shows.</summary>
    public int? WorkingRevisionId { get; set; }

    /// <summary>The revision whose content the public page shows; null if never published.</summary>
    public int? PublishedRevisionId { get; set; }

    public ReviewState ReviewState { get; set; }

    /// <summary>Who submitted the working revision for review (a reviewer may not publish their own).</summary>
    public int? SubmittedById { get; set; }

    public DateTime? ScheduledPublishAt { get; set; }
    public int? ScheduledById { get; set; }
    public int? LastEditorId { get; set; }
    public string? LastEditorName { get; set; }

    /// <summary>True while a saved revision waits to be published; the import never touches such an article.</summary>
    public bool HasPendingRevision => ReviewState != ReviewState.None;

    /// <summary>A new article made in the editor: not public until published.</summary>
    public static Article NewDraft(ArticleContent content, DateTime now)
    {
        var article = new Article { CreatedAt = now, Status = ArticleStatus.Draft };
        article.Apply(content, now);
        return article;
    }

    /// <summary>Records an edit saved as a new working revision (the public content is unchanged).</summary>
    public void RecordSave(int revisionId, int? editorId, string editorName, DateTime now)
    {
        WorkingRevisionId = revisionId;
        ReviewState = ReviewState.Draft;
        LastEditorId = editorId;
        LastEditorName = editorName;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Makes a revision's content public. The caller updates the search index in the same transaction.</summary>
    public void Publish(ArticleRevision revision, DateTime now)
    {
        Apply(revision.ToContent(), now);
        revision.MarkPublished(now);
        PublishedAt = now;
        Status = ArticleStatus.Published;
        PublishedRevisionId = revision.Id;
        WorkingRevisionId = revision.Id;
        ReviewState = ReviewState.None;
        SubmittedById = null;
        ScheduledPublishAt = null;
        ScheduledById = null;
    }

    /// <summary>Keeps the public body as rendered. Derived from the content, not a change of it: the token is left alone.</summary>
    public void StoreRendering(string html, string contentsJson, int rendererVersion)
    {
        RenderedHtml = html;
        RenderedContents = contentsJson;
        RendererVersion = rendererVersion;
    }

    public void Archive(DateTime now)
    {
        Status = ArticleStatus.Archived;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Any other workflow change (submit, schedule): bumps the token so stale forms are refused.</summary>
    public void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    public static Article FromContent(ArticleContent content, DateTime now)
    {
        var article = new Article { CreatedAt = now, Status = ArticleStatus.Published };
        article.Apply(content, now);
        article.ImportedHash = ArticleFingerprint.Of(content);
        return article;
    }

    /// <summary>True when the stored content still matches what was last imported, i.e. nobody edited it in the app.</summary>
    public bool IsUnchangedSinceImport => ImportedHash is not null && ImportedHash == ArticleFingerprint.Of(ToContent());

    public void ReplaceFromImport(ArticleContent content, DateTime now)
    {
        Apply(content, now);
        ImportedHash = ArticleFingerprint.Of(content);
    }

    public ArticleContent ToContent() => new(
        Slug, Title, Kind, Category, Summary, Body, DateOnly.FromDateTime(ReviewedOn), Metadata);

    /// <summary>Sets the stored content; callers are the workflow steps above and, in tests, an edit made behind the import's back.</summary>
    internal void Apply(ArticleContent content, DateTime now)
    {
        Slug = content.Slug;
        Title = content.Title;
        SortTitle = ArticleInitials.SortKey(content.Title);
        Initial = ArticleInitials.Of(content.Title);
        Kind = content.Kind;
        Category = content.Category;
        Summary = content.Summary;
        Body = content.Body;
        ReviewedOn = content.Reviewed.ToDateTime(TimeOnly.MinValue);
        Metadata = content.Metadata;
        ListedNames = string.Join('\n', content.Metadata.OtherNames.Select(name => name.ReplaceLineEndings(" ")));
        UpdatedAt = now;
        Version++;
    }
}
