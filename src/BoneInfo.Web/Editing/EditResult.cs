using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Editing;

/// <summary>What the edit page's buttons ask for.</summary>
public enum EditorCommand
{
    Preview,
    Save,
    Submit,
    Publish,
    Schedule,
    Archive,
}

/// <summary>How an editor's step ended. The page model alone turns this into an HTTP answer.</summary>
public enum EditOutcome
{
    Saved,

    /// <summary>The form matched the newest revision: no new revision was made.</summary>
    Unchanged,

    Submitted,
    Published,

    /// <summary>A second "Publish" for a revision that is already public (a double click): nothing more happened.</summary>
    AlreadyPublished,

    Scheduled,
    Archived,

    /// <summary>The content or the step is not valid; <see cref="EditResult.Errors"/> says why.</summary>
    Invalid,

    /// <summary>The article changed since the editor's form was loaded. Nothing was lost or saved.</summary>
    Conflict,

    /// <summary>The editor's role does not allow the step.</summary>
    Forbidden,

    NotFound,
}

/// <summary>The one result of every editor step: the service layer, the editor and the pages all speak it.</summary>
public sealed record EditResult(
    EditOutcome Outcome,
    int? ArticleId = null,
    int? Version = null,
    IReadOnlyList<FieldError>? Errors = null,
    ArticleRevision? Current = null,
    EditConflict? Conflict = null)
{
    public bool Succeeded => Outcome is not (EditOutcome.Invalid or EditOutcome.Conflict or EditOutcome.Forbidden or EditOutcome.NotFound);

    /// <summary>The <c>done=</c> word the edit page turns into a message after a successful step.</summary>
    public string Done => Outcome.ToString().ToLowerInvariant();

    public static EditResult Success(EditOutcome outcome, Article article) => new(outcome, article.Id, article.Version);

    public static EditResult Invalid(string message, string field = "") => new(EditOutcome.Invalid, Errors: [new FieldError(field, message)]);

    public static EditResult Forbidden(string why) => new(EditOutcome.Forbidden, Errors: [new FieldError("", why)]);

    public static EditResult NotFound() => new(EditOutcome.NotFound, Errors: [new FieldError("", "There is no such article.")]);

    /// <summary>Refused because the article moved on; <paramref name="current"/> is the newer working revision.</summary>
    public static EditResult Stale(Article article, ArticleRevision? current) =>
        new(EditOutcome.Conflict, article.Id, article.Version, [new FieldError("", "Someone else saved this article after you opened it.")], current);
}

/// <summary>
/// A save refused because someone saved first: the editor's own form (now carrying the current version, so that
/// "Keep mine" saves on top), the newer revision as a form, and what differs between them (changed lines in context).
/// </summary>
public sealed record EditConflict(ArticleForm Mine, ArticleForm Theirs, ArticleRevision? TheirRevision, IReadOnlyList<DiffRow> Diff);
