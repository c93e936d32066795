using BoneInfo.Web.Caching;
using BoneInfo.Web.Data;

namespace BoneInfo.Web.Search;

/// <summary>
/// With a node-local search index (PostgreSQL), catches it up every <c>Search:FollowSeconds</c> (default 2) with
/// what other nodes published: one query for the articles changed since the newest change seen, and a write only
/// for those whose version differs, and then this node's cached pages are evicted. Does nothing when the index is in
/// the main SQLite database.
/// </summary>
public sealed class SearchIndexFollower(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SearchIndexFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DatabaseSetup.ProviderOf(configuration) != DatabaseProvider.PostgreSql)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Search:FollowSeconds", 2.0)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<SearchIndex>().CatchUpAsync(stoppingToken);
                if (changed > 0)
                {
                    // This node's cached pages may show what another node just replaced.
                    await scope.ServiceProvider.GetRequiredService<PageCache>().EvictAsync([], stoppingToken);
                    logger.LogInformation("Search index and page cache caught up: {Count} articles changed elsewhere", changed);
                }
            }
#pragma warning disable CA1031 // A failed round (database briefly away) must not stop following; the next tick retries.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "Search index catch-up failed; retrying at the next check");
            }
        }
    }
}
