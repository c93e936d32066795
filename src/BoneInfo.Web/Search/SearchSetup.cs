using System.Globalization;
using System.Threading.RateLimiting;
using BoneInfo.Web.Data;

namespace BoneInfo.Web.Search;

public static class SearchSetup
{
    public const string RateLimitPolicy = "search";

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexVersion>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, SearchIndexCommitInterceptor>();
        services.AddSingleton<SpellingCorrector>();
        services.AddSingleton(provider => Lexicon.FromOptions(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Content.ContentOptions>>()));
        services.AddSingleton<QueryParser>();
        services.AddSingleton<SuggestionCatalog>();
        services.AddSingleton<SearchCatalog>();
        services.AddScoped<SearchExplainer>();
        services.AddHostedService<SearchWarmup>();
        services.AddSingleton<SearchReadModelState>();
        services.AddScoped<SearchIndex>();
        services.AddHostedService<SearchIndexFollower>();
        // The index is in the main SQLite database, or (PostgreSQL) in this node's own SQLite file.
        services.AddDbContext<SearchIndexDbContext>((provider, options) => options
            .UseBoneInfoSqlite(DatabaseSetup.ResolveConnectionString(
                $"Data Source={provider.GetRequiredService<IConfiguration>()[SearchIndexDbContext.PathKey] ?? SearchIndexDbContext.DefaultPath}",
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath))
            .AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        services.AddScoped(provider => DatabaseSetup.ProviderOf(provider.GetRequiredService<IConfiguration>()) == DatabaseProvider.PostgreSql
            ? new SearchStore(provider.GetRequiredService<SearchIndexDbContext>())
            : new SearchStore(provider.GetRequiredService<BoneInfoDbContext>()));
        services.AddScoped<SearchService>();
        services.AddScoped<ListFilter>();
        services.AddOptions<SearchRateLimitOptions>().BindConfiguration(SearchRateLimitOptions.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = TimeSpan.FromSeconds(limits.WindowSeconds) });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 10;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Too many searches",
                    detail: $"Please wait {retryAfter} seconds before searching again.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}

public sealed class SearchRateLimitOptions
{
    public const string Section = "Search:RateLimit";

    /// <summary>Searches (page or API) one client may make per window.</summary>
    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 10;
}
