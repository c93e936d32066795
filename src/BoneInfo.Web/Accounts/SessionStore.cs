using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Accounts;

/// <summary>
/// Server-side sessions (the <c>UserSessions</c> table, shared by every node). Signing in always makes a new session
/// and ends the one the browser came with, so a session id planted before sign-in is never the signed-in one;
/// signing out deletes the row, so a copy of the cookie is refused afterwards.
/// </summary>
public sealed class SessionStore(BoneInfoDbContext db, TimeProvider clock)
{
    public const string SessionClaim = "boneinfo:session";
    public const string StampClaim = "boneinfo:stamp";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public async Task StartAsync(HttpContext http, User user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await EndAsync(http.User);
        await db.UserSessions.Where(s => s.UserId == user.Id && s.ExpiresAt <= now).ExecuteDeleteAsync();
        var session = new UserSession
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            UserId = user.Id,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalFor(user, session.Id));
    }

    /// <summary>Ends this browser's session on the server and removes its cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        await EndAsync(http.User);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Ends every session of a user (deactivated, new role or password).</summary>
    public Task EndAllAsync(int userId) => db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();

    /// <summary>True while the session exists and has not expired, and its user is active with the same security stamp.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal? principal)
    {
        var (userId, sessionId, stamp) = (principal?.UserId(), principal?.FindFirstValue(SessionClaim), principal?.FindFirstValue(StampClaim));
        if (userId is null || sessionId is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.UserSessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.ExpiresAt > now
            && db.Users.Any(u => u.Id == userId && u.IsActive && u.SecurityStamp == stamp));
    }

    /// <summary>Keeps the server-side session as long as the cookie when the cookie is renewed.</summary>
    public Task ExtendAsync(ClaimsPrincipal principal)
    {
        var sessionId = principal.FindFirstValue(SessionClaim);
        var expires = clock.GetUtcNow().UtcDateTime + Lifetime;
        return db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.ExpiresAt, expires));
    }

    private async Task EndAsync(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(SessionClaim) is { } sessionId)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();
        }
    }

    private static ClaimsPrincipal PrincipalFor(User user, string sessionId) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(StampClaim, user.SecurityStamp),
            new Claim(SessionClaim, sessionId),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));
}
