namespace BoneInfo.Web.Health;

public static class HealthSetup
{
    /// <summary>/health's checks: the database answers, writes are not being refused, the search index agrees.</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexStatus>();
        services.AddSingleton<SearchIndexCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchIndexCheck>());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<WritesHealthCheck>("writes")
            .AddCheck<SearchIndexCheck>("searchIndex");
        return services;
    }
}
