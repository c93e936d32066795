using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Accounts;

/// <summary>
/// Per-account lockout, kept on the user's row so every web node sees the same count: five wrong passwords within
/// fifteen minutes lock the account for fifteen minutes. Each change is one conditional UPDATE, so failures posted
/// at once (to one node or several) are all counted and a sign-in cannot slip past a lock set a moment earlier.
/// </summary>
public sealed class AccountLockout(BoneInfoDbContext db)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    /// <summary>Counts a wrong password; true when the account is now locked (by this failure or one just before it).</summary>
    public async Task<bool> RecordFailureAsync(int userId, DateTime now)
    {
        var windowStart = now - Window;
        var lockUntil = now + Duration;
        await db.Users
            .Where(u => u.Id == userId && (u.LockedUntil == null || u.LockedUntil <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(u => u.LockedUntil, u => u.FirstFailedSignInAt > windowStart && u.FailedSignIns >= MaxFailures - 1 ? lockUntil : null)
                .SetProperty(u => u.FailedSignIns, u => u.FirstFailedSignInAt > windowStart
                    ? (u.FailedSignIns >= MaxFailures - 1 ? 0 : u.FailedSignIns + 1)
                    : 1)
                .SetProperty(u => u.FirstFailedSignInAt, u => u.FirstFailedSignInAt > windowStart
                    ? (u.FailedSignIns >= MaxFailures - 1 ? null : u.FirstFailedSignInAt)
                    : now));
        return await IsLockedAsync(userId, now);
    }

    /// <summary>Clears the count after the right password; false if the account was locked meanwhile (then no sign-in).</summary>
    public async Task<bool> ClearAsync(int userId, DateTime now) =>
        await db.Users
            .Where(u => u.Id == userId && (u.LockedUntil == null || u.LockedUntil <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(u => u.FailedSignIns, 0)
                .SetProperty(u => u.FirstFailedSignInAt, (DateTime?)null)
                .SetProperty(u => u.LockedUntil, (DateTime?)null)
                .SetProperty(u => u.LastSignInAt, now)) == 1;

    private Task<bool> IsLockedAsync(int userId, DateTime now) =>
        db.Users.AnyAsync(u => u.Id == userId && u.LockedUntil > now);
}
