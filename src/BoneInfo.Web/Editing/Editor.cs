using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Editing;

/// <summary>The person acting, as the workflow rules need them.</summary>
public sealed record Editor(int Id, string Name, UserRole Role)
{
    public static Editor From(System.Security.Claims.ClaimsPrincipal user) =>
        new(user.UserId() ?? throw new InvalidOperationException("not signed in"), user.DisplayName(), user.Role() ?? UserRole.Writer);

    public bool IsReviewer => Role >= UserRole.Reviewer;

    public RevisionAuthor AsAuthor => new(Id, Name);
}

/// <summary>
/// A save, tied to the article version the editor's form was based on (null article id: a new article); with
/// <paramref name="Submit"/>, the new revision goes to review in the same transaction.
/// </summary>
public sealed record DraftChange(int? ArticleId, int BasedOnVersion, ArticleContent Content, string ChangeSummary, bool Submit = false);
