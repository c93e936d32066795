namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>What the edit page says after a step succeeded and redirected back to it (<c>?done=saved</c>).</summary>
public static class DoneMessages
{
    public static string? For(string? done) => done switch
    {
        "saved" => "Saved as a new draft revision. Readers see it only once a reviewer publishes it.",
        "unchanged" => "Nothing had changed since the last revision, so no new revision was made.",
        "submitted" => "Submitted for review. A reviewer can now publish it.",
        "published" => "Published. The public page and search now show this revision.",
        "alreadypublished" => "This revision was already published (Publish was sent twice); it was published once.",
        "scheduled" => "Scheduled: it will be published at the chosen time.",
        "archived" => "Archived. Readers no longer see this article.",
        "recovered" => "You were signed out before your changes were saved. Nothing was lost: they are now saved as a draft revision.",
        _ => null,
    };
}
