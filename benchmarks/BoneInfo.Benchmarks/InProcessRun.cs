using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Benchmarks;

/// <summary>
/// SearchService called directly, wired as the app wires it (singleton parser, lexicon and speller; a scope, and so a
/// fresh DbContext, per search), without HTTP, Razor or JSON.
/// </summary>
public static class InProcessRun
{
    public static async Task<RunResult> RunAsync(string connectionString, string contentFolder, RunPlan plan, Action<string> progress)
    {
        await using var provider = BuildServices(connectionString, contentFolder);
        return await TimedLoop.MeasureAsync(async query =>
        {
            await using var scope = provider.CreateAsyncScope();
            var search = scope.ServiceProvider.GetRequiredService<SearchService>();
            await search.SearchAsync(query);
            return true; // an exception would end the run
        }, plan, progress);
    }

    /// <summary>The top result of each query in the mix (to show that real queries find real articles).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TopResultsAsync(string connectionString, string contentFolder)
    {
        await using var provider = BuildServices(connectionString, contentFolder);
        var top = new Dictionary<string, string>();
        foreach (var query in QueryMix.All)
        {
            await using var scope = provider.CreateAsyncScope();
            var response = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(query.Text);
            top[query.Text] = response.Results.Count > 0 ? response.Results[0].Slug : "(none)";
        }
        return top;
    }

    private static ServiceProvider BuildServices(string connectionString, string contentFolder)
    {
        var services = new ServiceCollection();
        services.AddLogging(); // no providers: debug logging is off, as in the app
        services.AddDbContext<BoneInfoDbContext>(options =>
            options.UseBoneInfoSqlite(connectionString));
        services.AddSingleton<SearchIndexVersion>();
        services.AddSingleton<SpellingCorrector>();
        services.AddSingleton(Lexicon.Load(Path.Combine(contentFolder, "lexicon.yml")));
        services.AddSingleton<QueryParser>();
        services.AddSingleton<SearchCatalog>();
        services.AddScoped<SearchExplainer>();
        services.AddScoped<SearchService>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
