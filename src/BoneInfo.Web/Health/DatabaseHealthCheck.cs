using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BoneInfo.Web.Health;

/// <summary>
/// Healthy when the database answers a real query against the articles table. A database that cannot be reached
/// is degraded, not unhealthy: readers are still served the cached pages. Anything else (a damaged file) is unhealthy.
/// </summary>
public sealed class DatabaseHealthCheck(BoneInfoDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var articles = await db.Articles.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{articles} articles");
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is { } fault)
        {
            return HealthCheckResult.Degraded(fault.Reason);
        }
#pragma warning disable CA1031 // Any failure to answer means unhealthy; the reason goes into the report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database did not answer", ex);
        }
    }
}
