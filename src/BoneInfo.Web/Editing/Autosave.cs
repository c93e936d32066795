namespace BoneInfo.Web.Editing;

/// <summary>
/// Unsaved editor text kept on the server: one per article and user (refreshed every 30 s while typing), or,
/// with a <see cref="Token"/> and no user, text posted after the session expired, waiting for sign-in.
/// </summary>
public sealed class Autosave
{
    public int Id { get; set; }

    /// <summary>Null for a new article that has not been saved yet.</summary>
    public int? ArticleId { get; set; }

    public int? UserId { get; set; }

    /// <summary>Set for text rescued from an expired session; the sign-in page carries it back.</summary>
    public string? Token { get; set; }

    /// <summary>The edit form's fields as JSON.</summary>
    public string FormJson { get; set; } = "";

    public DateTime SavedAt { get; set; }
}
