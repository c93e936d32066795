using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>
/// Password sign-in with per-account lockout (<see cref="AccountLockout"/>). Callers show one message for every
/// failure, and every attempt checks one password hash (a dummy one for an unknown email, the real one even when the
/// account is locked), so neither the answer nor its timing says whether an account exists or is locked.
/// </summary>
public sealed class SignInService(BoneInfoDbContext db, IPasswordHasher<User> hasher, AccountLockout lockout, SessionStore sessions,
    AuditLog audit, TimeProvider clock)
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string email, string password)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = Normalize(email);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == normalized);
        if (user is null || !user.IsActive)
        {
            hasher.VerifyHashedPassword(new User(), DummyHash, password);
            await audit.RecordAsync(AuditActions.SignInFailed, normalized, "unknown or inactive account");
            return SignInOutcome.Failed;
        }
        var rightPassword = hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        if (user.LockedUntil > now || (rightPassword && !await lockout.ClearAsync(user.Id, now)))
        {
            await audit.RecordAsync(AuditActions.SignInFailed, user.Email, "locked out");
            return SignInOutcome.LockedOut;
        }
        if (!rightPassword)
        {
            var locked = await lockout.RecordFailureAsync(user.Id, now);
            await audit.RecordAsync(locked ? AuditActions.LockedOut : AuditActions.SignInFailed, user.Email,
                locked ? $"locked for {AccountLockout.Duration.TotalMinutes:0} minutes" : "wrong password");
            return locked ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }
        await sessions.StartAsync(http, user);
        await audit.RecordAsync(AuditActions.SignIn, user.Email, null, new AuditActor(user.Id, user.Email));
        return SignInOutcome.Succeeded;
    }

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User(), "not-a-real-password-" + Guid.NewGuid());
}
