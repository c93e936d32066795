using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Editing;

/// <summary>The person acting, as the workflow rules need them.</summary>
public sealed record Editor(int Id, string Name, UserRole Role)
{
    public static Editor From(System.Security.Claims.ClaimsPrincipal user) =>
        new(user.UserId() ?? throw new InvalidOperationException("not signed in"), user.DisplayName(), user.Role() ?? UserRole.Writer);

    public bool IsReviewer => Role >= UserRole.Reviewer;
}

/// <summary>A save or workflow step, tied to the article version the editor's form was based on.</summary>
public sealed record DraftChange(int? ArticleId, int BasedOnVersion, ArticleContent Content, string ChangeSummary);

public enum EditStatus
{
    Done,

    /// <summary>The article changed since the editor's form was loaded (HTTP 409). Nothing was lost or saved.</summary>
    Conflict,

    /// <summary>The content or the step is not valid; <see cref="EditResult.Errors"/> says why (HTTP 400/422).</summary>
    Invalid,

    /// <summary>The editor's role does not allow the step (HTTP 403).</summary>
    Forbidden,

    NotFound,

    /// <summary>The same publish was already done (a double click): nothing more happened.</summary>
    AlreadyDone,
}

public sealed record EditResult(EditStatus Status, int? ArticleId = null, int? Version = null, IReadOnlyList<string>? Errors = null, ArticleRevision? Current = null)
{
    public static EditResult Invalid(params string[] errors) => new(EditStatus.Invalid, Errors: errors);

    public static EditResult Forbidden(string why) => new(EditStatus.Forbidden, Errors: [why]);

    public static EditResult NotFound() => new(EditStatus.NotFound, Errors: ["There is no such article."]);

    /// <summary>Refused because the article moved on; <paramref name="current"/> is the newer working revision.</summary>
    public static EditResult Conflict(Article article, ArticleRevision? current) =>
        new(EditStatus.Conflict, article.Id, article.Version, ["Someone else saved this article after you opened it."], current);
}
