using System.Reflection;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Auditing;

public sealed record AuditFilter(string? Action, string? Email, int Page);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageCount, int Total);

/// <summary>Reads the audit log for the audit page: newest first, 50 a page, filtered by action and by email.</summary>
public sealed class AuditQuery(BoneInfoDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Every action the code can write, and any older ones still in the log.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default)
    {
        var known = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        var used = await db.AuditLog.Select(a => a.Action).Distinct().ToListAsync(cancellationToken);
        return known.Union(used).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The email filter matches who did it or whose account it was done to (a failed sign-in has only a target).</summary>
    public async Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Email))
        {
            var email = filter.Email.Trim().ToLowerInvariant();
            query = query.Where(a => (a.UserEmail != null && a.UserEmail.Contains(email)) || (a.Target != null && a.Target.Contains(email)));
        }
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var entries = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, page, pageCount, total);
    }
}
