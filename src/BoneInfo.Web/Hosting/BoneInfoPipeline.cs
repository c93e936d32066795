using BoneInfo.Web.Caching;
using BoneInfo.Web.Content;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Data;
using BoneInfo.Web.PublicApi;
using BoneInfo.Web.Health;
using BoneInfo.Web.Search;
using BoneInfo.Web.Site;
using BoneInfo.Web.Syndication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Hosting;

public static class BoneInfoPipeline
{
    /// <summary>
    /// Applies migrations and, before the app serves (not for a command), imports content/ and renders again the
    /// published articles whose stored HTML is missing or from another Markdown pipeline.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool serving)
    {
        var stages = new StartupStages();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        try
        {
            await db.Database.MigrateAsync();
        }
        // Migrating writes a lock row even when nothing is pending: a read-only database that needs nothing still starts.
        catch (Exception ex) when (StorageFailure.Classify(ex) is { Kind: StorageFaultKind.ReadOnly or StorageFaultKind.DiskFull or StorageFaultKind.DiskError })
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                throw;
            }
            app.Logger.LogWarning("Starting on a database that refuses writes ({Reason}); it needs no migration", StorageFailure.Classify(ex)!.Reason);
        }
        stages.Done("migrations");

        var options = scope.ServiceProvider.GetRequiredService<IOptions<ContentOptions>>().Value;
        if (serving && options.ImportOnStartup)
        {
            await UnlessStorageRefusesAsync(app, "Content import", () =>
                scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportIfChangedAsync(options.ResolvedPath));
            stages.Done("content import");
        }
        if (serving)
        {
            var rendered = await scope.ServiceProvider.GetRequiredService<PublishedRendering>().RerenderStaleAsync();
            app.Logger.Log(rendered > 0 ? LogLevel.Information : LogLevel.Debug,
                "Re-rendered {Count} articles whose stored HTML was missing or from another renderer version", rendered);
            stages.Done("re-render");
        }
        var searchIndex = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        if (!await searchIndex.IsCompleteAsync())
        {
            await UnlessStorageRefusesAsync(app, "Search index rebuild", async () =>
                app.Logger.LogInformation("Search index rebuilt: {Count} articles", await searchIndex.RebuildAsync()));
        }
        stages.Done("search index check");
        app.Logger.LogInformation("Start-up stages: {Stages}", stages);
        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl.Length == 0 && !app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning("Site:BaseUrl is not set: canonical links, the sitemap and the feed use the address each request came in on");
        }
        app.Logger.LogInformation("BoneInfo {Version} ready in {Environment}: database migrated",
            typeof(BoneInfoPipeline).Assembly.GetName().Version, app.Environment.EnvironmentName);
    }

    /// <summary>A start-up step that writes; on a read-only or full database the site still starts and serves what it has.</summary>
    private static async Task UnlessStorageRefusesAsync(WebApplication app, string step, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is { } fault)
        {
            app.Logger.LogWarning(ex, "{Step} at start-up did not run ({Reason}); the site serves the database as it is", step, fault.Reason);
        }
    }

    public static WebApplication UseBoneInfo(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("Listening {ProcessAgeMs:0} ms after the process started (CPU {ProcessCpuMs:0} ms, JIT {JitMs:0} ms for {JitMethods} methods)",
                StartupStages.ProcessAge().TotalMilliseconds, StartupStages.ProcessCpu().TotalMilliseconds,
                System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount()));
        app.UseBoneInfoRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                // A write the database refused is not a bug: 503, and the error page says nothing was changed.
                // A request the client cut short (its body ended early) is its own fault, as Kestrel says: a 4xx.
                StatusCodeSelector = exception => exception switch
                {
                    BadHttpRequestException bad => bad.StatusCode,
                    _ when StorageFailure.Classify(exception) is not null => StatusCodes.Status503ServiceUnavailable,
                    _ => StatusCodes.Status500InternalServerError,
                },
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.UseStaticFiles(CachingSetup.StaticFiles());
        app.UseMiddleware<NullCharacterForms>();
        app.UseRouting();
        app.UseMiddleware<ReadRetry>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CacheHeaders>();
        app.UseOutputCache();
        app.MapHealthChecks("/health", HealthResponse.Options);
        app.MapSearchApi();
        app.MapSyndication();
        app.MapPublicApi();
        app.MapRazorPages();
        return app;
    }
}
