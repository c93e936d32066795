using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Hosting;

/// <summary>
/// Stopping (SIGTERM, Ctrl+C): the server stops taking connections and lets requests in flight finish, for at most
/// <c>Hosting:ShutdownTimeoutSeconds</c> (default 10) in all; then scheduled publishing and backups are cancelled
/// (a publish in progress commits whole or rolls back whole). Each stage is logged.
/// </summary>
public static class ShutdownSetup
{
    public const string TimeoutKey = "Hosting:ShutdownTimeoutSeconds";

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.AddOptions<HostOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue(TimeoutKey, 10.0)));
        return services.AddHostedService<ShutdownLog>();
    }
}

/// <summary>Writes the stages of stopping to the log. The web server is stopped first, then the app's background services.</summary>
internal sealed class ShutdownLog(IOptions<HostOptions> host, ILogger<ShutdownLog> logger) : IHostedLifecycleService
{
    private readonly Stopwatch _stopping = new();

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping.Start();
        logger.LogInformation("Stopping: no new connections; requests in flight have up to {Seconds} s to finish, then scheduled publishing and backups stop",
            host.Value.ShutdownTimeout.TotalSeconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Stopped in {Seconds:0.0} s{Cut}", _stopping.Elapsed.TotalSeconds,
            cancellationToken.IsCancellationRequested ? " (the time ran out: work still running was cancelled)" : "");
        return Task.CompletedTask;
    }
}
