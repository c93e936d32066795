using BoneInfo.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BoneInfo.Web.Health;

/// <summary>
/// Degraded, with the reason, while the database refuses writes (<see cref="StorageHealth"/>). Each check then tries
/// a write that it rolls back (<see cref="WriteProbe"/>), so /health turns healthy as soon as the fault clears, not
/// only after the next editor's save.
/// </summary>
public sealed class WritesHealthCheck(StorageHealth storage, BoneInfoDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage.Current is not { } problem)
        {
            return HealthCheckResult.Healthy("ok");
        }
        if (await WriteProbe.RunAsync(db, problem.Fault, cancellationToken) is not { } fault)
        {
            storage.WriteSucceeded();
            return HealthCheckResult.Healthy("ok");
        }
        storage.Failed(fault);
        var since = storage.Current?.Since ?? problem.Since;
        return HealthCheckResult.Degraded($"{fault.Reason}: changes are refused (since {since:yyyy-MM-dd HH:mm:ss} UTC); pages are still served");
    }
}
