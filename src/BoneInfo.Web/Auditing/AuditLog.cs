using System.Security.Claims;
using BoneInfo.Web.Data;

namespace BoneInfo.Web.Auditing;

/// <summary>Who did something, when there is no signed-in request to read it from (a sign-in as it happens).</summary>
public sealed record AuditActor(int Id, string Email);

/// <summary>
/// Writes audit entries with the current user and client address. Saved at once, in its own SaveChanges.
/// The user is read from the standard claims, so auditing depends on no other feature.
/// </summary>
public sealed class AuditLog(BoneInfoDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(string action, string? target, string? detail = null, AuditActor? actor = null)
    {
        var principal = http.HttpContext?.User;
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor?.Id ?? (int.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null),
            UserEmail = actor?.Email ?? principal?.FindFirstValue(ClaimTypes.Email),
            Action = action,
            Target = target,
            Detail = detail,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }
}
