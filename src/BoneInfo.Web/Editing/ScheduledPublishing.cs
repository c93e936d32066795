namespace BoneInfo.Web.Editing;

/// <summary>Publishes scheduled revisions when their time comes (checked every <c>Editing:ScheduleCheckSeconds</c>, default 30).</summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ScheduledPublishing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Editing:ScheduleCheckSeconds", 30));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
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
}
