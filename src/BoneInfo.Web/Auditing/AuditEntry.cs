namespace BoneInfo.Web.Auditing;

/// <summary>Who did what, when, from where: sign-ins, failed sign-ins, saves, submissions, publishes, restores, user changes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string? UserEmail { get; set; }

    /// <summary>A short verb from <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to: an article slug, a user's email.</summary>
    public string? Target { get; set; }

    public string? Detail { get; set; }
    public string? IpAddress { get; set; }
}

public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignOut = "sign-out";
    public const string Save = "save";
    public const string Submit = "submit";
    public const string Publish = "publish";
    public const string Schedule = "schedule";
    public const string Archive = "archive";
    public const string Restore = "restore";
    public const string UserCreated = "user-created";
    public const string UserChanged = "user-changed";
    public const string Import = "import";
}
