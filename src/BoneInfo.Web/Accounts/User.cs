namespace BoneInfo.Web.Accounts;

/// <summary>Someone who can sign in to /admin. Passwords are stored only as ASP.NET Core PasswordHasher hashes.</summary>
public sealed class User
{
    public int Id { get; set; }

    /// <summary>Lower-case, trimmed: the sign-in name and the unique key.</summary>
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public UserRole Role { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Wrong passwords since <see cref="FirstFailedSignInAt"/>; five within the lockout window lock the account.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>When the current run of wrong passwords began; null after a sign-in, a lockout or a password reset.</summary>
    public DateTime? FirstFailedSignInAt { get; set; }

    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }

    /// <summary>Changes when the password or role changes, so older sign-in cookies stop working.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
}

/// <summary>Each role can do everything the one before it can.</summary>
public enum UserRole
{
    /// <summary>Creates and edits drafts, submits them for review.</summary>
    Writer = 1,

    /// <summary>Also approves and publishes, never their own revision.</summary>
    Reviewer = 2,

    /// <summary>Also manages users and reads the audit log.</summary>
    Admin = 3,
}
