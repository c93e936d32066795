using System.Security.Claims;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>Password sign-in with lockout: 5 failures lock the account for 15 minutes. Callers show one generic message.</summary>
public sealed class SignInService(BoneInfoDbContext db, IPasswordHasher<User> hasher, AuditLog audit, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string email, string password)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = Normalize(email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == normalized);
        if (user is null || !user.IsActive)
        {
            hasher.VerifyHashedPassword(new User(), DummyHash, password); // same work as a real check: no timing hint
            await audit.RecordAsync(AuditActions.SignInFailed, normalized, "unknown or inactive account");
            return SignInOutcome.Failed;
        }
        if (user.LockedUntil > now)
        {
            await audit.RecordAsync(AuditActions.SignInFailed, user.Email, "locked out");
            return SignInOutcome.LockedOut;
        }
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            var locked = user.FailedSignIns >= MaxFailures;
            if (locked)
            {
                user.LockedUntil = now + LockoutDuration;
                user.FailedSignIns = 0;
            }
            await db.SaveChangesAsync();
            await audit.RecordAsync(locked ? AuditActions.LockedOut : AuditActions.SignInFailed, user.Email, locked ? "locked for 15 minutes" : "wrong password");
            return locked ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync();
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalFor(user));
        await audit.RecordAsync(AuditActions.SignIn, user.Email, null, new AuditActor(user.Id, user.Email));
        return SignInOutcome.Succeeded;
    }

    public static ClaimsPrincipal PrincipalFor(User user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(SessionValidator.StampClaim, user.SecurityStamp),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User(), "not-a-real-password-" + Guid.NewGuid());
}
