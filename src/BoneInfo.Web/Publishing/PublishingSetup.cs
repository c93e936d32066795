namespace BoneInfo.Web.Publishing;

public static class PublishingSetup
{
    public static IServiceCollection AddPublishing(this IServiceCollection services) => services
        .AddScoped<Publication>()
        .AddScoped<PublishedRendering>()
        .AddScoped<ContentImporter>();
}
