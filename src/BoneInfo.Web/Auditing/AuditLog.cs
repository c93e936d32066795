using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;

namespace BoneInfo.Web.Auditing;

/// <summary>Writes audit entries with the current user and client address. Saved at once, in its own SaveChanges.</summary>
public sealed class AuditLog(BoneInfoDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(string action, string? target, string? detail = null, User? actingUser = null)
    {
        var principal = http.HttpContext?.User;
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actingUser?.Id ?? principal?.UserId(),
            UserEmail = actingUser?.Email ?? principal?.Email(),
            Action = action,
            Target = target,
            Detail = detail,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }
}
