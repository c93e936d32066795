using BoneInfo.Web.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BoneInfo.Web.Health;

/// <summary>The last comparison of the search index with the published articles (null until one has run).</summary>
public sealed class SearchIndexStatus
{
    private IReadOnlyList<string>? _differences;

    public IReadOnlyList<string>? Differences => Volatile.Read(ref _differences);

    public void Record(IReadOnlyList<string> differences) => Volatile.Write(ref _differences, differences);
}

/// <summary>
/// <c>-- verify</c>'s comparison, run once in the background after start-up (serving does not wait for it) and
/// logged: Information when the index agrees, a Warning for each difference when not. A difference is checked again
/// a moment later before it is reported, so a publish that commits between the two reads is not taken for one.
/// <c>Search:VerifyOnStartup=false</c> turns it off.
/// </summary>
public sealed class SearchIndexCheck(IServiceScopeFactory scopes, SearchIndexStatus status, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<SearchIndexCheck> logger)
    : BackgroundService, IHealthCheck
{
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Search:VerifyOnStartup", true))
        {
            return;
        }
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            var differences = await VerifyAsync(stoppingToken);
            if (differences.Count > 0)
            {
                await Task.Delay(Recheck, stoppingToken);
                differences = await VerifyAsync(stoppingToken);
            }
            status.Record(differences);
            Log(differences);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Search index check at start-up could not run; run -- verify by hand");
        }
    }

    private async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SearchIndex>().VerifyAsync(cancellationToken);
    }

    private void Log(IReadOnlyList<string> differences)
    {
        if (differences.Count == 0)
        {
            logger.LogInformation("Search index check: the index agrees with the published articles");
            return;
        }
        foreach (var difference in differences)
        {
            logger.LogWarning("Search index check: {Difference}", difference);
        }
        logger.LogWarning("Search index check: {Differences} between the index and the published articles; -- reindex rebuilds it", Count(differences));
    }

    /// <summary>/health's <c>searchIndex</c> entry: ok, or mismatch (N differences), or not checked yet.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.Differences switch
        {
            null => HealthCheckResult.Healthy("not checked yet"),
            { Count: 0 } => HealthCheckResult.Healthy("ok"),
            var differences => HealthCheckResult.Degraded($"mismatch ({Count(differences)})"),
        });

    private static string Count(IReadOnlyList<string> differences) =>
        differences.Count == 1 ? "1 difference" : $"{differences.Count} differences";
}
