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
    /// <summary>Applies migrations and, unless a command is running, imports content/.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool importContent)
    {
        var stages = new StartupStages();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        await db.Database.MigrateAsync();
        stages.Done("migrations");

        var options = scope.ServiceProvider.GetRequiredService<IOptions<ContentOptions>>().Value;
        if (importContent && options.ImportOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportIfChangedAsync(options.ResolvedPath);
            stages.Done("content import");
        }
        var searchIndex = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        if (!await searchIndex.IsCompleteAsync())
        {
            app.Logger.LogInformation("Search index rebuilt: {Count} articles", await searchIndex.RebuildAsync());
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

    public static WebApplication UseBoneInfo(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("Listening {ProcessAgeMs:0} ms after the process started (CPU {ProcessCpuMs:0} ms)",
                StartupStages.ProcessAge().TotalMilliseconds, StartupStages.ProcessCpu().TotalMilliseconds));
        app.UseBoneInfoRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.UseStaticFiles(CachingSetup.StaticFiles());
        app.UseRouting();
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
