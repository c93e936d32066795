namespace BoneInfo.Web.Accounts;

/// <summary>
/// One signed-in browser. The sign-in cookie names it, and a cookie whose session is gone (signed out, ended by an
/// admin, expired) is refused on every node, even though the cookie itself is still well-formed.
/// </summary>
public sealed class UserSession
{
    /// <summary>128 random bits, made at sign-in; never taken from the request.</summary>
    public string Id { get; set; } = "";

    public int UserId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Moves forward when the cookie is renewed (sliding expiration); expired rows are removed at the user's next sign-in.</summary>
    public DateTime ExpiresAt { get; set; }
}
