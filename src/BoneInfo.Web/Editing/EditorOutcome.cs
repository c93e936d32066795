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

public enum OutcomeKind
{
    Saved,
    Unchanged,
    Submitted,
    Published,

    /// <summary>A second "Publish" for a revision that is already public (a double click): nothing more happened.</summary>
    AlreadyPublished,

    Scheduled,
    Archived,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

/// <summary>The result of a button on the edit page, ready to become an HTTP response.</summary>
public sealed record EditorOutcome(OutcomeKind Kind, int? ArticleId = null, IReadOnlyList<FieldError>? Errors = null, EditConflict? Conflict = null)
{
    public bool Succeeded => Kind is not (OutcomeKind.Invalid or OutcomeKind.Conflict or OutcomeKind.Forbidden or OutcomeKind.NotFound);

    /// <summary>The status of the page shown when the step did not succeed (a success redirects).</summary>
    public int StatusCode => Kind switch
    {
        OutcomeKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        OutcomeKind.Conflict => StatusCodes.Status409Conflict,
        OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
        OutcomeKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status200OK,
    };

    /// <summary>The <c>done=</c> word the edit page turns into a message after a successful step.</summary>
    public string Done => Kind.ToString().ToLowerInvariant();

    public static EditorOutcome Invalid(string field, string message) => new(OutcomeKind.Invalid, Errors: [new FieldError(field, message)]);
}

/// <summary>
/// A save refused because someone saved first: the editor's own form (now carrying the current version, so that
/// "Keep mine" saves on top), the newer revision as a form, and what differs between them (changed lines in context).
/// </summary>
public sealed record EditConflict(ArticleForm Mine, ArticleForm Theirs, ArticleRevision? TheirRevision, IReadOnlyList<DiffRow> Diff);
