namespace BoneInfo.Web.Editing;

/// <summary>
/// Publishes scheduled revisions when their time comes: once at start (what fell due while the app was stopped),
/// then every <c>Editing:ScheduleCheckSeconds</c> (default 30). Stopping cancels the round in progress; a publish
/// then either committed with its audit entry and cleared schedule, or rolled back whole and is published at the
/// next start, so none is done twice or skipped.
/// </summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ScheduledPublishing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Editing:ScheduleCheckSeconds", 30));
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                await PublishDueAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            logger.LogInformation("Scheduled publishing stopped");
        }
    }

    private async Task PublishDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var published = await scope.ServiceProvider.GetRequiredService<Publisher>().PublishDueAsync(stoppingToken);
            if (published > 0)
            {
                logger.LogInformation("Scheduled publishing: {Count} articles published", published);
            }
        }
#pragma warning disable CA1031 // One failed round must not stop scheduled publishing for good; the next tick retries.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Scheduled publishing failed; retrying at the next check");
        }
    }
}
