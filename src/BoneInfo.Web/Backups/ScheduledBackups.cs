using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Backups;

public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Folder for scheduled backups; none are made when empty.</summary>
    public string? Path { get; set; }

    /// <summary>How many scheduled backups to keep; older ones are deleted after a new one is checked.</summary>
    public int Keep { get; set; } = 7;

    public double IntervalHours { get; set; } = 24;
}

/// <summary>A backup every <c>Backup:IntervalHours</c> into <c>Backup:Path</c>, keeping the newest <c>Backup:Keep</c>.</summary>
public sealed class ScheduledBackups(IServiceScopeFactory scopes, IOptions<BackupOptions> options, TimeProvider clock, ILogger<ScheduledBackups> logger) : BackgroundService
{
    public const string FilePrefix = "boneinfo-";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Path))
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromHours(settings.IntervalHours), clock);
        try
        {
            do
            {
                try
                {
                    await BackupOnceAsync(settings, stoppingToken);
                }
#pragma warning disable CA1031 // A failed night must not stop the next one; it is logged as an error.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogError(ex, "Scheduled backup failed; trying again at the next interval");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            logger.LogInformation("Scheduled backups stopped");
        }
    }

    public async Task BackupOnceAsync(BackupOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var file = System.IO.Path.Combine(settings.Path!, $"{FilePrefix}{clock.GetUtcNow():yyyyMMdd-HHmmss}.db");
        var result = await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(file, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogError("Scheduled backup failed: {Problem}", result.Message);
            return;
        }
        logger.LogInformation("Scheduled backup: {Result}", result.Message);
        foreach (var old in Directory.GetFiles(settings.Path!, FilePrefix + "*.db").Order(StringComparer.Ordinal).SkipLast(Math.Max(1, settings.Keep)))
        {
            File.Delete(old);
        }
    }
}
