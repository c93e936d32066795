using BoneInfo.Web.Data;

namespace BoneInfo.Web.Search;

/// <summary>
/// Loads the search catalog and vocabulary once the app has started, so the first searcher does not wait for
/// them (seconds in a library of 100 000 articles). Failing here only means the first search loads them.
/// </summary>
public sealed class SearchWarmup(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<SearchWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
            await scope.ServiceProvider.GetRequiredService<SearchCatalog>().RefreshAsync(db, stoppingToken);
            await scope.ServiceProvider.GetRequiredService<SpellingCorrector>().VocabularyAsync(scope.ServiceProvider.GetRequiredService<SearchStore>(), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Search warm-up failed; the first search will load the catalog instead");
        }
    }
}
